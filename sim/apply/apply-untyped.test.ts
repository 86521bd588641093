// Built-in types are served without a CRD schema: metadata still follows ObjectMeta, the rest is untyped.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { KubeObject } from '../core/kube-object';
import { applyPatch } from './apply-patch';
import { readFixture } from './test-support/read-fixture';

const docsExample = z
  .object({
    metadata: z.object({ managedFields: z.array(z.object({ fieldsV1: z.record(z.string(), z.unknown()) })) }),
  })
  .parse(readFixture('kubernetes-docs-configmap.yaml'));

const configMap = (data: Record<string, unknown>, metadata: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'test-cm', namespace: 'default', ...metadata }, data }) as unknown as KubeObject;

function appliedObject(live: KubeObject | undefined, patch: KubeObject, manager: string): KubeObject {
  const result = applyPatch({ live, patch, manager, force: false, now: '2010-10-10T00:00:00Z' });
  if ('conflicts' in result) throw new Error('unexpected conflicts');
  return result.object;
}

describe('applyPatch without a schema', () => {
  it("records the Kubernetes documentation's ConfigMap example exactly", () => {
    const created = appliedObject(undefined, configMap({ key: 'some value' }, { labels: { 'test-label': 'test' } }), 'kubectl');
    expect(created.metadata.managedFields?.[0]?.fieldsV1).toEqual(docsExample.metadata.managedFields[0]?.fieldsV1);
  });

  it('treats untyped lists as atomic and owner references as a map keyed by uid', () => {
    const owner = (uid: string) => ({ apiVersion: 'v1', kind: 'Secret', name: uid, uid });
    const live = appliedObject(undefined, configMap({ list: ['a'] }, { ownerReferences: [owner('u1')] }), 'alice');
    const both = appliedObject(live, configMap({ list: ['b'] }, { ownerReferences: [owner('u2')] }), 'alice');
    expect(both.data).toEqual({ list: ['b'] });
    expect(both.metadata.ownerReferences?.map((o) => o.uid)).toEqual(['u2']);
    const shared = appliedObject(live, configMap({}, { ownerReferences: [owner('u2')] }), 'bob');
    expect(shared.metadata.ownerReferences?.map((o) => o.uid)).toEqual(['u1', 'u2']);
    expect(shared.metadata.managedFields?.find((e) => e.manager === 'bob')?.fieldsV1).toEqual({
      'f:data': {},
      'f:metadata': { 'f:ownerReferences': { 'k:{"uid":"u2"}': { '.': {}, 'f:apiVersion': {}, 'f:kind': {}, 'f:name': {}, 'f:uid': {} } } },
    });
  });
});
