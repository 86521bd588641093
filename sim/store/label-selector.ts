// Label selectors with the grammar of k8s.io/apimachinery/pkg/labels: `=`, `==`, `!=`, `in`, `notin`,
// `key` (exists), `!key` (does not exist), `>`/`<` (integer comparison).
import { ApiError } from '../core/api-error';

export type LabelRequirement =
  | { key: string; op: 'exists' | 'notexists' }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'gt' | 'lt'; value: number };

export type LabelMatcher = (labels: Readonly<Record<string, string>> | undefined) => boolean;

const SET_RE = /^\s*(\S+?)\s+(in|notin)\s*\(([^)]*)\)\s*$/;
const CMP_RE = /^\s*([^!=<>\s]+)\s*(==|=|!=|>|<)\s*(\S*)\s*$/;

export function parseLabelSelector(selector: string): LabelRequirement[] {
  return splitTopLevel(selector)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseRequirement);
}

export function compileLabelSelector(selector: string | undefined): LabelMatcher {
  if (!selector || selector.trim() === '') return () => true;
  const requirements = parseLabelSelector(selector);
  return (labels) => requirements.every((r) => matchesRequirement(r, labels ?? {}));
}

function parseRequirement(text: string): LabelRequirement {
  const set = SET_RE.exec(text);
  if (set) {
    const values = (set[3] ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { key: checkKey(set[1] ?? ''), op: set[2] === 'in' ? 'in' : 'notin', values };
  }
  const cmp = CMP_RE.exec(text);
  if (cmp) {
    const key = checkKey(cmp[1] ?? '');
    const value = cmp[3] ?? '';
    switch (cmp[2]) {
      case '=':
      case '==':
        return { key, op: 'in', values: [value] };
      case '!=':
        return { key, op: 'notin', values: [value] };
      default: {
        const n = Number(value);
        if (!Number.isInteger(n)) throw ApiError.badRequest(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
        return { key, op: cmp[2] === '>' ? 'gt' : 'lt', value: n };
      }
    }
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('!')) return { key: checkKey(trimmed.slice(1).trim()), op: 'notexists' };
  return { key: checkKey(trimmed), op: 'exists' };
}

function checkKey(key: string): string {
  if (!/^([a-z0-9A-Z.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) {
    throw ApiError.badRequest(`unable to parse requirement: invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`);
  }
  return key;
}

function matchesRequirement(r: LabelRequirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  switch (r.op) {
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    case 'in':
      return has && r.values.includes(value ?? '');
    case 'notin':
      return !has || !r.values.includes(value ?? '');
    case 'gt':
    case 'lt': {
      const n = Number(value);
      if (!has || !Number.isInteger(n)) return false;
      return r.op === 'gt' ? n > r.value : n < r.value;
    }
  }
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}
