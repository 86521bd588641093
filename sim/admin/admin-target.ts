// What the admin API needs to know about each simulated management cluster.
import type { GroupResource } from '../core/kube-object';
import type { ObjectStore } from '../core/object-store';
import type { FaultsHolder } from './faults-holder';

export interface AdminTarget {
  name: string;
  displayName: string;
  labels: Record<string, string>;
  capiApi: string;
  context: string;
  url: string;
  store: ObjectStore;
  faults: FaultsHolder;
  /** storage GroupResource of a kind in the cluster.x-k8s.io group */
  resolveCapiKind(kind: 'Cluster' | 'MachineDeployment'): GroupResource;
}

export interface ScenarioInfo {
  scenario: string;
  seed: number;
  speed: number;
  description: string;
  startedAt: string;
}
