// Renders a JSON value the way Go's fmt does inside field.Error messages:
// strings with %q, numbers and booleans with %v, maps and slices with %#v.

// Go's %v for a non-integral float64 (strconv 'g', shortest): exponent form below 1e-4 and from 1e6 on.
// Integral JSON numbers decode to int64 in kube-apiserver and print plainly.
function goFloat(n: number): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp >= -4 && exp < 6) return String(n);
  return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

function formatNested(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}(nil)';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `[]interface {}{${value.map(formatNested).join(', ')}}`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[string]interface {}{${entries.map(([k, v]) => `${goQuote(k)}:${formatNested(v)}`).join(', ')}}`;
}

export function formatGoValue(value: unknown): string {
  if (value === null || value === undefined) return '"null"';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return formatNested(value);
}
