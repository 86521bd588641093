// Writes a management cluster's scenario objects into its store, owners first. Scenario uids are
// mapped to the uids the store assigns so owner references stay intact, and backdated objects get
// their creation time by moving the store's clock while they are written.
import type { GroupResource, KubeObject } from '../core/kube-object';
import type { ObjectStore } from '../core/object-store';
import { SEEDED_ANNOTATION } from './naming';
import type { AfterSeedAction, SeedObject } from './types';

export type ResolveKind = (apiVersion: string, kind: string) => GroupResource;

export interface SeedOptions {
  store: ObjectStore;
  objects: Iterable<SeedObject>;
  resolve: ResolveKind;
  /** false: write without a field manager, so no managedFields are recorded (as for objects nobody applied) */
  managedFields?: boolean;
  /** sets (or, with undefined, clears) the time the store stamps on new objects */
  setSeedTime: (time: Date | undefined) => void;
}

function toKubeObject(seed: SeedObject, uids: Map<string, string>): KubeObject {
  const { uid: _uid, creationTimestamp: _created, ...metadata } = seed.metadata;
  const ownerReferences = metadata.ownerReferences?.map((ref) => ({ ...ref, uid: uids.get(ref.uid) ?? ref.uid }));
  return { ...seed, metadata: { ...metadata, ...(ownerReferences ? { ownerReferences } : {}), uid: '', resourceVersion: '', creationTimestamp: '' } };
}

/** Returns how many objects were created. */
export function seedScenarioObjects(options: SeedOptions): number {
  const uids = new Map<string, string>();
  let count = 0;
  try {
    for (const seed of options.objects) {
      const gr = options.resolve(seed.apiVersion, seed.kind);
      options.setSeedTime(seed.metadata.creationTimestamp ? new Date(seed.metadata.creationTimestamp) : undefined);
      const reconciled = seed.metadata.annotations?.[SEEDED_ANNOTATION] === 'reconciled';
      const fieldManager = options.managedFields === false ? undefined : reconciled ? 'manager' : 'kubectl-create';
      const created = options.store.create(gr, toKubeObject(seed, uids), { fieldManager });
      if (seed.metadata.uid) uids.set(seed.metadata.uid, created.metadata.uid);
      count++;
    }
  } finally {
    options.setSeedTime(undefined);
  }
  return count;
}

export function runAfterSeed(options: { store: ObjectStore; actions: readonly AfterSeedAction[]; resolve: ResolveKind }): void {
  for (const action of options.actions) {
    options.store.delete(options.resolve(action.apiVersion, action.kind), action.namespace, action.name, { fieldManager: 'kubectl' });
  }
}
