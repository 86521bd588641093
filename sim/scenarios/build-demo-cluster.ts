// Turns one demo slot into objects (and follow-up actions) for its management cluster.
import { FAULT_ANNOTATION } from '../core/fault-names';
import { buildClassVariables } from './class-variables';
import { buildLiveCluster } from './build-live-cluster';
import { buildReconciledCluster } from './build-reconciled-cluster';
import type { ScenarioRandom } from './create-random';
import { CLASS_NAMESPACE, type DemoManagementCluster, type DemoSlot, infraOfClass, kubernetesVersion } from './demo-layout';
import { INFRA_PROVIDERS } from './infra-providers';
import { LABELS } from './naming';
import type { ClassTemplates } from './resolve-class-templates';
import type { AfterSeedAction, SeedObject } from './types';

const WORDS: Record<string, string[]> = {
  payments: ['checkout', 'ledger', 'billing', 'fraud'], search: ['index', 'query', 'crawler', 'ranking'],
  data: ['lake', 'etl', 'warehouse', 'stream'], ml: ['training', 'inference', 'features', 'notebooks'], web: ['frontend', 'edge', 'api', 'assets'],
};
const SECOND_POOL: Record<string, string | undefined> = { 'aws-standard': 'memory-optimized', 'azure-standard': 'gpu' };
const FIRST_POOL: Record<string, string> = { 'quick-start': 'default-worker', 'aws-standard': 'general-purpose', 'azure-standard': 'general', 'vsphere-standard': 'worker' };

export interface DemoClusterOptions {
  random: ScenarioRandom;
  mc: DemoManagementCluster;
  mcIndex: number;
  slot: DemoSlot;
  slotIndex: number;
  team: string;
  now: Date;
  templates: ClassTemplates;
}

function pickMinor(options: DemoClusterOptions): { minor: number; workerMinor: number; upgradeTo?: number } {
  const { random, mc, slot } = options;
  if (slot.kubeletSkewViolation) return { minor: 35, workerMinor: 31 };
  const withPrevious = mc.minors.filter((m) => mc.minors.includes(m - 1));
  const withNext = mc.minors.filter((m) => mc.minors.includes(m + 1));
  if (slot.state === 'upgrading') {
    const from = random.pick(withNext);
    return { minor: from, workerMinor: from, upgradeTo: from + 1 };
  }
  const minor = random.pick(slot.workersBehind ? withPrevious : mc.minors);
  return { minor, workerMinor: slot.workersBehind ? minor - 1 : minor };
}

export function buildDemoCluster(options: DemoClusterOptions): { objects: SeedObject[]; afterSeed: AfterSeedAction[] } {
  const { random, mc, slot, team } = options;
  const name = `${team}-${random.pick(WORDS[team] ?? ['app'])}-${String(options.slotIndex + 1).padStart(2, '0')}`;
  const namespace = `team-${team}`;
  const { minor, workerMinor, upgradeTo } = pickMinor(options);
  const production = mc.environment === 'production';
  const controlPlaneReplicas = production || random.chance(0.3) ? 3 : 1;
  const firstPool = FIRST_POOL[slot.className] ?? 'default-worker';
  const secondPool = SECOND_POOL[slot.className];
  const machineDeployments = [
    { name: 'md-0', class: firstPool, replicas: random.int(2, 5) },
    ...(secondPool && random.chance(0.4) ? [{ name: 'md-1', class: secondPool, replicas: random.int(1, 2) }] : []),
  ];
  const labels = { [LABELS.team]: team, environment: mc.environment };
  const annotations: Record<string, string> = slot.fault ? { [FAULT_ANNOTATION]: slot.fault } : {};
  const variables = buildClassVariables({ className: slot.className, random, team, site: mc.site, minor });
  if (slot.state === 'provisioning') {
    return {
      objects: [buildLiveCluster({ name, namespace, className: slot.className, classNamespace: CLASS_NAMESPACE, version: kubernetesVersion(minor), controlPlaneReplicas, machineDeployments, variables, labels, annotations })],
      afterSeed: [],
    };
  }
  const ageDays = random.int(7, 320);
  // The topology controller keeps workers on the topology version, so lagging workers only exist
  // in classic clusters (created from a flat template, no spec.topology), as in real fleets.
  const topology = workerMinor === minor;
  const objects = [...buildReconciledCluster({
    random, provider: INFRA_PROVIDERS[infraOfClass(slot.className)], templates: options.templates, name, namespace, region: mc.region,
    createdAt: new Date(options.now.getTime() - ageDays * 86_400_000 - random.int(0, 86_399) * 1000),
    version: kubernetesVersion(minor), controlPlaneReplicas, topology, classNamespace: CLASS_NAMESPACE, variables, labels, annotations,
    machineDeployments: machineDeployments.map((md) => (workerMinor === minor ? md : { ...md, version: kubernetesVersion(workerMinor) })),
    ipPrefix: `10.${options.mcIndex * 60 + options.slotIndex}`,
  })];
  const cluster = objects[0];
  const spec = (cluster?.spec as { topology?: { version: string; workers: { machineDeployments: Array<{ replicas: number }> } } } | undefined)?.topology;
  if (spec && upgradeTo !== undefined) spec.version = kubernetesVersion(upgradeTo);
  const firstMd = spec?.workers.machineDeployments[0];
  if (slot.scaleDown && firstMd) firstMd.replicas -= 1;
  const afterSeed: AfterSeedAction[] = slot.state === 'deleting' ? [{ action: 'delete', apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Cluster', namespace, name }] : [];
  return { objects, afterSeed };
}
