// Creating into a namespace needs the namespace to exist and not be terminating.
import { ApiError } from '../core/api-error';
import type { ResourceRequest } from './server-context';

export function checkNamespaceForCreate(rr: ResourceRequest, name: string): void {
  const namespace = rr.path.namespace;
  if (!rr.type.namespaced || !namespace) return;
  const ns = rr.ctx.store.get({ group: '', resource: 'namespaces' }, undefined, namespace);
  if (!ns) throw ApiError.notFound({ group: '', resource: 'namespaces' }, namespace);
  if (ns.metadata.deletionTimestamp) {
    throw ApiError.forbidden(rr.type, name, `unable to create new content in namespace ${namespace} because it is being terminated`);
  }
}
