// The JSONPath subset CRD additionalPrinterColumns use: `.a.b`, `.a['b.c']`, escaped dots
// (`.labels.cluster\.x-k8s\.io/cluster-name`), `[0]`, `[*]` and filters `[?(@.type=="Ready")]`.
type Step = { field: string } | { index: number } | { all: true } | { filter: { path: string[]; op: '==' | '!='; value: unknown } };

const cache = new Map<string, Step[]>();

export function evaluateJsonPath(value: unknown, jsonPath: string): unknown[] {
  let steps = cache.get(jsonPath);
  if (!steps) {
    steps = parseJsonPath(jsonPath);
    cache.set(jsonPath, steps);
  }
  let current: unknown[] = [value];
  for (const step of steps) current = current.flatMap((v) => applyStep(v, step));
  return current;
}

function applyStep(value: unknown, step: Step): unknown[] {
  if ('field' in step) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = (value as Record<string, unknown>)[step.field];
      return v === undefined ? [] : [v];
    }
    return [];
  }
  if (!Array.isArray(value)) return [];
  if ('index' in step) {
    const v: unknown = value[step.index < 0 ? value.length + step.index : step.index];
    return v === undefined ? [] : [v];
  }
  if ('all' in step) return value as unknown[];
  const { path, op, value: expected } = step.filter;
  return (value as unknown[]).filter((item) => {
    let v: unknown = item;
    for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return (v === expected) !== (op === '!=');
  });
}

export function parseJsonPath(jsonPath: string): Step[] {
  let text = jsonPath.trim();
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  if (text.startsWith('$')) text = text.slice(1);
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      let field = '';
      i++;
      while (i < text.length && text[i] !== '.' && text[i] !== '[') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        field += text[i];
        i++;
      }
      if (field !== '') steps.push({ field });
    } else if (ch === '[') {
      const end = findClosingBracket(text, i);
      steps.push(parseBracket(text.slice(i + 1, end)));
      i = end + 1;
    } else {
      throw new Error(`unrecognized character in JSONPath ${jsonPath} at ${i}`);
    }
  }
  return steps;
}

function findClosingBracket(text: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ']') {
      return i;
    }
  }
  throw new Error(`unclosed [ in JSONPath ${text}`);
}

function parseBracket(inner: string): Step {
  const trimmed = inner.trim();
  if (trimmed === '*') return { all: true };
  if (/^-?\d+$/.test(trimmed)) return { index: Number(trimmed) };
  const quoted = /^(['"])(.*)\1$/.exec(trimmed);
  if (quoted) return { field: (quoted[2] ?? '').replace(/\\\./g, '.') };
  const filter = /^\?\(@\.([\w.]+)\s*(==|!=)\s*(.+)\)$/.exec(trimmed);
  if (filter) return { filter: { path: (filter[1] ?? '').split('.'), op: filter[2] === '!=' ? '!=' : '==', value: parseLiteral(filter[3] ?? '') } };
  throw new Error(`unsupported JSONPath expression [${inner}]`);
}

function parseLiteral(text: string): unknown {
  const t = text.trim();
  const quoted = /^(['"])(.*)\1$/.exec(t);
  if (quoted) return quoted[2];
  if (t === 'true' || t === 'false') return t === 'true';
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}
