// Small Cluster (v1beta2) configurations and helpers for the apply tests.
import { expect } from 'vitest';
import type { KubeObject, ManagedFieldsEntry } from '../../core/kube-object';
import { applyPatch } from '../apply-patch';
import type { ApplyConflict } from '../apply-conflicts';
import { clusterSchema } from './load-crd-schema';

export const schema = clusterSchema('v1beta2');
export const NOW = '2026-11-21T10:00:00Z';

export function clusterConfig(spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', metadata: { name: 'c1', namespace: 'default', ...metadata }, spec } as unknown as KubeObject;
}

export function topology(fields: Record<string, unknown>): Record<string, unknown> {
  return { topology: { classRef: { name: 'quick-start' }, ...fields } };
}

/** What the store would persist: server-set metadata added, objects frozen like stored ones. */
export function persist(object: KubeObject): KubeObject {
  return freeze({ ...object, metadata: { ...object.metadata, uid: 'uid-1', resourceVersion: '7', creationTimestamp: '2026-11-21T09:00:00Z', generation: 1 } });
}

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

export function apply(live: KubeObject | undefined, patch: KubeObject, manager: string, options: { force?: boolean; now?: string } = {}) {
  return applyPatch({ live, patch, manager, force: options.force ?? false, schema, now: options.now ?? NOW });
}

export function applied(live: KubeObject | undefined, patch: KubeObject, manager: string, options: { force?: boolean; now?: string } = {}): KubeObject {
  const result = apply(live, patch, manager, options);
  if ('conflicts' in result) throw new Error(`unexpected conflicts: ${JSON.stringify(result.conflicts)}`);
  return persist(result.object);
}

export function conflictsOf(result: ReturnType<typeof apply>): ApplyConflict[] {
  expect(result).toHaveProperty('conflicts');
  return 'conflicts' in result ? result.conflicts : [];
}

export function managerEntry(object: KubeObject, manager: string): ManagedFieldsEntry | undefined {
  return object.metadata.managedFields?.find((e) => e.manager === manager);
}

export function at(object: unknown, ...path: (string | number)[]): unknown {
  let node: unknown = object;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}
