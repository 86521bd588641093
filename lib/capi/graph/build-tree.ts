import { type ConditionMode } from '../conditions/find-condition';
import { type NormalizedObject } from '../normalize/types';
import { collectClusterObjects } from './collect-cluster-objects';
import { isEcho } from './echo-rules';
import { controlledBy, indexObjects, LABELS, resolveRef } from './index-objects';
import { type GraphRelation } from './types';

export interface TreeNode {
  id: string;
  relation: GraphRelation;
  object?: NormalizedObject;
  virtual?: { kind: string; name: string; namespace: string };
  /** Children of a grouping node may be merged into groups. */
  grouping: boolean;
  children: TreeNode[];
}

const objectNode = (object: NormalizedObject, relation: GraphRelation, grouping = false): TreeNode => ({ id: object.id, relation, object, grouping, children: [] });

/** Places every object of one cluster the way cmd/clusterctl/client/tree/discovery.go does. */
export function buildTree(options: { objects: readonly NormalizedObject[]; cluster: NormalizedObject; echo: boolean; mode: ConditionMode }): { root: TreeNode; suppressedIds: string[] } {
  const { cluster, mode } = options;
  const ns = cluster.namespace;
  const mine = collectClusterObjects(options.objects, cluster);
  const index = indexObjects(mine);
  const placed = new Set<string>([cluster.id]);
  const suppressedIds: string[] = [];
  const root = objectNode(cluster, 'root');
  const attach = (parent: TreeNode, child: TreeNode): TreeNode => {
    parent.children.push(child);
    if (child.object) placed.add(child.object.id);
    return child;
  };
  const virtual = (parent: TreeNode, kind: string, name: string, grouping: boolean, relation: GraphRelation): TreeNode =>
    attach(parent, { id: `${kind}/${ns}/${cluster.name}${relation === 'Other' && parent !== root ? '/workers' : ''}`, relation, virtual: { kind, name, namespace: ns }, grouping, children: [] });

  /** Infrastructure machine (pool) and bootstrap config; dropped when they only echo their owner (echo off). */
  const attachInfraAndBootstrap = (node: TreeNode, owner: NormalizedObject) => {
    for (const [ref, relation] of [[owner.infrastructureRef, 'MachineInfrastructure'], [owner.bootstrapConfigRef, 'BootstrapConfig']] as const) {
      const child = resolveRef(index, ref, ns);
      if (!child || placed.has(child.id)) continue;
      if (!options.echo && isEcho({ parent: owner, child, mode })) {
        placed.add(child.id);
        suppressedIds.push(child.id);
      } else attach(node, objectNode(child, relation));
    }
  };
  const addMachine = (parent: TreeNode, machine: NormalizedObject) => {
    if (placed.has(machine.id)) return;
    attachInfraAndBootstrap(attach(parent, objectNode(machine, 'Machine')), machine);
  };
  const machines = mine.filter((o) => o.kind === 'Machine' && o.apiGroup === 'cluster.x-k8s.io');
  const ofKind = (kind: string) => mine.filter((o) => o.kind === kind && o.apiGroup === 'cluster.x-k8s.io');

  const infra = resolveRef(index, cluster.infrastructureRef, ns);
  if (infra) attach(root, objectNode(infra, 'ClusterInfrastructure'));
  const controlPlane = resolveRef(index, cluster.controlPlaneRef, ns);
  const cpNode = controlPlane ? attach(root, objectNode(controlPlane, 'ControlPlane', true)) : undefined;
  if (cpNode && controlPlane) {
    const owned = new Set(controlledBy(index, controlPlane).map((o) => o.id));
    for (const m of machines) if (m.labels[LABELS.controlPlane] !== undefined || owned.has(m.id)) addMachine(cpNode, m);
  }
  const pools = ofKind('MachinePool');
  const deployments = ofKind('MachineDeployment');
  const workers = pools.length + deployments.length > 0 || machines.some((m) => !placed.has(m.id)) ? virtual(root, 'Workers', 'Workers', false, 'Workers') : undefined;
  if (workers) {
    for (const pool of pools) {
      const poolNode = attach(workers, objectNode(pool, 'MachinePool', true));
      attachInfraAndBootstrap(poolNode, pool);
      for (const m of [...controlledBy(index, pool), ...machines.filter((x) => x.labels[LABELS.pool] === pool.name)]) if (m.kind === 'Machine') addMachine(poolNode, m);
    }
    const setsByDeployment = groupBy(ofKind('MachineSet'), (ms) => ms.labels[LABELS.deployment]);
    const machinesBySet = groupBy(machines, (m) => m.labels[LABELS.set]);
    const machinesByDeployment = groupBy(machines, (m) => m.labels[LABELS.deployment]);
    for (const md of deployments) {
      const mdNode = attach(workers, objectNode(md, 'MachineDeployment', true));
      const sets = [...controlledBy(index, md).filter((o) => o.kind === 'MachineSet'), ...(setsByDeployment.get(md.name) ?? [])];
      for (const ms of sets) {
        if (placed.has(ms.id)) continue;
        const msNode = attach(mdNode, objectNode(ms, 'MachineSet', true));
        for (const m of [...controlledBy(index, ms), ...(machinesBySet.get(ms.name) ?? [])]) if (m.kind === 'Machine') addMachine(msNode, m);
      }
      for (const m of machinesByDeployment.get(md.name) ?? []) addMachine(mdNode, m);
    }
    const orphans = machines.filter((m) => !placed.has(m.id));
    if (orphans.length > 0) {
      const other = virtual(workers, 'Other', 'Other', true, 'Other');
      for (const m of orphans) addMachine(other, m);
    }
  }
  attachExtras({ root, cpNode, objects: options.objects, cluster, attach, placed });
  const leftovers = mine.filter((o) => !placed.has(o.id) && !o.kind.endsWith('Template'));
  if (leftovers.length > 0) {
    const other = virtual(root, 'Other', 'Other', false, 'Other');
    for (const o of leftovers) attach(other, objectNode(o, 'Other'));
  }
  return { root, suppressedIds };
}

/** ClusterClass and MachineHealthChecks hang off the node they describe or watch. */
function attachExtras(options: { root: TreeNode; cpNode?: TreeNode; objects: readonly NormalizedObject[]; cluster: NormalizedObject; attach: (p: TreeNode, c: TreeNode) => TreeNode; placed: Set<string> }): void {
  const { root, cluster } = options;
  const className = cluster.topology?.className;
  const classNamespace = cluster.topology?.classNamespace ?? cluster.namespace;
  const clusterClass = className ? options.objects.find((o) => o.kind === 'ClusterClass' && o.name === className && o.namespace === classNamespace) : undefined;
  if (clusterClass) options.attach(root, objectNode(clusterClass, 'ClusterClass'));
  const checks = options.objects.filter((o) => o.kind === 'MachineHealthCheck' && o.namespace === cluster.namespace && o.clusterName === cluster.name);
  for (const check of checks) {
    const deployment = check.selector?.[LABELS.deployment];
    const target =
      (deployment ? findDescendant(root, (n) => n.relation === 'MachineDeployment' && n.object?.name === deployment) : undefined) ??
      (check.selector?.[LABELS.controlPlane] !== undefined ? options.cpNode : undefined) ??
      root;
    options.attach(target, objectNode(check, 'MachineHealthCheck'));
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function findDescendant(node: TreeNode, predicate: (n: TreeNode) => boolean): TreeNode | undefined {
  for (const child of node.children) {
    if (predicate(child)) return child;
    const hit = findDescendant(child, predicate);
    if (hit) return hit;
  }
  return undefined;
}
