/**
 * Deterministic JSON for hashing: object keys sorted by code unit, no whitespace, Dates as
 * ISO-8601 with milliseconds, `undefined` object members dropped (and `undefined` array
 * items as null) exactly like JSON.stringify, so the value survives a JSONB round trip and
 * hashes the same when read back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object':
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`;
      return `{${Object.keys(value)
        .sort()
        .filter((key) => {
          const member = (value as Record<string, unknown>)[key];
          return member !== undefined && typeof member !== 'function' && typeof member !== 'symbol';
        })
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      throw new TypeError(`canonicalJson cannot encode a ${typeof value}`);
  }
}
