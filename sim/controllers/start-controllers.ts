// Wires the simulated CAPI controllers to a store: one watch per resource type feeds an
// informer-style cache and a work queue; reconcilers run from clock timers (no polling loops).
import type { SimRandom } from '../clock/create-random';
import type { SimClock } from '../clock/sim-clock';
import type { KubeObject } from '../core/kube-object';
import type { ObjectStore, WatchEvent } from '../core/object-store';
import { resolveDurations, type Durations } from './durations';
import { fanOut } from './fan-out';
import { needsInitialReconcile } from './needs-initial-reconcile';
import { INFRA_CLUSTER_KINDS, INFRA_MACHINE_KINDS } from './kinds';
import { RECONCILERS } from './reconcilers';
import type { ControllerContext, ResolveResource } from './runtime/context';
import { createContext } from './runtime/create-context';
import { ObjectCache } from './runtime/object-cache';
import { WorkQueue } from './runtime/work-queue';

export interface StartControllersOptions {
  store: ObjectStore;
  clock: SimClock;
  random: SimRandom;
  resolveResource: ResolveResource;
  durations?: Partial<Durations>;
  onError?: (error: unknown, where: string) => void;
}

export interface Controllers {
  stop(): void;
}

const WATCHED_KINDS = ['Cluster', 'ClusterClass', 'MachineDeployment', 'MachineSet', 'Machine', 'MachineHealthCheck', 'KubeadmControlPlane', 'KubeadmConfig', ...INFRA_CLUSTER_KINDS, ...INFRA_MACHINE_KINDS];

export function startControllers(options: StartControllersOptions): Controllers {
  const cache = new ObjectCache();
  const onError = options.onError ?? ((error: unknown, where: string) => console.error(`[sim/controllers] ${where}:`, error));
  const holder: { ctx?: ControllerContext } = {};
  const queue = new WorkQueue(options.clock, (key) => {
    const [kind = '', namespace = '', name = ''] = key.split('|');
    const obj = cache.get(kind, namespace || undefined, name);
    const reconcile = RECONCILERS[kind];
    const ctx = holder.ctx;
    if (!obj || !reconcile || !ctx) return;
    try {
      reconcile(ctx, obj);
    } catch (error) {
      onError(error, `reconcile ${key}`);
      ctx.requeueAfter(obj, ctx.durations.retryMs / 4);
    }
  });
  const context = createContext({ ...options, durations: resolveDurations(options.durations), cache, queue, onError });
  holder.ctx = context;

  const onEvent = (event: WatchEvent): void => {
    if (event.type === 'BOOKMARK') return;
    const obj: KubeObject = event.object;
    let previous: KubeObject | undefined;
    if (event.type === 'DELETED') {
      cache.remove(obj);
      context.forget(obj.metadata.uid);
    } else {
      const result = cache.upsert(obj);
      if (!result.stored) return;
      previous = result.previous;
    }
    fanOut({ ctx: context, obj, previous, deleted: event.type === 'DELETED' });
  };

  const unsubscribes: (() => void)[] = [];
  for (const kind of WATCHED_KINDS) {
    let gr;
    try {
      gr = context.gr(kind);
    } catch {
      continue; // provider CRD not installed in this management cluster
    }
    unsubscribes.push(options.store.watch(gr, {}, onEvent));
    for (const obj of options.store.list(gr).items) {
      cache.upsert(obj);
      if (needsInitialReconcile(obj)) fanOut({ ctx: context, obj, previous: obj, deleted: false });
    }
  }

  return {
    stop() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      queue.stop();
    },
  };
}
