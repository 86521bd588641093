import { describe, expect, it } from 'vitest';
import { loadSharedExamples } from '../__fixtures__/load-shared-examples';
import { normalizeObjects } from '../normalize/normalize-object';
import { buildClusterGraph } from './build-cluster-graph';

function graphOfTemplate(file: string) {
  const docs = loadSharedExamples('e2e').filter((d) => d.file.endsWith(file));
  const graph = buildClusterGraph({ objects: normalizeObjects(docs.map((d) => d.object)), options: { grouping: true, echo: true, apiMode: 'v1beta2' } });
  if (!graph) throw new Error(`no Cluster in ${file}`);
  return graph.nodes.map((n) => `${'  '.repeat(n.depth)}${n.relation}:${n.kind}`);
}

describe('buildClusterGraph on the upstream e2e cluster templates (no status, no cluster-name labels)', () => {
  it('links the KubeadmControlPlane, DevCluster and MachineDeployment of main_cluster-template.yaml by refs and spec.clusterName', () => {
    expect(graphOfTemplate('e2e/main_cluster-template.yaml')).toEqual([
      'root:Cluster', '  ClusterInfrastructure:DevCluster', '  ControlPlane:KubeadmControlPlane', '  Workers:Workers', '    MachineDeployment:MachineDeployment'
    ]);
  });

  it('hangs the MachinePool with its DevMachinePool and KubeadmConfig under Workers', () => {
    expect(graphOfTemplate('main_cluster-template-machine-pool.yaml')).toEqual([
      'root:Cluster', '  ClusterInfrastructure:DevCluster', '  ControlPlane:KubeadmControlPlane', '  Workers:Workers', '    MachinePool:MachinePool',
      '      MachineInfrastructure:DevMachinePool', '      BootstrapConfig:KubeadmConfig'
    ]);
  });
});
