// Go serializes a required non-pointer struct as `{}` even when empty (v1beta1 KubeadmControlPlane
// always has `spec.kubeadmConfigSpec`, for example). Fill such required objects the converted
// object lacks, so it validates like the webhook's output does.
import type { SchemaNode } from '../schema/schema-node';
import { isJsonObject, type Json } from './json-path';

export function fillRequiredObjects(value: unknown, node: SchemaNode): void {
  if (Array.isArray(value)) {
    const items = node.items;
    if (items) for (const item of value) fillRequiredObjects(item, items);
    return;
  }
  if (!isJsonObject(value)) return;
  const object: Json = value;
  for (const key of node.required) {
    if (key in object) continue;
    const prop = node.properties?.get(key);
    if (prop?.type === 'object' && prop.required.every((k) => prop.properties?.get(k)?.type === 'object')) object[key] = {};
  }
  for (const [key, prop] of node.properties ?? []) if (key in object && key !== 'metadata') fillRequiredObjects(object[key], prop);
}
