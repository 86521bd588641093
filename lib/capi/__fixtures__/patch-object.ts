import { type Cond, type RawObject } from './make-objects';

function record(value: unknown): RawObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as RawObject;
  throw new Error('fixture: expected an object');
}

function merge(list: unknown, patch: Cond[]): Cond[] {
  const current = Array.isArray(list) ? (list as Cond[]) : [];
  const byType = new Map(current.map((x) => [x.type, x] as const));
  for (const p of patch) byType.set(p.type, p);
  return [...byType.values()];
}

export interface ConditionPatch {
  /** New-style conditions, written wherever the object's version keeps them. */
  v1beta2?: Cond[];
  /** Old-style conditions (also used for provider objects, which keep them in `status.conditions`). */
  v1beta1?: Cond[];
}

/** Replaces (by type) or adds conditions in the place the object's served version keeps them. */
export function patchConditions(object: RawObject, patch: ConditionPatch): RawObject {
  const status = record(object.status ?? (object.status = {}));
  const strip = (list: Cond[]) => list.map(({ severity: _s, ...x }) => ({ ...x, reason: x.reason ?? x.type, message: x.message ?? '' }));
  if (status.v1beta2) {
    const nested = record(status.v1beta2);
    if (patch.v1beta2) nested.conditions = merge(nested.conditions, strip(patch.v1beta2));
    if (patch.v1beta1) status.conditions = merge(status.conditions, patch.v1beta1);
  } else if (status.deprecated) {
    const deprecated = record(record(status.deprecated).v1beta1 ?? (record(status.deprecated).v1beta1 = {}));
    if (patch.v1beta2) status.conditions = merge(status.conditions, strip(patch.v1beta2));
    if (patch.v1beta1) deprecated.conditions = merge(deprecated.conditions, patch.v1beta1);
  } else if (patch.v1beta1) {
    status.conditions = merge(status.conditions, patch.v1beta1);
  }
  return object;
}

/** Shallow-merges fields into `status` (and, for v1beta1 objects, into `status.v1beta2` when asked). */
export function patchStatus(object: RawObject, fields: RawObject): RawObject {
  object.status = { ...record(object.status ?? {}), ...fields };
  return object;
}

export function patchMeta(object: RawObject, fields: RawObject): RawObject {
  object.metadata = { ...record(object.metadata), ...fields };
  return object;
}
