import { describe, expect, it } from 'vitest';
import { loadSharedExamples } from '../__fixtures__/load-shared-examples';
import { normalizeObject } from './normalize-object';

const groups = ['with-status', 'docker-templates', 'e2e'];

describe('normalizeObject on the upstream Cluster API examples', () => {
  it.each(groups)('normalizes every object in examples/%s without throwing, keeping kind and name', (group) => {
    const docs = loadSharedExamples(group);
    expect(docs.length).toBeGreaterThan(5);
    for (const doc of docs) {
      const object = normalizeObject(doc.object);
      expect(object.kind).toBe(doc.object.kind);
      const name = (doc.object.metadata as { name?: unknown } | undefined)?.name;
      expect(object.name).toBe(typeof name === 'string' ? name : '');
    }
  });

  it('reads the topology of the Cluster read back from a real kube-apiserver', () => {
    const doc = loadSharedExamples('with-status').find((d) => d.file.endsWith('readback-cluster-topology.yaml'));
    const cluster = normalizeObject(doc?.object);
    expect(cluster.topology).toMatchObject({ className: 'quick-start', classNamespace: 'default', version: 'v1.34.0', controlPlaneReplicas: 1 });
    expect(cluster.topology?.machineDeployments).toEqual([{ class: 'default-worker', name: 'md-0', replicas: 1 }]);
    expect(cluster.parseWarnings).toEqual([]);
  });

  it('reads the v1beta2 conditions of the ClusterClass whose status the topology controller filled', () => {
    const doc = loadSharedExamples('with-status').find((d) => d.file.endsWith('readback-clusterclass-quick-start.yaml'));
    const clusterClass = normalizeObject(doc?.object);
    expect(clusterClass.conditions.map((x) => x.type)).toContain('VariablesReady');
  });

  it('reads v1beta1 templates from the e2e data (class + classNamespace)', () => {
    const clusters = loadSharedExamples('e2e')
      .filter((d) => d.object.kind === 'Cluster')
      .map((d) => normalizeObject(d.object));
    expect(clusters.length).toBeGreaterThan(3);
    expect(clusters.some((x) => x.topology?.className !== undefined)).toBe(true);
  });
});
