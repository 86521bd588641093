// Query parameters every write understands: dryRun, fieldManager.
import { ApiError } from '../core/api-error';
import type { WriteOptions } from '../core/object-store';
import { fieldManagerFor } from './field-manager';
import type { ResourceRequest } from './server-context';

export function isDryRun(query: URLSearchParams): boolean {
  const values = query.getAll('dryRun');
  for (const value of values) {
    if (value !== 'All') throw ApiError.badRequest(`dryRun: Unsupported value: "${value}": supported values: "All"`);
  }
  return values.length > 0;
}

export function writeOptions(rr: ResourceRequest): WriteOptions {
  return { dryRun: isDryRun(rr.query), fieldManager: fieldManagerFor(rr.req, rr.query), apiVersion: rr.apiVersion, ...(rr.version.schema ? { schema: rr.version.schema } : {}) };
}

/** Read-only types (the CRDs themselves are installed by the simulator, not by clients). */
export function assertWritable(rr: ResourceRequest, verb: string): void {
  if (rr.type.group === 'apiextensions.k8s.io') throw ApiError.methodNotSupported(rr.type, verb);
}
