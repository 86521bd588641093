// Routes a resource request to its verb handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../core/api-error';
import { handleCreate } from './handle-create';
import { handleDelete, handleDeleteCollection } from './handle-delete';
import { handlePatch } from './handle-patch';
import { handleGet, handleList } from './handle-read';
import { handleScale } from './handle-scale';
import { handleUpdate } from './handle-update';
import { handleWatch } from './handle-watch';
import { sendJson, warningHeader } from './http-responses';
import type { ResourcePath } from './parse-request-path';
import type { HandlerResult, ResourceRequest, ServerContext } from './server-context';

export async function handleResource(options: { ctx: ServerContext; req: IncomingMessage; res: ServerResponse; path: ResourcePath; query: URLSearchParams }): Promise<void> {
  const rr = resolve(options);
  const result = await dispatch(rr);
  if (!result) return;
  const headers: Record<string, string | string[]> = {};
  if (rr.warnings.length > 0) headers.Warning = rr.warnings.map(warningHeader);
  sendJson(rr.res, result.code, result.body, headers);
}

function resolve(options: { ctx: ServerContext; req: IncomingMessage; res: ServerResponse; path: ResourcePath; query: URLSearchParams }): ResourceRequest {
  const { ctx, path } = options;
  const type = ctx.catalog.byGroupPlural(path.group, path.resource);
  const version = type?.versions.find((v) => v.name === path.version && v.served);
  if (!type || !version) throw ApiError.pathNotFound();
  if (!type.namespaced && path.namespace !== undefined) throw ApiError.pathNotFound();
  if (path.subresource && !['status', 'scale'].includes(path.subresource)) throw ApiError.pathNotFound();
  if (path.subresource === 'status' && !version.subresources.status) throw ApiError.pathNotFound();
  const apiVersion = path.group ? `${path.group}/${path.version}` : path.version;
  const storage = ctx.catalog.storageResource(type);
  const storageApiVersion = storage.group ? `${storage.group}/${type.storageVersion}` : type.storageVersion;
  const warnings: string[] = [];
  if (version.deprecated) warnings.push(version.deprecationWarning ?? `${apiVersion} ${type.kind} is deprecated`);
  return { ...options, type, version, storage, apiVersion, storageApiVersion, warnings };
}

async function dispatch(rr: ResourceRequest): Promise<HandlerResult | undefined> {
  const { name, subresource, namespace } = rr.path;
  const method = rr.req.method ?? 'GET';
  if (subresource === 'scale') {
    const verb = method === 'GET' ? 'get' : method === 'PUT' ? 'update' : method === 'PATCH' ? 'patch' : undefined;
    if (!verb) throw ApiError.methodNotSupported(rr.type, method.toLowerCase());
    return handleScale(rr, verb);
  }
  const isWatch = rr.query.get('watch') === 'true' || rr.query.get('watch') === '1';
  switch (method) {
    case 'GET':
      if (name && !isWatch) return handleGet(rr);
      if (isWatch) {
        if (name) rr.query.set('fieldSelector', [rr.query.get('fieldSelector'), `metadata.name=${name}`].filter(Boolean).join(','));
        handleWatch(rr);
        return undefined;
      }
      return handleList(rr);
    case 'POST':
      if (name || (rr.type.namespaced && namespace === undefined)) throw ApiError.methodNotSupported(rr.type, 'create');
      return handleCreate(rr);
    case 'PUT':
      if (!name) throw ApiError.methodNotSupported(rr.type, 'update');
      return handleUpdate(rr);
    case 'PATCH':
      if (!name) throw ApiError.methodNotSupported(rr.type, 'patch');
      return handlePatch(rr);
    case 'DELETE':
      if (subresource) throw ApiError.methodNotSupported(rr.type, 'delete');
      return name ? handleDelete(rr) : handleDeleteCollection(rr);
    default:
      throw ApiError.methodNotSupported(rr.type, method.toLowerCase());
  }
}
