// The fields an apply plan sets, with their value on the live object: the approver's diff.
// List items of named lists (worker pools) are matched by name, as server-side apply does.
import type { DiffEntry } from './change-request-view';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(options: { path: string; after: unknown; before: unknown; out: DiffEntry[] }): void {
  const { path, after, before, out } = options;
  if (isRecord(after)) {
    for (const [key, value] of Object.entries(after)) walk({ path: path ? `${path}.${key}` : key, after: value, before: isRecord(before) ? before[key] : undefined, out });
    return;
  }
  const items: unknown[] = Array.isArray(after) ? after : [];
  if (Array.isArray(after) && items.every((item) => isRecord(item) && typeof item.name === 'string')) {
    const live: unknown[] = Array.isArray(before) ? before : [];
    for (const item of items.filter(isRecord)) {
      const match = live.find((candidate) => isRecord(candidate) && candidate.name === item.name);
      walk({ path: `${path}[name=${String(item.name)}]`, after: item, before: match, out });
    }
    return;
  }
  if (JSON.stringify(after) !== JSON.stringify(before)) out.push({ path, before: before ?? null, after });
}

const IGNORED = new Set(['apiVersion', 'kind', 'status']);

export function computeObjectDiff(options: { desired: Record<string, unknown>; live: Record<string, unknown> | null; prefix?: string }): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const [key, value] of Object.entries(options.desired)) {
    if (IGNORED.has(key)) continue;
    const live = options.live?.[key];
    if (key === 'metadata' && isRecord(value)) {
      const { resourceVersion: _rv, ...rest } = value;
      walk({ path: `${options.prefix ?? ''}metadata`, after: rest, before: live, out });
      continue;
    }
    walk({ path: `${options.prefix ?? ''}${key}`, after: value, before: live, out });
  }
  return out;
}
