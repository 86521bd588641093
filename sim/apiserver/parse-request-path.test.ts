import { describe, expect, it } from 'vitest';
import { parseRequestPath } from './parse-request-path';

describe('parseRequestPath', () => {
  it.each([
    ['/api/v1/namespaces', { group: '', version: 'v1', resource: 'namespaces' }],
    ['/api/v1/namespaces/default', { group: '', version: 'v1', resource: 'namespaces', name: 'default' }],
    ['/api/v1/namespaces/default/status', { group: '', version: 'v1', resource: 'namespaces', name: 'default', subresource: 'status' }],
    ['/api/v1/namespaces/default/configmaps', { group: '', version: 'v1', namespace: 'default', resource: 'configmaps' }],
    ['/apis/cluster.x-k8s.io/v1beta2/machines', { group: 'cluster.x-k8s.io', version: 'v1beta2', resource: 'machines' }],
    [
      '/apis/cluster.x-k8s.io/v1beta2/namespaces/ns1/machinedeployments/md/scale',
      { group: 'cluster.x-k8s.io', version: 'v1beta2', namespace: 'ns1', resource: 'machinedeployments', name: 'md', subresource: 'scale' },
    ],
  ])('parses %s', (path, expected) => {
    expect(parseRequestPath(path)).toEqual(expect.objectContaining(expected));
  });

  it.each(['/apis', '/apis/cluster.x-k8s.io', '/apis/cluster.x-k8s.io/v1beta2', '/version', '/api/v1/a/b/c/d'])('does not treat %s as a resource path', (path) => {
    expect(parseRequestPath(path)).toBeUndefined();
  });
});
