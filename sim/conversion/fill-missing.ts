// Restores, from the conversion-data annotation, the fields a v1beta1 round trip loses, without
// overriding what the v1beta1 client set.
import { cloneJson } from '../schema/clone-json';
import { isJsonObject, type Json } from './json-path';

function fill(target: Json, restored: Json, representable: unknown): void {
  const lossy = isJsonObject(representable) ? representable : {};
  for (const [key, value] of Object.entries(restored)) {
    if (!(key in target)) {
      if (!(key in lossy)) target[key] = cloneJson(value);
      continue;
    }
    const current = target[key];
    if (isJsonObject(current) && isJsonObject(value)) fill(current, value, lossy[key]);
    else if (Array.isArray(current) && Array.isArray(value) && current.length === value.length) {
      const lossyList = Array.isArray(lossy[key]) ? (lossy[key] as unknown[]) : [];
      current.forEach((item, i) => {
        const from: unknown = value[i];
        if (isJsonObject(item) && isJsonObject(from)) fill(item, from, lossyList[i]);
      });
    }
  }
}

export function fillMissing(options: { target: Json; restored: Json; representable: Json }): void {
  const { metadata: _m, ...restored } = options.restored;
  fill(options.target, restored, options.representable);
}
