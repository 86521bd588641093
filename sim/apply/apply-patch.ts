// TODO(apply agent): replace this stub with real server-side apply. It merge-patches and never conflicts.
import type { KubeObject } from '../core/kube-object';

export function applyPatch(options: {
  live: KubeObject | undefined;
  patch: KubeObject;
  manager: string;
  force: boolean;
  schema?: Record<string, unknown>;
  now: string;
}): { object: KubeObject } | { conflicts: { manager: string; field: string }[] } {
  const base: Record<string, unknown> = options.live ? structuredClone(options.live) : {};
  return { object: merge(base, options.patch) as KubeObject };
}

function merge(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const result: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = merge(result[key], value);
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
