import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { loadResourceTypes } from '../crds/load-resource-types';
import { buildTable } from './build-table';
import { responseFormat } from './response-format';
import type { ResourceRequest } from './server-context';

const now = new Date('2026-01-01T01:00:00Z');
// Loaded while collecting, outside the per-test timeout (reading every CRD takes seconds).
const catalog = loadResourceTypes();

function requestFor(group: string, plural: string): ResourceRequest {
  const type = catalog.byGroupPlural(group, plural)!;
  const version = type.versions.find((v) => v.name === type.storageVersion)!;
  return { type, version, ctx: { now: () => now } } as unknown as ResourceRequest;
}

describe('buildTable', () => {
  it('evaluates the CRD printer columns, including condition filters and ages', () => {
    const machine = {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Machine',
      metadata: { name: 'm1', creationTimestamp: '2026-01-01T00:30:00Z', labels: { 'cluster.x-k8s.io/cluster-name': 'c1' } },
      spec: { clusterName: 'c1', version: 'v1.34.1' },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    } as unknown as KubeObject;
    const table = buildTable({ rr: requestFor('cluster.x-k8s.io', 'machines'), items: [machine], listMeta: {}, includeObject: 'Metadata', tableApiVersion: 'meta.k8s.io/v1' }) as {
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[]; object: { kind: string } }[];
    };
    const cells = Object.fromEntries(table.columnDefinitions.map((c, i) => [c.name, table.rows[0]?.cells[i]]));
    expect(cells).toMatchObject({ Name: 'm1', Cluster: 'c1', Phase: 'Running', Age: '30m', Version: 'v1.34.1', Ready: 'True' });
    expect(table.rows[0]?.object.kind).toBe('PartialObjectMetadata');
  });

  it('prints namespaces like kube-apiserver', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: '2026-01-01T00:00:00Z' }, status: { phase: 'Active' } } as unknown as KubeObject;
    const table = buildTable({ rr: requestFor('', 'namespaces'), items: [ns], listMeta: {}, includeObject: 'None', tableApiVersion: 'meta.k8s.io/v1' }) as { rows: { cells: unknown[] }[] };
    expect(table.rows[0]?.cells).toEqual(['default', 'Active', '60m']);
  });
});

describe('responseFormat', () => {
  const accept = (value: string) => responseFormat({ headers: { accept: value } } as IncomingMessage);

  it.each([
    ['application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json', { as: 'Table', apiVersion: 'meta.k8s.io/v1' }],
    ['application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io', { as: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1' }],
    ['application/json', { as: 'object' }],
    ['application/vnd.kubernetes.protobuf, */*', { as: 'object' }],
  ])('reads %s', (header, expected) => {
    expect(accept(header)).toEqual(expected);
  });
});
