// A small JSON → YAML emitter: the graph API renders thousands of objects per response and the
// general-purpose `yaml` stringifier costs ~10× more. Strings that could be read back as
// anything but themselves are emitted as JSON strings (a valid YAML double-quoted scalar).
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./@+-]*(?: [A-Za-z0-9_./@+()-]+)*$/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function scalar(value: string): string {
  return PLAIN.test(value) && !AMBIGUOUS.test(value) ? value : JSON.stringify(value);
}

function key(value: string): string {
  return PLAIN.test(value) && !AMBIGUOUS.test(value) ? value : JSON.stringify(value);
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

function emit(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object' && !isEmpty(item)) {
        const nested: string[] = [];
        emit(item, `${indent}  `, nested);
        const first = nested[0] ?? '';
        out.push(`${indent}- ${first.slice(indent.length + 2)}`, ...nested.slice(1));
      } else out.push(`${indent}- ${inline(item)}`);
    }
    return;
  }
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    if (member === undefined) continue;
    if (member !== null && typeof member === 'object' && !isEmpty(member)) {
      out.push(`${indent}${key(name)}:`);
      emit(member, Array.isArray(member) ? indent : `${indent}  `, out);
    } else out.push(`${indent}${key(name)}: ${inline(member)}`);
  }
}

function inline(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[]';
  return '{}';
}

/** YAML text of a JSON value (objects and arrays as blocks). */
export function toYaml(value: unknown): string {
  if (value === null || typeof value !== 'object' || isEmpty(value)) return `${inline(value)}\n`;
  const out: string[] = [];
  emit(value, '', out);
  return `${out.join('\n')}\n`;
}
