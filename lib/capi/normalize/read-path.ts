import { type z } from 'zod';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks a dotted path through plain JSON; anything that is not an object on the way yields undefined. */
const splitCache = new Map<string, readonly string[]>();

export function valueAt(root: unknown, path: string): unknown {
  let keys = splitCache.get(path);
  if (!keys) {
    keys = path.split('.');
    splitCache.set(path, keys);
  }
  let current: unknown = root;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export interface PathReader {
  /** Reads `path` with `schema`; a present but invalid value is recorded as a parse warning and read as undefined. */
  read<T>(schema: z.ZodType<T>, path: string): T | undefined;
  /** Returns the first path that holds a value (even an invalid one), so callers know which API shape is present. */
  has(path: string): boolean;
  warn(message: string): void;
  readonly warnings: string[];
}

export function createPathReader(root: unknown): PathReader {
  const warnings: string[] = [];
  return {
    warnings,
    warn: (message) => {
      warnings.push(message);
    },
    has: (path) => {
      const value = valueAt(root, path);
      return value !== undefined && value !== null;
    },
    read<T>(schema: z.ZodType<T>, path: string): T | undefined {
      const raw = valueAt(root, path);
      if (raw === undefined || raw === null) return undefined;
      const parsed = schema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      warnings.push(`${path}: ${issue?.message ?? 'invalid value'}`);
      return undefined;
    },
  };
}
