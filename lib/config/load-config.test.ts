import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './load-config';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('runs in demo mode with the shipped demo configuration when no configuration is given', () => {
    const loaded = loadConfig({ env: {}, cwd: repoRoot });
    expect(loaded.demo).toBe(true);
    expect(loaded.config.auth.demoUsers.map((user) => user.username)).toEqual(['alice', 'erin', 'bob', 'carol', 'dave', 'admin']);
  });

  it('reads the file named by QUARTERDECK_CONFIG and leaves demo mode', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qd-config-'));
    writeFileSync(path.join(dir, 'q.yaml'), 'managementClusters:\n  - name: prod-eu\n    labels: { environment: production }\n');
    const loaded = loadConfig({ env: { QUARTERDECK_CONFIG: 'q.yaml' }, cwd: dir });
    expect(loaded.demo).toBe(false);
    expect(loaded.config.managementClusters[0]).toMatchObject({ name: 'prod-eu', allowUnsafeKubeconfig: false });
  });

  it('names a missing configuration file', () => {
    expect(messageOf(() => loadConfig({ env: { QUARTERDECK_CONFIG: '/nope/q.yaml' }, cwd: repoRoot }))).toContain('/nope/q.yaml');
  });
});

describe('parseConfig', () => {
  it.each([
    ['a bad management-cluster name', 'managementClusters:\n  - name: Prod_EU\n', 'managementClusters[0].name: must be a lowercase DNS label'],
    ['an unknown key', 'teams:\n  - name: a\n    namespaces: [a]\n    colour: red\n', 'teams[0]: Unrecognized key: "colour"'],
    ['a wrong type', 'policies:\n  approvals:\n    - name: prod\n      approvalsRequired: two\n', 'policies.approvals[0].approvalsRequired'],
    ['an unknown role', 'roleMapping:\n  superuser: [x]\n', 'roleMapping'],
    ['a bad OIDC issuer', 'auth:\n  oidc:\n    issuer: not a url\n    clientId: q\n', 'auth.oidc.issuer'],
    ['a bad version policy', 'policies:\n  kubernetesVersions: ["1.33"]\n', 'policies.kubernetesVersions[0]: must look like v1.33.2'],
  ])('rejects %s with a message naming the field', (_name, text, expected) => {
    expect(messageOf(() => parseConfig({ text, source: 'test.yaml' }))).toContain(expected);
  });

  it('rejects malformed YAML with the parser position', () => {
    expect(messageOf(() => parseConfig({ text: 'teams: [\n  - a', source: 'bad.yaml' }))).toMatch(/Malformed YAML in bad\.yaml[\s\S]*line/);
  });
});
