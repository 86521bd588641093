// The admission pipeline of a write: schema admission (prune, default, validate) in the version the
// client sent, field validation (Strict → 400, Warn → Warning header), then conversion to storage.
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from '../schema/admit-object';
import { admitClusterWebhook } from './admit-cluster-webhook';
import { normalizeBuiltin } from './normalize-builtin';
import { toStorage } from './served-object';
import type { ResourceRequest } from './server-context';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export function fieldValidationOf(query: URLSearchParams): FieldValidation {
  const value = query.get('fieldValidation') ?? 'Warn';
  if (value === 'Strict' || value === 'Warn' || value === 'Ignore') return value;
  throw ApiError.badRequest(`fieldValidation parameter unsupported: ${value}, must be one of Ignore, Warn, Strict`);
}

/** Returns the object to store (storage version). `object` and `oldObject` are in the request version. */
export function admitWrite(rr: ResourceRequest, object: KubeObject, oldObject?: KubeObject): KubeObject {
  const schema = rr.version.schema;
  if (!schema) return toStorage(rr, normalizeBuiltin(object, rr.type));
  const fieldValidation = fieldValidationOf(rr.query);
  const result = admitObject({ schema, object, fieldValidation, oldObject });
  if (result.unknownFields.length > 0) {
    if (fieldValidation === 'Strict') {
      throw ApiError.badRequest(`strict decoding error: ${result.unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`);
    }
    if (fieldValidation === 'Warn') rr.warnings.push(...result.unknownFields.map((f) => `unknown field "${f}"`));
  }
  if (result.causes.length > 0) {
    throw ApiError.invalid({ group: rr.type.group, kind: rr.type.kind, name: object.metadata?.name ?? '', causes: result.causes });
  }
  admitClusterWebhook(rr, result.object);
  return toStorage(rr, result.object);
}
