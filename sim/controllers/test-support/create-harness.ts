// A simulated management cluster for controller tests: real store and CRD catalog, a virtual
// clock, seeded randomness, and helpers to wait (in virtual time) for a condition.
import { createRandom } from '../../clock/create-random';
import { createVirtualClock, type VirtualClock } from '../../clock/create-virtual-clock';
import type { GroupResource, KubeObject } from '../../core/kube-object';
import { loadResourceTypes } from '../../crds';
import { createMemoryStore, type MemoryStore } from '../../store';
import type { Durations } from '../durations';
import { groupOf } from '../kinds';
import { findCondition } from '../runtime/conditions';
import { startControllers, type Controllers } from '../start-controllers';
import { loadExampleObjects } from './load-example-objects';

export interface Harness {
  clock: VirtualClock;
  store: MemoryStore;
  controllers: Controllers;
  errors: string[];
  gr(kind: string, apiVersion?: string): GroupResource;
  apply(objects: KubeObject[], namespace?: string): void;
  get(kind: string, name: string, namespace?: string): KubeObject | undefined;
  list(kind: string, labelSelector?: string): KubeObject[];
  /** Advances virtual time in steps until `done` holds; throws after `maxMs` of virtual time. */
  runUntil(done: () => boolean, options?: { maxMs?: number; stepMs?: number; what?: string }): number;
  /** Creates the quick-start ClusterClass and a topology Cluster from the development template. */
  createQuickStartCluster(options: { name: string; controlPlane: number; workers: number; version?: string; annotations?: Record<string, string>; paused?: boolean }): KubeObject;
  stop(): void;
}

const KIND_GROUPS: Record<string, string> = { Event: '', Secret: '' };

export function createHarness(options: { seed?: number; durations?: Partial<Durations> } = {}): Harness {
  const clock = createVirtualClock({ start: new Date('2026-03-01T00:00:00Z') });
  const store = createMemoryStore({ now: () => clock.now() });
  const catalog = loadResourceTypes();
  const errors: string[] = [];
  const resolve = (group: string, kind: string): GroupResource | undefined => {
    const type = catalog.byGroupKind(group, kind);
    return type ? catalog.storageResource(type) : undefined;
  };
  const controllers = startControllers({
    store,
    clock,
    random: createRandom(options.seed ?? 7),
    durations: options.durations,
    resolveResource: (ref) => resolve(ref.apiGroup ?? groupOf(ref.apiVersion ?? ''), ref.kind),
    onError: (error, where) => errors.push(`${where}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const grOf = (kind: string, apiVersion?: string): GroupResource => {
    const group = apiVersion !== undefined ? groupOf(apiVersion) : KIND_GROUPS[kind];
    const found = group !== undefined ? resolve(group, kind) : catalog.types.find((t) => t.kind === kind);
    if (!found) throw new Error(`unknown kind ${kind}`);
    return { group: found.group, resource: found.resource };
  };
  const harness: Harness = {
    clock,
    store,
    controllers,
    errors,
    gr: grOf,
    apply(objects, namespace = 'default') {
      for (const obj of objects) store.create(grOf(obj.kind, obj.apiVersion), { ...obj, metadata: { ...obj.metadata, namespace: obj.metadata.namespace || namespace } });
    },
    get: (kind, name, namespace = 'default') => store.get(grOf(kind), namespace, name),
    list: (kind, labelSelector) => store.list(grOf(kind), { labelSelector }).items,
    runUntil(done, { maxMs = 3_600_000, stepMs = 1_000, what = 'condition' } = {}) {
      let elapsed = 0;
      while (!done()) {
        if (elapsed >= maxMs) throw new Error(`timed out after ${maxMs / 1000}s of virtual time waiting for ${what}; controller errors: ${errors.slice(0, 3).join(' | ') || 'none'}`);
        clock.advance(stepMs);
        elapsed += stepMs;
      }
      return elapsed;
    },
    createQuickStartCluster(o) {
      if (!store.get(grOf('ClusterClass'), 'default', 'quick-start')) harness.apply(loadExampleObjects('examples/docker-templates/clusterclass-quick-start.yaml'));
      const [cluster] = loadExampleObjects('examples/docker-templates/cluster-template-development.yaml', { CLUSTER_NAME: o.name, NAMESPACE: 'default', CONTROL_PLANE_MACHINE_COUNT: String(o.controlPlane), WORKER_MACHINE_COUNT: String(o.workers), KUBERNETES_VERSION: o.version ?? 'v1.34.0' });
      if (!cluster) throw new Error('cluster template is empty');
      if (o.annotations) cluster.metadata.annotations = { ...cluster.metadata.annotations, ...o.annotations };
      if (o.paused) cluster.spec = { ...(cluster.spec as Record<string, unknown>), paused: true };
      harness.apply([cluster]);
      return cluster;
    },
    stop: () => controllers.stop(),
  };
  return harness;
}

export function conditionStatus(obj: KubeObject | undefined, type: string): string | undefined {
  return findCondition(obj, type)?.status;
}

export function machinesOf(h: Harness, cluster: string, role: 'control-plane' | 'worker'): KubeObject[] {
  return h.list('Machine', `cluster.x-k8s.io/cluster-name=${cluster}`).filter((m) => (m.metadata.labels?.['cluster.x-k8s.io/control-plane'] !== undefined) === (role === 'control-plane'));
}

/** Waits until the Cluster is Available with every control-plane and worker replica ready. */
export function waitForReadyCluster(h: Harness, name: string, replicas: { controlPlane: number; workers: number }): number {
  return h.runUntil(
    () => {
      const cluster = h.get('Cluster', name);
      const status = (cluster?.status ?? {}) as Record<string, Record<string, unknown>>;
      return findCondition(cluster, 'Available')?.status === 'True' && status.controlPlane?.readyReplicas === replicas.controlPlane && status.workers?.readyReplicas === replicas.workers && status.workers?.replicas === replicas.workers && status.controlPlane?.replicas === replicas.controlPlane;
    },
    { maxMs: 4 * 3_600_000, what: `Cluster ${name} Available with ${replicas.controlPlane}+${replicas.workers} ready replicas` },
  );
}

/** Edits an object the way a user would (kubectl edit): read, change, update. */
export function editObject(h: Harness, kind: string, name: string, mutate: (draft: KubeObject) => void): void {
  const live = h.get(kind, name);
  if (!live) throw new Error(`${kind} ${name} not found`);
  const draft = structuredClone(live);
  mutate(draft);
  h.store.update(h.gr(kind, live.apiVersion), draft);
}

export function eventsFor(h: Harness, name: string): { reason: string; message: string; type: string }[] {
  return h.list('Event')
    .filter((e) => (e.involvedObject as { name?: string } | undefined)?.name === name)
    .map((e) => ({ reason: String(e.reason), message: String(e.message), type: String(e.type) }));
}
