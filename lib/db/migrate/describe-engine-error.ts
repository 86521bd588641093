/**
 * Schema engine errors arrive as Error objects whose message is the useful text followed
 * by a Rust span trace ("   0: sql_schema_connector::…  with migration_name=…"). Keep the
 * useful text and lift the migration name out of the trace so callers can name it.
 */
export function describeEngineError(error: unknown): { message: string; migrationName?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const lines = error.message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: \w+::/.test(line));
  const text = (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .filter((line) => line.trim() !== 'external connector error')
    .join('\n')
    .trim();
  const migrationName = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  return migrationName === undefined ? { message: text } : { message: text, migrationName };
}
