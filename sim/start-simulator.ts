// Starts a whole simulated fleet: per management cluster a store, its served resource types, an
// HTTPS API server, the seeded scenario objects and the simulated controllers; then one kubeconfig
// (a context per management cluster), the admin API and <stateDir>/simulator.json.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { AdminTarget, ScenarioInfo } from './admin/admin-target';
import { createFaultsHolder } from './admin/faults-holder';
import { readSimulatorManifest, writeSimulatorManifest, type SimulatorManifest } from './admin/simulator-manifest';
import { startAdminServer, type AdminServer } from './admin/start-admin-server';
import { startApiServer, type ApiServer } from './apiserver/start-api-server';
import { writeKubeconfig } from './apiserver/write-kubeconfig';
import { createRandom, createRealClock, type SimClock } from './clock';
import { startControllers, type Controllers } from './controllers/start-controllers';
import type { Durations } from './controllers/durations';
import type { GroupResource } from './core/kube-object';
import { loadResourceTypes, type ResourceCatalog } from './crds';
import { buildScenario, findCapiDir, type ManagementClusterPlan, type ScaleOptions, type Scenario, type ScenarioName } from './scenarios';
import { runAfterSeed, seedScenarioObjects } from './scenarios/seed-scenario-objects';
import { createMemoryStore, type MemoryStore } from './store';

/** Simulated time runs this many times faster than real time: a quick-start cluster is Available in 1–2 minutes. */
export const DEFAULT_SPEED = 10;
export const DEFAULT_STATE_DIR = '.quarterdeck/sim';

export interface StartSimulatorOptions {
  scenario: ScenarioName;
  seed?: number;
  speed?: number;
  capiDir?: string;
  stateDir?: string;
  scaleOptions?: Partial<ScaleOptions>;
  kubeconfigPath?: string;
  adminPort?: number;
  durations?: Partial<Durations>;
  /** false: seed only, no controllers (benchmarks of the API server alone) */
  controllers?: boolean;
  onError?: (error: unknown, where: string) => void;
}

export interface RunningManagementCluster extends AdminTarget {
  store: MemoryStore;
  apiServer: ApiServer;
  catalog: ResourceCatalog;
  objectCount: number;
}

export interface Simulator {
  scenario: Scenario;
  kubeconfigPath: string;
  manifestPath: string;
  adminUrl: string;
  adminToken: string;
  managementClusters: RunningManagementCluster[];
  close(): Promise<void>;
}

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '');

function lookup(catalog: ResourceCatalog, group: string, kind: string): GroupResource | undefined {
  const type = catalog.byGroupKind(group, kind);
  return type ? catalog.storageResource(type) : undefined;
}

function resolverFor(catalog: ResourceCatalog): (apiVersion: string, kind: string) => GroupResource {
  return (apiVersion, kind) => {
    const gr = lookup(catalog, groupOf(apiVersion), kind);
    if (!gr) throw new Error(`no served resource type for ${apiVersion} ${kind}`);
    return gr;
  };
}

async function startManagementCluster(options: { plan: ManagementClusterPlan; capiDir: string; clock: SimClock }): Promise<RunningManagementCluster> {
  const { plan, clock } = options;
  let seedTime: Date | undefined;
  const store = createMemoryStore({ now: () => seedTime ?? clock.now() });
  const catalog = loadResourceTypes({ capiDir: options.capiDir, capiApi: plan.capiApi });
  const faults = createFaultsHolder();
  const apiServer = await startApiServer({ store, catalog, faults: () => faults.get(), now: () => clock.now() });
  const resolve = resolverFor(catalog);
  const objectCount = seedScenarioObjects({ store, objects: plan.objects(), resolve, managedFields: plan.managedFields, setSeedTime: (time) => (seedTime = time) });
  return {
    name: plan.name, displayName: plan.displayName, labels: plan.labels, capiApi: plan.capiApi, context: plan.name, url: apiServer.url,
    store, faults, apiServer, catalog, objectCount,
    resolveCapiKind: (kind) => resolve('cluster.x-k8s.io/v1beta2', kind),
  };
}

