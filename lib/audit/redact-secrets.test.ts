import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it.each(['token', 'password', 'clientSecret', 'kubeconfig', 'apiKey', 'privateKey', 'authorization', 'bootstrapToken', 'credentials'])('redacts the value of a "%s" key', (key) => {
    expect(redactSecrets({ [key]: 'sensitive' })).toEqual({ [key]: REDACTED });
  });

  it.each(['secretName', 'tokenHash', 'tokenPrefix', 'credentialsRef', 'passwordSecretNamespace', 'tokenId'])('keeps "%s", which names or fingerprints a secret without revealing it', (key) => {
    expect(redactSecrets({ [key]: 'visible' })).toEqual({ [key]: 'visible' });
  });

  it('redacts the values but keeps the keys of a Secret\'s data and stringData', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'c1-kubeconfig' }, type: 'cluster.x-k8s.io/secret', data: { value: 'a3ViZWNvbmZpZw==' }, stringData: { extra: 'x' } };

    expect(redactSecrets(secret)).toEqual({ ...secret, data: { value: REDACTED }, stringData: { extra: REDACTED } });
  });

  it('redacts the copy of a Secret that kubectl apply keeps in the last-applied annotation', () => {
    const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';
    const secret = { kind: 'Secret', metadata: { name: 's', annotations: { [lastApplied]: '{"data":{"password":"aHVudGVyMg=="}}', team: 'a' } }, data: { password: 'aHVudGVyMg==' } };

    expect(redactSecrets(secret)).toEqual({ kind: 'Secret', metadata: { name: 's', annotations: { [lastApplied]: REDACTED, team: 'a' } }, data: { password: REDACTED } });
  });

  it('redacts Secrets nested in lists and before/after payloads', () => {
    const payload = { before: { items: [{ kind: 'Secret', data: { ca: 'Y2E=' } }] }, after: null };

    expect(redactSecrets(payload)).toEqual({ before: { items: [{ kind: 'Secret', data: { ca: REDACTED } }] }, after: null });
  });

  it('redacts bearer tokens and PEM private keys inside strings', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----';

    expect(redactSecrets({ note: `curl -H "Authorization: Bearer abc.def-ghi" x`, key: `cert\n${pem}\nend` })).toEqual({
      note: `curl -H "Authorization: Bearer ${REDACTED}" x`,
      key: `cert\n${REDACTED}\nend`,
    });
  });

  it('leaves ordinary values untouched and does not modify its input', () => {
    const input = { replicas: 3, labels: { team: 'a' }, at: new Date(0), token: 't' };

    const output = redactSecrets(input);

    expect(output).toEqual({ replicas: 3, labels: { team: 'a' }, at: new Date(0), token: REDACTED });
    expect(input.token).toBe('t');
  });
});
