import { describe, expect, it } from 'vitest';
import { buildKubeUrl } from './send-kube-request';
import { resourcePath } from './resource-path';

describe('resourcePath', () => {
  it.each([
    { input: { group: 'cluster.x-k8s.io', version: 'v1beta2', plural: 'machines' }, expected: '/apis/cluster.x-k8s.io/v1beta2/machines' },
    { input: { group: 'cluster.x-k8s.io', version: 'v1beta2', plural: 'clusters', namespace: 'team-a', name: 'c1' }, expected: '/apis/cluster.x-k8s.io/v1beta2/namespaces/team-a/clusters/c1' },
    { input: { group: '', version: 'v1', plural: 'secrets', namespace: 'team-a', name: 'c1-kubeconfig' }, expected: '/api/v1/namespaces/team-a/secrets/c1-kubeconfig' },
    { input: { group: '', version: 'v1', plural: 'events' }, expected: '/api/v1/events' },
    { input: { group: 'x.io', version: 'v1', plural: 'things', namespace: 'a/b', name: '../c' }, expected: '/apis/x.io/v1/namespaces/a%2Fb/things/..%2Fc' },
  ])('builds $expected', ({ input, expected }) => {
    expect(resourcePath(input)).toBe(expected);
  });
});

describe('buildKubeUrl', () => {
  it('joins the server URL (with a path prefix) and drops undefined query values', () => {
    expect(buildKubeUrl({ server: 'https://proxy.example/k8s/mc1/', path: '/api/v1/events', query: { limit: 500, continue: undefined, watch: true } })).toBe(
      'https://proxy.example/k8s/mc1/api/v1/events?limit=500&watch=true',
    );
  });
});
