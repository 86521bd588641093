import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { recordManagedFields } from './record-managed-fields';

const configMap = (data: Record<string, string>, managedFields?: KubeObject['metadata']['managedFields']): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: 't', managedFields }, data });

function writeBy(live: KubeObject | undefined, writer: number): KubeObject {
  const updated = configMap({ ...(live?.data as Record<string, string> | undefined), [`k${writer}`]: 'v' }, live?.metadata.managedFields);
  const now = `2026-11-21T10:00:${String(writer).padStart(2, '0')}Z`;
  return recordManagedFields({ live, updated, manager: `writer-${writer}`, operation: 'Update', apiVersion: 'v1', now });
}

describe('the cap on Update entries', () => {
  it.each([
    [10, 10, undefined],
    [12, 10, ['k0', 'k1', 'k2']],
  ])('after %i writers keeps %i Update entries, folding the oldest into ancient-changes', (writers, entries, folded) => {
    let object: KubeObject | undefined;
    for (let writer = 0; writer < writers; writer++) object = writeBy(object, writer);
    const managedFields = object?.metadata.managedFields ?? [];
    expect(managedFields).toHaveLength(entries);
    const bucket = managedFields.find((e) => e.manager === 'ancient-changes');
    expect(bucket && Object.keys(bucket.fieldsV1['f:data'] as object).filter((k) => k !== '.').map((k) => k.slice(2))).toEqual(folded);
    if (bucket) expect(bucket.time).toBe('2026-11-21T10:00:02Z');
  });
});
