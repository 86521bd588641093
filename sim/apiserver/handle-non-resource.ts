// Non-resource URLs: version, health, discovery and OpenAPI.
import type { ServerResponse } from 'node:http';
import { ApiError } from '../core/api-error';
import { apiGroup, apiGroupList, apiResourceList, apiVersions } from './build-discovery';
import { openApiGroupVersion, openApiRoot } from './build-openapi-v3';
import { sendJson } from './http-responses';
import type { ServerContext } from './server-context';

export const VERSION_INFO = {
  major: '1',
  minor: '34',
  emulationMajor: '1',
  emulationMinor: '34',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '33',
  gitVersion: 'v1.34.2',
  gitCommit: '8cc511e399b929453cd98ae65b419c3cc227ec79',
  gitTreeState: 'clean',
  buildDate: '2025-11-11T19:00:00Z',
  goVersion: 'go1.24.9',
  compiler: 'gc',
  platform: 'linux/amd64',
};

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

export function isAnonymousPath(pathname: string): boolean {
  return pathname === '/version' || HEALTH.has(pathname) || [...HEALTH].some((h) => pathname.startsWith(`${h}/`));
}

/** Returns false when the path is a resource path (not handled here). */
export function handleNonResource(ctx: ServerContext, pathname: string, res: ServerResponse): boolean {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (pathname === '/version') return done(() => sendJson(res, 200, VERSION_INFO));
  if (isAnonymousPath(pathname)) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end('ok');
    return true;
  }
  if (pathname === '/api') return done(() => sendJson(res, 200, apiVersions(ctx.address())));
  if (pathname === '/apis') return done(() => sendJson(res, 200, apiGroupList(ctx.catalog)));
  if (parts[0] === 'api' && parts.length === 2) return done(() => sendFound(res, apiResourceList(ctx.catalog, '', parts[1] ?? '')));
  if (parts[0] === 'apis' && parts.length === 2) return done(() => sendFound(res, apiGroup(ctx.catalog, parts[1] ?? '')));
  if (parts[0] === 'apis' && parts.length === 3) return done(() => sendFound(res, apiResourceList(ctx.catalog, parts[1] ?? '', parts[2] ?? '')));
  if (pathname === '/openapi/v3') return done(() => sendJson(res, 200, openApiRoot(ctx.catalog)));
  if (parts[0] === 'openapi' && parts[1] === 'v3') {
    const isCore = parts[2] === 'api';
    const doc = isCore ? openApiGroupVersion(ctx.catalog, '', parts[3] ?? '') : openApiGroupVersion(ctx.catalog, parts[3] ?? '', parts[4] ?? '');
    if (doc === undefined) throw ApiError.pathNotFound();
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(doc) });
    res.end(doc);
    return true;
  }
  if (parts[0] === 'api' || parts[0] === 'apis') return false;
  throw ApiError.pathNotFound();
}

function sendFound(res: ServerResponse, body: Record<string, unknown> | undefined): void {
  if (!body) throw ApiError.pathNotFound();
  sendJson(res, 200, body);
}

function done(send: () => void): true {
  send();
  return true;
}
