import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { redactObject } from './redact-object';
import { toYaml } from './to-yaml';

describe('redactObject', () => {
  it('drops managedFields and redacts the data of Secrets, keeping their keys', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'prod-1-kubeconfig', managedFields: [{ manager: 'x' }] }, data: { value: 'c2VjcmV0' } };
    expect(redactObject(secret)).toEqual({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'prod-1-kubeconfig' }, data: { value: '[REDACTED]' } });
  });

  it.each([
    ['a credential-like key', { spec: { password: 'hunter2' } }, 'hunter2'],
    ['a bearer token inside a string', { status: { message: 'call failed: Authorization: Bearer abc.def.ghi' } }, 'abc.def.ghi'],
    ['a PEM private key', { spec: { files: [{ content: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----' }] } }, 'MIIE'],
  ])('redacts %s anywhere in the object', (_, object, secret) => {
    expect(JSON.stringify(redactObject({ kind: 'KubeadmConfig', metadata: { name: 'x' }, ...object }))).not.toContain(secret);
  });

  it('keeps references to secrets readable', () => {
    const object = { kind: 'AWSCluster', metadata: { name: 'x' }, spec: { identityRef: { kind: 'AWSClusterStaticIdentity', name: 'creds' }, secretName: 'creds' } };
    expect(redactObject(object)).toEqual(object);
  });
});

describe('toYaml', () => {
  it.each([
    ['a typical object', { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { name: 'm-1', labels: { 'cluster.x-k8s.io/cluster-name': 'prod-1' } }, spec: { replicas: 3, paused: false, version: 'v1.33.4' } }],
    ['ambiguous strings', { a: 'true', b: '1.20', c: 'null', d: 'yes', e: '', f: 'has: colon', g: '- dash', h: 'multi\nline', i: '#hash', j: ' lead' }],
    ['nested lists and empty values', { list: [[1, 2], { x: [] }, {}, null, 'a b'], empty: {}, none: null, deep: [{ a: [{ b: 'c' }] }] }],
    ['keys that need quoting', { '80': 'port', 'a b': 1, 'x:y': 2 }],
  ])('emits YAML that parses back to the same value for %s', (_, value) => {
    expect(parse(toYaml(value))).toEqual(value);
  });
});
