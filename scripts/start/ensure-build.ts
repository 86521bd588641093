import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package.json', 'postcss.config.mjs', 'instrumentation.ts'];

function collect(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry)) if (child !== 'generated' && !child.endsWith('.test.ts')) collect(path.join(entry, child), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

/** A fingerprint of the sources the build depends on, so a stale build is rebuilt on start. */
function sourceFingerprint(root: string): string {
  const entries: string[] = [];
  for (const source of SOURCES) collect(path.join(root, source), entries);
  return createHash('sha256').update(entries.sort().join('\n')).digest('hex');
}

/** Builds the console when there is no build or the sources changed since the last one. */
export function ensureBuild(root: string): void {
  const marker = path.join(root, '.next', 'quarterdeck-source-hash');
  const fingerprint = sourceFingerprint(root);
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint;
  if (built) return;
  console.log('[quarterdeck] building the console (first start or sources changed)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${String(result.status)}`);
  writeFileSync(marker, fingerprint);
}
