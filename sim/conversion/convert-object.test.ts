import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from '../schema/admit-object';
import { loadExampleObjects } from '../schema/load-example-objects';
import { hasCrd, schemaFor, upstreamObjects } from '../schema/test-fixtures';
import { CONVERSION_DATA_ANNOTATION } from './conversion-data';
import { convertObject } from './convert-object';
import { rulesFor } from './kind-rules';

function isConvertible(object: KubeObject): boolean {
  const group = object.apiVersion.split('/')[0] ?? '';
  return rulesFor({ group, kind: object.kind }) !== undefined;
}

function admit(object: KubeObject) {
  return admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict' });
}

const otherVersion = (apiVersion: string): string =>
  apiVersion.endsWith('/v1beta2') ? apiVersion.replace(/\/v1beta2$/, '/v1beta1') : apiVersion.replace(/\/v1beta1$/, '/v1beta2');

const hubs = upstreamObjects().filter((e) => isConvertible(e.object) && e.object.apiVersion.endsWith('/v1beta2'));
const spokes = [...loadExampleObjects('e2e'), ...loadExampleObjects('docker-templates')].filter(
  (e) => isConvertible(e.object) && e.object.apiVersion.endsWith('/v1beta1') && hasCrd(e.object),
);
const label = (e: { file: string; object: KubeObject }) => `${e.file} ${e.object.kind}/${e.object.metadata.name}`;

describe('convertObject on upstream v1beta2 objects', () => {
  it('covers every kind the examples hold', () => {
    const kinds = new Set(hubs.map((e) => e.object.kind));
    for (const kind of ['Cluster', 'ClusterClass', 'KubeadmControlPlane', 'KubeadmConfigTemplate', 'MachineDeployment', 'MachineHealthCheck']) {
      expect(kinds).toContain(kind);
    }
  });

  it.each(hubs.map((e) => [label(e), e.object] as const))('converts %s to a valid v1beta1 object', (_name, hub) => {
    const spoke = convertObject(hub, otherVersion(hub.apiVersion));
    expect(spoke.apiVersion).toBe(otherVersion(hub.apiVersion));
    const result = admit(spoke);
    expect(result.causes).toEqual([]);
    expect(result.unknownFields).toEqual([]);
  });

  it.each(hubs.map((e) => [label(e), e.object] as const))('round-trips %s through v1beta1 exactly', (_name, hub) => {
    const spoke = convertObject(hub, otherVersion(hub.apiVersion));
    expect(convertObject(spoke, hub.apiVersion)).toEqual(hub);
    expect(hub.metadata.annotations?.[CONVERSION_DATA_ANNOTATION]).toBeUndefined();
  });
});

describe('convertObject on upstream v1beta1 objects', () => {
  it('finds v1beta1 objects in the e2e data', () => {
    expect(spokes.length).toBeGreaterThan(0);
  });

  it.each(spokes.map((e) => [label(e), e.object] as const))('converts %s to a valid v1beta2 object and back', (_name, spoke) => {
    const hub = convertObject(spoke, otherVersion(spoke.apiVersion));
    const result = admit(hub);
    expect(result.causes).toEqual([]);
    expect(result.unknownFields).toEqual([]);
    const again = convertObject(hub, spoke.apiVersion);
    expect(admit(again).causes).toEqual([]);
    expect(convertObject(again, hub.apiVersion)).toEqual(hub);
  });
});

describe('convertObject identity cases', () => {
  const [first] = hubs;

  it('returns the same object when the versions match', () => {
    if (!first) throw new Error('no upstream objects');
    expect(convertObject(first.object, first.object.apiVersion)).toBe(first.object);
  });

  it('returns provider kinds unchanged', () => {
    const aws: KubeObject = {
      apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
      kind: 'AWSCluster',
      metadata: { name: 'a', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
      spec: { region: 'eu-west-1' },
    };
    expect(convertObject(aws, 'infrastructure.cluster.x-k8s.io/v1beta1')).toBe(aws);
  });
});
