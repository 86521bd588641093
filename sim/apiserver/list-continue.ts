// Continue tokens shaped like kube-apiserver's (base64 JSON with the list's resourceVersion and the last key).
import { ApiError } from '../core/api-error';
import type { KubeObject } from '../core/kube-object';

export interface ContinueToken {
  rv: number;
  start: string;
}

export function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: token.rv, start: token.start })).toString('base64');
}

export function decodeContinue(text: string | null): ContinueToken | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as { v?: unknown; rv?: unknown; start?: unknown };
    if (value.v === 'meta.k8s.io/v1' && typeof value.rv === 'number' && typeof value.start === 'string') return { rv: value.rv, start: value.start };
  } catch {
    // fall through to the error below
  }
  throw ApiError.badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
}

/** Index of the first object whose namespace/name key sorts after `key` (objects are in key order). */
export function startIndexAfter(objects: KubeObject[], key: string): number {
  const [ns = '', name = ''] = splitKey(key);
  let lo = 0;
  let hi = objects.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const o = objects[mid];
    const ons = o?.metadata.namespace ?? '';
    const after = ons > ns || (ons === ns && (o?.metadata.name ?? '') > name);
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}