function startFleetControllers(options: { clusters: RunningManagementCluster[]; clock: SimClock; seed: number; durations?: Partial<Durations>; onError?: StartSimulatorOptions['onError'] }): Controllers[] {
  return options.clusters.map((mc, index) => {
    return startControllers({
      store: mc.store, clock: options.clock, random: createRandom(options.seed * 1000 + index), durations: options.durations,
      onError: options.onError ?? ((error, where) => console.error(`[sim ${mc.name}] ${where}:`, error)),
      resolveResource: (ref) => lookup(mc.catalog, ref.apiGroup ?? groupOf(ref.apiVersion ?? ''), ref.kind),
    });
  });
}

function buildManifest(options: { scenario: Scenario; speed: number; kubeconfigPath: string; admin: AdminServer; token: string; clusters: RunningManagementCluster[]; startedAt: string }): SimulatorManifest {
  return {
    version: 1, scenario: options.scenario.name, seed: options.scenario.seed, speed: options.speed, pid: process.pid, startedAt: options.startedAt,
    kubeconfig: options.kubeconfigPath, admin: { url: options.admin.url, token: options.token },
    managementClusters: options.clusters.map((mc) => ({
      name: mc.name, displayName: mc.displayName, labels: mc.labels, capiApi: mc.capiApi, context: mc.context, url: mc.url,
      adminUrl: `${options.admin.url}/api/v1/management-clusters/${encodeURIComponent(mc.name)}`,
    })),
  };
}

export async function startSimulator(options: StartSimulatorOptions): Promise<Simulator> {
  const seed = options.seed ?? 42;
  const speed = options.speed ?? DEFAULT_SPEED;
  const capiDir = options.capiDir ?? findCapiDir();
  const stateDir = path.resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  const kubeconfigPath = path.resolve(options.kubeconfigPath ?? path.join(stateDir, 'kubeconfig'));
  const clock = createRealClock({ speed });
  const startedAt = new Date().toISOString();
  const scenario = buildScenario({ name: options.scenario, seed, now: new Date(), capiDir, scale: options.scaleOptions });
  const clusters: RunningManagementCluster[] = [];
  const controllers: Controllers[] = [];
  let admin: AdminServer | undefined;
  const close = async (): Promise<void> => {
    for (const c of controllers) c.stop();
    await Promise.all([...clusters.map((mc) => mc.apiServer.close()), admin?.close()]);
    try {
      if (readSimulatorManifest(stateDir).pid === process.pid) rmSync(path.join(stateDir, 'simulator.json'), { force: true });
    } catch {
      // no manifest (start failed early) or one of another simulator: leave it alone
    }
  };
  try {
    for (const plan of scenario.managementClusters) clusters.push(await startManagementCluster({ plan, capiDir, clock }));
    if (options.controllers !== false) controllers.push(...startFleetControllers({ clusters, clock, seed, durations: options.durations, onError: options.onError }));
    scenario.managementClusters.forEach((plan, i) => {
      const mc = clusters[i];
      if (mc) runAfterSeed({ store: mc.store, actions: plan.afterSeed, resolve: resolverFor(mc.catalog) });
    });
    writeKubeconfig({ path: kubeconfigPath, clusters: clusters.map((mc) => ({ name: mc.name, url: mc.url, caPem: mc.apiServer.caPem, token: mc.apiServer.token })) });
    const token = randomBytes(24).toString('hex');
    const info: ScenarioInfo = { scenario: scenario.name, seed, speed, description: scenario.description, startedAt };
    admin = await startAdminServer({ token, info, targets: clusters, port: options.adminPort });
    const manifestPath = writeSimulatorManifest(stateDir, buildManifest({ scenario, speed, kubeconfigPath, admin, token, clusters, startedAt }));
    return { scenario, kubeconfigPath, manifestPath, adminUrl: admin.url, adminToken: token, managementClusters: clusters, close };
  } catch (error) {
    await close();
    throw error;
  }
}
