import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

async function start(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const cleanEnv = { ...process.env, AUTH_SECRET: '', DATABASE_URL: '', ...env };
  try {
    const result = await run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'start.ts')], { cwd: root, env: cleanEnv, timeout: 60_000 });
    return { code: 0, output: result.stdout + result.stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

function writeConfig(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'qd-start-')), 'quarterdeck.yaml');
  writeFileSync(file, text);
  return file;
}

describe('npm start', () => {
  it('refuses to start without AUTH_SECRET outside demo mode', async () => {
    const config = writeConfig('managementClusters: []\n');
    const result = await start({ QUARTERDECK_CONFIG: config });
    expect(result.code).toBe(1);
    expect(result.output).toContain('AUTH_SECRET is not set');
  });

  it('refuses a bad configuration file with a message naming the field', async () => {
    const config = writeConfig('managementClusters:\n  - name: eu-west\n    kubeconfig: 42\n    labels: { region: 1 }\n');
    const result = await start({ QUARTERDECK_CONFIG: config, AUTH_SECRET: 'x'.repeat(40) });
    expect(result.code).toBe(1);
    expect(result.output).toContain('managementClusters[0].kubeconfig');
    expect(result.output).toContain('managementClusters[0].labels.region');
  });

  it('refuses malformed YAML with a clear message', async () => {
    const config = writeConfig('teams: [\n');
    const result = await start({ QUARTERDECK_CONFIG: config, AUTH_SECRET: 'x'.repeat(40) });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Malformed YAML');
  });
});
