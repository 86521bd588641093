// Routes of the admin API (JSON over HTTP on 127.0.0.1, bearer token):
//   GET    /api/v1/info                                   scenario and management clusters
//   GET    /api/v1/management-clusters/{mc}/faults        ManagementClusterFaults
//   PATCH  /api/v1/management-clusters/{mc}/faults        merge the given fields
//   DELETE /api/v1/management-clusters/{mc}/faults        clear every management-cluster fault
//   PUT    /api/v1/management-clusters/{mc}/object-faults {kind, namespace, name, fault}
//   DELETE /api/v1/management-clusters/{mc}/object-faults {kind, namespace, name}
import { z } from 'zod';
import { ApiError } from '../core/api-error';
import { faultsPatchSchema, objectTargetSchema, setObjectFaultSchema } from './admin-schemas';
import type { AdminTarget, ScenarioInfo } from './admin-target';
import { setObjectFault } from './set-object-fault';

export interface AdminRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface AdminResponse {
  code: number;
  body: unknown;
}

export function describeTarget(t: AdminTarget): Record<string, unknown> {
  return { name: t.name, displayName: t.displayName, labels: t.labels, capiApi: t.capiApi, context: t.context, url: t.url, faults: t.faults.get() };
}

function route(request: AdminRequest, info: ScenarioInfo, targets: readonly AdminTarget[]): AdminResponse {
  if (request.method === 'GET' && request.path === '/api/v1/info') return { code: 200, body: { ...info, managementClusters: targets.map(describeTarget) } };
  const match = /^\/api\/v1\/management-clusters\/([^/]+)\/(faults|object-faults)$/.exec(request.path);
  if (!match) return { code: 404, body: { error: `no route for ${request.method} ${request.path}` } };
  const name = decodeURIComponent(match[1] ?? '');
  const target = targets.find((t) => t.name === name);
  if (!target) return { code: 404, body: { error: `unknown management cluster "${name}"; known: ${targets.map((t) => t.name).join(', ')}` } };
  const key = `${request.method} ${match[2] ?? ''}`;
  switch (key) {
    case 'GET faults':
      return { code: 200, body: target.faults.get() };
    case 'PATCH faults':
    case 'PUT faults':
      return { code: 200, body: target.faults.set(faultsPatchSchema.parse(request.body)) };
    case 'DELETE faults':
      return { code: 200, body: target.faults.reset() };
    case 'PUT object-faults': {
      const { fault, ...object } = setObjectFaultSchema.parse(request.body);
      return { code: 200, body: setObjectFault({ target, object, fault }) };
    }
    case 'DELETE object-faults':
      return { code: 200, body: setObjectFault({ target, object: objectTargetSchema.parse(request.body), fault: undefined }) };
    default:
      return { code: 405, body: { error: `${request.method} is not allowed on ${request.path}` } };
  }
}

export function handleAdminRequest(options: { request: AdminRequest; info: ScenarioInfo; targets: readonly AdminTarget[] }): AdminResponse {
  try {
    return route(options.request, options.info, options.targets);
  } catch (error) {
    if (error instanceof z.ZodError) return { code: 400, body: { error: 'invalid request body', issues: error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`) } };
    if (error instanceof ApiError) return { code: error.code, body: { error: error.message, status: error.status } };
    return { code: 500, body: { error: error instanceof Error ? error.message : String(error) } };
  }
}
