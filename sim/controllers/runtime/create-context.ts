import type { SimClock } from '../../clock/sim-clock';
import type { SimRandom } from '../../clock/create-random';
import type { GroupResource, KubeObject } from '../../core/kube-object';
import type { ObjectStore } from '../../core/object-store';
import type { Durations } from '../durations';
import { BOOTSTRAP_GROUP, CONTROL_PLANE_GROUP, CORE_GROUP, INFRA_GROUP } from '../kinds';
import type { ControllerContext, ResolveResource } from './context';
import { deepEqual } from './json';
import { objectKey, type ObjectCache } from './object-cache';
import { createEventRecorder } from './record-event';
import type { WorkQueue } from './work-queue';

const CORE_KINDS: Record<string, string> = { Secret: 'secrets', Event: 'events', Namespace: 'namespaces', ConfigMap: 'configmaps' };

function groupForKind(kind: string): string {
  if (kind === 'KubeadmControlPlane' || kind === 'KubeadmControlPlaneTemplate') return CONTROL_PLANE_GROUP;
  if (kind.startsWith('Kubeadm')) return BOOTSTRAP_GROUP;
  if (/^(Cluster|ClusterClass|Machine|MachineSet|MachineDeployment|MachineHealthCheck|MachinePool|MachineDrainRule)$/.test(kind)) return CORE_GROUP;
  return INFRA_GROUP;
}

export interface ContextDeps {
  store: ObjectStore;
  clock: SimClock;
  random: SimRandom;
  durations: Durations;
  cache: ObjectCache;
  queue: WorkQueue;
  resolveResource: ResolveResource;
  onError: (error: unknown, where: string) => void;
}

export function createContext(deps: ContextDeps): ControllerContext {
  const { store, clock, random, durations, cache, queue } = deps;
  const resources = new Map<string, GroupResource>();
  const waits = new Map<string, Map<string, 'waiting' | 'done'>>();
  const events = createEventRecorder({ store, clock, random, onError: (e) => deps.onError(e, 'event') });

  const gr = (kind: string): GroupResource => {
    const known = resources.get(kind);
    if (known) return known;
    const resolved = CORE_KINDS[kind] ? { group: '', resource: CORE_KINDS[kind] } : deps.resolveResource({ apiGroup: groupForKind(kind), kind });
    if (!resolved) throw new Error(`no resource type for kind ${kind}`);
    resources.set(kind, resolved);
    return resolved;
  };
  const keyOf = (obj: KubeObject): string => objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name);
  const fresh = (obj: KubeObject): KubeObject | undefined => store.get(gr(obj.kind), obj.metadata.namespace, obj.metadata.name);
  // Write-through to the cache, unless the write removed the object (last finalizer gone): the
  // DELETED watch event has already been handled by then and must not be undone.
  const remember = (obj: KubeObject | undefined): KubeObject | undefined => {
    if (obj && store.get(gr(obj.kind), obj.metadata.namespace, obj.metadata.name)?.metadata.uid === obj.metadata.uid) cache.upsert(obj);
    return obj;
  };

  return {
    store,
    clock,
    random,
    durations,
    cache,
    gr,
    nowIso: () => clock.now().toISOString().replace(/\.\d+Z$/, 'Z'),
    enqueue: (kind, namespace, name) => queue.add(objectKey(kind, namespace, name)),
    requeueAfter: (obj, ms) => queue.addAfter(keyOf(obj), ms),
    waited(obj, step, ms) {
      const uid = obj.metadata.uid;
      let steps = waits.get(uid);
      const state = steps?.get(step);
      if (state === 'done') return true;
      if (state === 'waiting') return false;
      if (!steps) waits.set(uid, (steps = new Map<string, 'waiting' | 'done'>()));
      steps.set(step, 'waiting');
      const requeue = keyOf(obj);
      clock.setTimer(random.jitter(ms, durations.jitter), () => {
        const current = waits.get(uid);
        if (current?.get(step) !== 'waiting') return;
        current.set(step, 'done');
        queue.add(requeue);
      });
      return false;
    },
    resetWait: (obj, step) => void waits.get(obj.metadata.uid)?.delete(step),
    forget: (uid) => void waits.delete(uid),
    create: (obj) => remember(store.create(gr(obj.kind), obj, { fieldManager: 'sim-controllers' })),
    patch(obj, mutate) {
      const current = fresh(obj);
      if (!current) return undefined;
      const draft = structuredClone(current);
      mutate(draft);
      if (deepEqual(draft, current)) return current;
      return remember(store.update(gr(obj.kind), draft, { fieldManager: 'sim-controllers' }));
    },
    writeStatus(obj, status) {
      const current = fresh(obj);
      if (!current || deepEqual(current.status ?? {}, status)) return false;
      remember(store.updateStatus(gr(obj.kind), { ...current, status }, { fieldManager: 'sim-controllers' }));
      return true;
    },
    remove(obj) {
      const current = fresh(obj);
      if (!current || current.metadata.deletionTimestamp) return;
      store.delete(gr(obj.kind), obj.metadata.namespace, obj.metadata.name, { propagationPolicy: 'Background' });
      const after = fresh(obj);
      if (after) cache.upsert(after);
      else cache.remove(current);
    },
    event: (obj, input) => events.record(obj, input),
    onError: deps.onError,
  };
}
