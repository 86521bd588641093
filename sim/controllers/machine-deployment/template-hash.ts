import type { KubeObject } from '../../core/kube-object';
import { isRecord, rec } from '../runtime/json';

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a of the machine template (spec only, as in-place label changes do not roll machines). */
export function templateHash(md: KubeObject): string {
  const text = stable(rec(rec(md.spec).template).spec);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return String(hash);
}
