// Structured JSON logs on stdout. Values under credential-like keys are redacted, and errors are
// reduced to name + message (a client-node error can carry request options with tokens).

const SECRET_KEY = /(token|secret|password|authorization|cookie|kubeconfig|certificate|key-data|client-key|credential)/i;

function sanitize(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => sanitize(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '[redacted]' : sanitize(inner, depth + 1)]),
  );
}

type Level = 'debug' | 'info' | 'warn' | 'error';

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (level === 'debug' && process.env.QUARTERDECK_DEBUG !== 'true') return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...(sanitize(fields) as Record<string, unknown>) });
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
