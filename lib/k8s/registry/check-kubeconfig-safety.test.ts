import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { checkKubeconfigSafety } from './check-kubeconfig-safety';

const SECRET = 'sup3r-secret-token-value';

function kubeConfigWith(options: { user: Record<string, unknown>; cluster?: Record<string, unknown> }): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'mc', cluster: { server: 'https://127.0.0.1:6443', ...options.cluster } }],
      users: [{ name: 'admin', user: options.user }],
      contexts: [{ name: 'mc', context: { cluster: 'mc', user: 'admin' } }],
      'current-context': 'mc',
    }),
  );
  return kubeConfig;
}

const execUser = { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'sh', args: ['-c', `echo ${SECRET}`] } };
const authProviderUser = { 'auth-provider': { name: 'oidc', config: { 'id-token': SECRET } } };

describe('checkKubeconfigSafety', () => {
  it.each([
    { case: 'a token user', user: { token: SECRET }, cluster: {}, refused: [] },
    { case: 'a client-certificate user', user: { 'client-certificate-data': 'Y2VydA==', 'client-key-data': 'a2V5' }, cluster: {}, refused: [] },
    { case: 'an exec user', user: execUser, cluster: {}, refused: ['"exec"'] },
    { case: 'an auth-provider user', user: authProviderUser, cluster: {}, refused: ['"auth-provider"'] },
    { case: 'insecure-skip-tls-verify', user: { token: SECRET }, cluster: { 'insecure-skip-tls-verify': true }, refused: ['"insecure-skip-tls-verify: true"'] },
    { case: 'every unsafe field at once', user: { ...execUser, ...authProviderUser }, cluster: { 'insecure-skip-tls-verify': true }, refused: ['"exec"', '"auth-provider"', '"insecure-skip-tls-verify: true"'] },
  ])('judges $case', ({ user, cluster, refused }) => {
    const result = checkKubeconfigSafety({ managementCluster: 'mc-east', kubeConfig: kubeConfigWith({ user, cluster }), allowUnsafeKubeconfig: false });
    if (refused.length === 0) {
      expect(result).toEqual({ safe: true });
      return;
    }
    expect(result.safe).toBe(false);
    const reasons = result.safe ? [] : result.reasons;
    expect(reasons).toHaveLength(refused.length);
    refused.forEach((field, index) => {
      expect(reasons[index]).toContain(field);
      expect(reasons[index]).toContain('management cluster "mc-east"');
    });
    expect(reasons.join(' ')).not.toContain(SECRET);
    expect(reasons.join(' ')).not.toContain('echo');
  });

  it('allows unsafe fields when allowUnsafeKubeconfig is set for the cluster', () => {
    const kubeConfig = kubeConfigWith({ user: execUser, cluster: { 'insecure-skip-tls-verify': true } });
    expect(checkKubeconfigSafety({ managementCluster: 'mc', kubeConfig, allowUnsafeKubeconfig: true })).toEqual({ safe: true });
  });
});
