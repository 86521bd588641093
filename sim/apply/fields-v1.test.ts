import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFieldSet, insertPath } from './field-set';
import { differenceFieldSets, intersectFieldSets, unionFieldSets } from './field-set-operations';
import { FieldsV1Error, parseFieldsV1, serializeFieldsV1 } from './fields-v1';
import { readFixture } from './test-support/read-fixture';

const entries = z.array(z.object({ manager: z.string(), fieldsV1: z.record(z.string(), z.unknown()) }));
const realCluster = z.object({ managedFields: entries }).parse(readFixture('real-cluster-managed-fields.yaml'));
const docsConfigMap = z.object({ metadata: z.object({ managedFields: entries }) }).parse(readFixture('kubernetes-docs-configmap.yaml'));

function setOf(...paths: string[]) {
  const set = createFieldSet();
  for (const path of paths) insertPath(set, path.split(' '));
  return set;
}

describe('FieldsV1', () => {
  const samples = [
    ...realCluster.managedFields.map((e) => [`a real Cluster entry of ${e.manager}`, e.fieldsV1] as const),
    ...docsConfigMap.metadata.managedFields.map((e) => [`the documentation's ConfigMap entry of ${e.manager}`, e.fieldsV1] as const),
  ];

  it.each(samples)('round-trips %s', (_name, fieldsV1) => {
    expect(serializeFieldsV1(parseFieldsV1(fieldsV1))).toEqual(fieldsV1);
  });

  it('writes "." first, then fields, keys, values and indexes in fieldpath order', () => {
    const set = setOf('f:list', 'f:list i:1', 'f:list v:"b"', 'f:list k:{"name":"a"}', 'f:list v:"a"', 'f:list f:z', 'f:list f:a');
    expect(Object.keys(serializeFieldsV1(set)['f:list'] as object)).toEqual(['.', 'f:a', 'f:z', 'k:{"name":"a"}', 'v:"a"', 'v:"b"', 'i:1']);
  });

  it('orders list-map keys by their key fields and values numerically before strings', () => {
    const set = setOf('k:{"effect":"NoSchedule","key":"b"}', 'k:{"effect":"NoExecute","key":"z"}', 'v:"1"', 'v:10', 'v:9');
    expect(Object.keys(serializeFieldsV1(set))).toEqual(['k:{"effect":"NoExecute","key":"z"}', 'k:{"effect":"NoSchedule","key":"b"}', 'v:9', 'v:10', 'v:"1"']);
  });

  it('canonicalises key elements written with unsorted key fields', () => {
    const parsed = parseFieldsV1({ 'f:spec': { 'f:taints': { 'k:{"key":"a","effect":"NoSchedule"}': {} } } });
    expect(serializeFieldsV1(parsed)).toEqual({ 'f:spec': { 'f:taints': { 'k:{"effect":"NoSchedule","key":"a"}': {} } } });
  });

  it.each([
    ['a non-object', []],
    ['a leaf that is not an object', { 'f:spec': true }],
    ['an unknown element kind', { 'x:spec': {} }],
    ['a malformed key', { 'k:{name}': {} }],
  ])('rejects %s', (_name, input) => {
    expect(() => parseFieldsV1(input)).toThrow(FieldsV1Error);
  });
});

describe('field set operations', () => {
  const a = setOf('f:spec f:replicas', 'f:spec f:paused', 'f:metadata f:labels f:app');
  const b = setOf('f:spec f:replicas', 'f:spec', 'f:status f:phase');

  it.each([
    ['union', unionFieldSets(a, b), { 'f:metadata': { 'f:labels': { 'f:app': {} } }, 'f:spec': { '.': {}, 'f:paused': {}, 'f:replicas': {} }, 'f:status': { 'f:phase': {} } }],
    ['difference', differenceFieldSets(a, b), { 'f:metadata': { 'f:labels': { 'f:app': {} } }, 'f:spec': { 'f:paused': {} } }],
    ['intersection', intersectFieldSets(a, b), { 'f:spec': { 'f:replicas': {} } }],
  ])('computes the %s with members and children kept apart', (_name, result, expected) => {
    expect(serializeFieldsV1(result)).toEqual(expected);
  });

  it('returns the same set from a difference that removes nothing', () => {
    expect(differenceFieldSets(a, setOf('f:status f:phase'))).toBe(a);
  });
});
