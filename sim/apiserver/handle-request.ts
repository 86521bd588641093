// Every request: management-cluster faults, bearer-token authentication, then routing.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../core/api-error';
import { handleNonResource, isAnonymousPath } from './handle-non-resource';
import { handleResource } from './handle-resource';
import { sendError } from './http-responses';
import { parseRequestPath } from './parse-request-path';
import type { ServerContext } from './server-context';

export async function handleRequest(ctx: ServerContext, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // kube-apiserver names every request in its audit log; clients record it (Quarterdeck stores it
  // with each change it applies).
  res.setHeader('Audit-Id', randomUUID());
  try {
    const faults = ctx.faults();
    if (faults.unreachable) {
      req.socket.destroy();
      return;
    }
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
      throw Math.random() < 0.5 ? ApiError.internal('simulated server error') : ApiError.serviceUnavailable();
    }
    const url = new URL(req.url ?? '/', 'https://localhost');
    authenticate(req, token, url.pathname);
    if (handleNonResource(ctx, url.pathname, res)) return;
    const path = parseRequestPath(url.pathname);
    if (!path) throw ApiError.pathNotFound();
    await handleResource({ ctx, req, res, path, query: url.searchParams });
  } catch (error) {
    if (res.headersSent) {
      res.end();
      return;
    }
    sendError(res, error);
  }
}

function authenticate(req: IncomingMessage, token: string, pathname: string): void {
  const header = req.headers.authorization;
  if (header === undefined && isAnonymousPath(pathname)) return;
  if (header !== `Bearer ${token}`) throw ApiError.unauthorized();
}
