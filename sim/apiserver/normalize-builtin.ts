// What kube-apiserver's strategies do to the built-in types on write: a Secret's stringData is merged
// into data (base64) and never stored; its type defaults to Opaque.
import type { KubeObject } from '../core/kube-object';
import { isRecord } from './read-body';

export function normalizeBuiltin(object: KubeObject, resource: { group: string; resource: string }): KubeObject {
  if (resource.group !== '' || resource.resource !== 'secrets') return object;
  const { stringData, ...rest } = object;
  const data: Record<string, unknown> = isRecord(rest.data) ? { ...rest.data } : {};
  if (isRecord(stringData)) {
    for (const [key, value] of Object.entries(stringData)) data[key] = Buffer.from(String(value)).toString('base64');
  }
  const out: KubeObject = { ...rest, type: typeof rest.type === 'string' && rest.type !== '' ? rest.type : 'Opaque' };
  if (Object.keys(data).length > 0) out.data = data;
  return out;
}
