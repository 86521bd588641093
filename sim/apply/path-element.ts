// Path elements as FieldsV1 spells them: `f:<field>`, `k:<json of key fields>`, `v:<json value>`, `i:<index>`.
// The serialized string is the identity of an element everywhere in sim/apply, so it must be canonical:
// key fields sorted by name and JSON written as Go's encoding/json writes it (compact, HTML-escaped).

export function fieldElement(name: string): string {
  return `f:${name}`;
}

export function keyElement(fields: Record<string, unknown>): string {
  const names = Object.keys(fields).sort(compareStrings);
  const parts = names.map((name) => `${toGoJson(name)}:${toGoJson(fields[name])}`);
  return `k:{${parts.join(',')}}`;
}

export function valueElement(value: unknown): string {
  return `v:${toGoJson(value)}`;
}

/** `.spec`, `[name="md-0"]`, `[="value"]`, `[3]`: the apiserver's fieldpath.Path notation used in conflict messages. */
export function formatElement(element: string): string {
  const body = element.slice(2);
  switch (element.slice(0, 2)) {
    case 'f:':
      return `.${body}`;
    case 'k:': {
      const fields = parseJsonObject(body);
      return `[${Object.entries(fields).map(([name, value]) => `${name}=${formatValue(value)}`).join(',')}]`;
    }
    case 'v:':
      return `[=${formatValue(JSON.parse(body) as unknown)}]`;
    default:
      return `[${body}]`;
  }
}

/** Total order of fieldpath.PathElement.Compare: fields, then keys, then values, then indexes. */
export function compareElements(a: string, b: string): number {
  if (a.startsWith('f:') && b.startsWith('f:')) return compareStrings(a, b);
  const rankA = KIND_RANK.indexOf(a.slice(0, 2));
  const rankB = KIND_RANK.indexOf(b.slice(0, 2));
  if (rankA !== rankB) return rankA - rankB;
  const bodyA = a.slice(2);
  const bodyB = b.slice(2);
  switch (a.slice(0, 2)) {
    case 'f:':
      return compareStrings(bodyA, bodyB);
    case 'k:':
      return compareKeyFields(parseJsonObject(bodyA), parseJsonObject(bodyB));
    case 'v:':
      return compareValues(JSON.parse(bodyA) as unknown, JSON.parse(bodyB) as unknown);
    default:
      return Number(bodyA) - Number(bodyB);
  }
}

const KIND_RANK = ['f:', 'k:', 'v:', 'i:'];

function compareKeyFields(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const entriesA = Object.entries(a);
  const entriesB = Object.entries(b);
  for (let i = 0; i < Math.min(entriesA.length, entriesB.length); i++) {
    const [nameA, valueA] = entriesA[i] ?? ['', null];
    const [nameB, valueB] = entriesB[i] ?? ['', null];
    const byName = compareStrings(nameA, nameB);
    if (byName !== 0) return byName;
    const byValue = compareValues(valueA, valueB);
    if (byValue !== 0) return byValue;
  }
  return entriesA.length - entriesB.length;
}

// value.Compare orders numbers < strings < booleans < lists < maps < null.
function compareValues(a: unknown, b: unknown): number {
  const rankA = valueRank(a);
  const rankB = valueRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareStrings(JSON.stringify(a), JSON.stringify(b));
}

function valueRank(value: unknown): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  if (Array.isArray(value)) return 3;
  if (value !== null && typeof value === 'object') return 4;
  return 5;
}

export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function parseJsonObject(text: string): Record<string, unknown> {
  const parsed = JSON.parse(text) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`invalid key path element: ${text}`);
  return parsed as Record<string, unknown>;
}

// Go's encoding/json escapes <, > and & (and U+2028/9); FieldsV1 keys written by kube-apiserver carry these escapes.
const HTML_UNSAFE = /[<>&\u2028\u2029]/;

function toGoJson(value: unknown): string {
  const json = JSON.stringify(value ?? null);
  if (!HTML_UNSAFE.test(json)) return json;
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
