import { describe, expect, it } from 'vitest';
import { createRandom } from '../../clock/create-random';
import { createRealClock } from '../../clock/create-real-clock';
import type { KubeObject } from '../../core/kube-object';
import { loadResourceTypes } from '../../crds';
import { createMemoryStore } from '../../store';
import { groupOf } from '../kinds';
import { findCondition } from '../runtime/conditions';
import { startControllers } from '../start-controllers';
import { loadExampleObjects } from '../test-support/load-example-objects';

describe('controllers on the real clock', () => {
  it('provision a quick-start cluster within seconds at speed 2000 with wall-clock timestamps', async () => {
    const clock = createRealClock({ speed: 2000 });
    const store = createMemoryStore({ now: () => clock.now() });
    const catalog = loadResourceTypes();
    const resolve = (group: string, kind: string) => {
      const type = catalog.byGroupKind(group, kind);
      return type ? catalog.storageResource(type) : undefined;
    };
    const errors: unknown[] = [];
    const controllers = startControllers({ store, clock, random: createRandom(3), resolveResource: (ref) => resolve(ref.apiGroup ?? groupOf(ref.apiVersion ?? ''), ref.kind), onError: (e) => errors.push(e) });
    const clusters = resolve('cluster.x-k8s.io', 'Cluster');
    if (!clusters) throw new Error('no Cluster type');
    const available = new Promise<KubeObject>((resolveAvailable) => {
      store.watch(clusters, {}, (event) => {
        if (findCondition(event.object, 'Available')?.status === 'True') resolveAvailable(event.object);
      });
    });
    const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Cluster not Available within 20s')), 20_000).unref());
    const objects = [
      ...loadExampleObjects('examples/docker-templates/clusterclass-quick-start.yaml'),
      ...loadExampleObjects('examples/docker-templates/cluster-template-development.yaml', { CLUSTER_NAME: 'rt', NAMESPACE: 'default', CONTROL_PLANE_MACHINE_COUNT: '1', WORKER_MACHINE_COUNT: '1', KUBERNETES_VERSION: 'v1.34.0' }),
    ];
    for (const obj of objects) {
      const gr = resolve(groupOf(obj.apiVersion), obj.kind);
      if (!gr) throw new Error(`no type for ${obj.kind}`);
      store.create(gr, { ...obj, metadata: { ...obj.metadata, namespace: 'default' } });
    }
    try {
      const cluster = await Promise.race([available, deadline]);
      expect(cluster.metadata.name).toBe('rt');
      // wall-clock timestamps: the cluster's conditions are not in the simulated future
      const transition = Date.parse(findCondition(cluster, 'Available')?.lastTransitionTime ?? '');
      expect(transition).toBeLessThanOrEqual(Date.now());
      expect(errors).toEqual([]);
    } finally {
      controllers.stop();
    }
  }, 30_000);
});
