import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { managementClusterConfigSchema } from '@/lib/config/config-schema';
import { buildRegistry } from './build-registry';

const SECRET = 'tok-0123456789-secret';

function writeKubeconfig(dir: string, file: string, contexts: { name: string; server: string; user?: Record<string, unknown> }[]): string {
  const target = path.join(dir, file);
  writeFileSync(
    target,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: contexts.map((context) => ({ name: `${context.name}-cluster`, cluster: { server: context.server } })),
      users: contexts.map((context) => ({ name: `${context.name}-user`, user: context.user ?? { token: SECRET } })),
      contexts: contexts.map((context) => ({ name: context.name, context: { cluster: `${context.name}-cluster`, user: `${context.name}-user` } })),
      'current-context': contexts[0]?.name ?? '',
    }),
  );
  return target;
}

const created: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qd-registry-'));
  created.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

const mc = (input: Record<string, unknown>) => managementClusterConfigSchema.parse(input);

describe('buildRegistry', () => {
  it('builds one entry per configured management cluster, restricted to its context', () => {
    const dir = tempDir();
    const file = writeKubeconfig(dir, 'config', [
      { name: 'east', server: 'https://10.0.0.1:6443' },
      { name: 'west', server: 'https://10.0.0.2:6443' },
    ]);
    const entries = buildRegistry({
      config: { managementClusters: [mc({ name: 'prod-east', displayName: 'Prod East', labels: { env: 'prod' }, kubeconfig: file, context: 'east' })] },
      demo: false,
      env: {},
    });
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    expect(entry).toMatchObject({ name: 'prod-east', displayName: 'Prod East', labels: { env: 'prod' }, source: 'config', refusal: null });
    expect(entry?.kubeConfig?.getContexts().map((context) => context.name)).toEqual(['east']);
    expect(entry?.kubeConfig?.getCurrentCluster()?.server).toBe('https://10.0.0.1:6443');
    expect(entry?.kubeConfig?.getClusters()).toHaveLength(1);
  });

  it('uses every context of $KUBECONFIG when the config lists no management cluster', () => {
    const dir = tempDir();
    const first = writeKubeconfig(dir, 'a', [{ name: 'alpha', server: 'https://10.0.0.1:6443' }]);
    const second = writeKubeconfig(dir, 'b', [
      { name: 'alpha', server: 'https://10.9.9.9:6443' },
      { name: 'beta', server: 'https://10.0.0.3:6443' },
    ]);
    const entries = buildRegistry({ config: { managementClusters: [] }, demo: false, env: { KUBECONFIG: `${first}${path.delimiter}${second}` } });
    expect(entries.map((entry) => [entry.name, entry.source, entry.kubeConfig?.getCurrentCluster()?.server])).toEqual([
      ['alpha', 'kubeconfig', 'https://10.0.0.1:6443'],
      ['beta', 'kubeconfig', 'https://10.0.0.3:6443'],
    ]);
  });

  it('falls back to ~/.kube/config when $KUBECONFIG is unset', () => {
    const home = tempDir();
    mkdirSync(path.join(home, '.kube'));
    writeKubeconfig(home, '.kube/config', [{ name: 'home-ctx', server: 'https://10.0.0.4:6443' }]);
    const entries = buildRegistry({ config: { managementClusters: [] }, demo: false, env: { HOME: home } });
    expect(entries.map((entry) => entry.name)).toEqual(['home-ctx']);
  });

  it('reads the simulator manifest in demo mode', () => {
    const stateDir = tempDir();
    writeKubeconfig(stateDir, 'kubeconfig', [
      { name: 'sim-eu', server: 'https://127.0.0.1:1' },
      { name: 'sim-us', server: 'https://127.0.0.1:2' },
    ]);
    writeFileSync(
      path.join(stateDir, 'simulator.json'),
      JSON.stringify({
        kubeconfig: 'kubeconfig',
        managementClusters: [
          { name: 'eu', displayName: 'Europe', labels: { region: 'eu' }, context: 'sim-eu' },
          { name: 'us', context: 'sim-us' },
        ],
      }),
    );
    const entries = buildRegistry({ config: { managementClusters: [] }, demo: true, env: { QUARTERDECK_SIM_STATE: stateDir } });
    expect(entries.map((entry) => ({ name: entry.name, displayName: entry.displayName, labels: entry.labels, source: entry.source }))).toEqual([
      { name: 'eu', displayName: 'Europe', labels: { region: 'eu' }, source: 'demo' },
      { name: 'us', displayName: 'us', labels: {}, source: 'demo' },
    ]);
    expect(entries[1]?.kubeConfig?.getCurrentCluster()?.server).toBe('https://127.0.0.1:2');
  });

  it('uses the in-cluster service account when inCluster is set', () => {
    const root = tempDir();
    const accountDir = path.join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    mkdirSync(accountDir, { recursive: true });
    writeFileSync(path.join(accountDir, 'token'), SECRET);
    writeFileSync(path.join(accountDir, 'namespace'), 'quarterdeck');
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '10.96.0.1');
    vi.stubEnv('KUBERNETES_SERVICE_PORT', '443');
    try {
      const loadInCluster = () => {
        const kubeConfig = new KubeConfig();
        kubeConfig.loadFromCluster(root);
        return kubeConfig;
      };
      const entries = buildRegistry({ config: { managementClusters: [mc({ name: 'self', inCluster: true })] }, demo: false, env: {}, loadInCluster });
      expect(entries[0]).toMatchObject({ name: 'self', source: 'in-cluster', refusal: null });
      expect(entries[0]?.kubeConfig?.getCurrentCluster()?.server).toBe('https://10.96.0.1:443');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    { case: 'an exec user', user: { exec: { command: 'curl', args: [SECRET] } }, field: '"exec"' },
    { case: 'an auth-provider user', user: { 'auth-provider': { name: 'gcp', config: { 'access-token': SECRET } } }, field: '"auth-provider"' },
  ])('lists a management cluster with $case as refused, naming the field and never the credential', ({ user, field }) => {
    const dir = tempDir();
    const file = writeKubeconfig(dir, 'config', [{ name: 'risky', server: 'https://10.0.0.5:6443', user }]);
    const entries = buildRegistry({ config: { managementClusters: [mc({ name: 'risky', kubeconfig: file })] }, demo: false, env: {} });
    expect(entries[0]?.kubeConfig).toBeNull();
    expect(entries[0]?.refusal).toContain('management cluster "risky"');
    expect(entries[0]?.refusal).toContain(field);
    expect(entries[0]?.refusal).not.toContain(SECRET);
  });

  it('refuses a management cluster whose context is missing, with a clear reason', () => {
    const dir = tempDir();
    const file = writeKubeconfig(dir, 'config', [{ name: 'one', server: 'https://10.0.0.6:6443' }]);
    const entries = buildRegistry({ config: { managementClusters: [mc({ name: 'two', kubeconfig: file })] }, demo: false, env: {} });
    expect(entries[0]?.refusal).toBe('management cluster "two": context "two" is not in the kubeconfig');
  });

  it('does not quote a malformed kubeconfig in the refusal', () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken');
    writeFileSync(file, `users:\n- name: x\n  user: {token: ${SECRET}\n  : : [`);
    const entries = buildRegistry({ config: { managementClusters: [mc({ name: 'broken', kubeconfig: file })] }, demo: false, env: {} });
    expect(entries[0]?.refusal).toContain('could not be parsed');
    expect(entries[0]?.refusal).not.toContain(SECRET);
  });
});
