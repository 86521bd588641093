import { type NormalizedObject, type NormalizedRef } from '../normalize/types';

export const LABELS = {
  cluster: 'cluster.x-k8s.io/cluster-name',
  deployment: 'cluster.x-k8s.io/deployment-name',
  set: 'cluster.x-k8s.io/set-name',
  pool: 'cluster.x-k8s.io/pool-name',
  controlPlane: 'cluster.x-k8s.io/control-plane',
} as const;

export interface ObjectIndex {
  byKey: Map<string, NormalizedObject>;
  /** Children by the `kind/name` of their controller owner. */
  byController: Map<string, NormalizedObject[]>;
  all: readonly NormalizedObject[];
}

const key = (kind: string, namespace: string, name: string) => `${kind}/${namespace}/${name}`;

export function indexObjects(objects: readonly NormalizedObject[]): ObjectIndex {
  const byKey = new Map<string, NormalizedObject>();
  const byController = new Map<string, NormalizedObject[]>();
  for (const object of objects) {
    byKey.set(object.id, object);
    const controller = object.ownerReferences.find((owner) => owner.controller);
    if (!controller) continue;
    const ownerKey = key(controller.kind, object.namespace, controller.name);
    const list = byController.get(ownerKey);
    if (list) list.push(object);
    else byController.set(ownerKey, [object]);
  }
  return { byKey, byController, all: objects };
}

export function resolveRef(index: ObjectIndex, ref: NormalizedRef | undefined, namespace: string): NormalizedObject | undefined {
  if (!ref) return undefined;
  return index.byKey.get(key(ref.kind, ref.namespace ?? namespace, ref.name));
}

export function controlledBy(index: ObjectIndex, owner: NormalizedObject): NormalizedObject[] {
  return index.byController.get(key(owner.kind, owner.namespace, owner.name)) ?? [];
}
