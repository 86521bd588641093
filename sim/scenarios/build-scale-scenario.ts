// Large fleets for load tests: N management clusters x M clusters x K machines, all pre-created
// fully reconciled (streamed, never all in memory at once here) so that controllers only see changes.
import { buildManagementClusterBase } from './build-management-cluster-base';
import { capiProviders, infraProvider } from './build-provider-inventory';
import { buildReconciledCluster } from './build-reconciled-cluster';
import { buildClassVariables } from './class-variables';
import { createScenarioRandom } from './create-random';
import { CLASS_NAMESPACE, TEAMS, kubernetesVersion } from './demo-layout';
import { INFRA_PROVIDERS } from './infra-providers';
import { type ClassName, loadClusterClass } from './load-cluster-classes';
import { LABELS } from './naming';
import { resolveClassTemplates } from './resolve-class-templates';
import type { ManagementClusterPlan, Scenario, SeedObject } from './types';

export interface ScaleOptions {
  managementClusters: number;
  clustersPerMc: number;
  machinesPerCluster: number;
}

export const DEFAULT_SCALE: ScaleOptions = { managementClusters: 5, clustersPerMc: 2000, machinesPerCluster: 10 };

const SITES = ['eu-west', 'us-east', 'ap-south', 'eu-central', 'us-west'];
const CLASSES: ClassName[] = ['quick-start', 'aws-standard'];
/** Objects per cluster besides machines: Cluster, infra cluster, 2 secrets, 3 template clones, KCP, MD, MS, 2 MHCs. */
const FIXED_PER_CLUSTER = 12;
const PER_MACHINE = 4;

function* scaleObjects(options: { seed: number; mcIndex: number; scale: ScaleOptions; now: Date; capiDir: string; className: ClassName; base: SeedObject[] }): Generator<SeedObject> {
  const { scale, mcIndex, className } = options;
  yield* options.base;
  const random = createScenarioRandom(options.seed * 7919 + mcIndex);
  const templates = resolveClassTemplates(loadClusterClass({ name: className, capiDir: options.capiDir }));
  const site = SITES[mcIndex % SITES.length] ?? 'eu-west';
  const controlPlaneReplicas = scale.machinesPerCluster >= 4 ? 3 : 1;
  const workers = Math.max(0, scale.machinesPerCluster - controlPlaneReplicas);
  const workerClass = [...templates.workers.keys()][0] ?? 'default-worker';
  for (let i = 0; i < scale.clustersPerMc; i++) {
    const team = TEAMS[i % TEAMS.length] ?? 'payments';
    const minor = 30 + (i % 6);
    yield* buildReconciledCluster({
      random, provider: INFRA_PROVIDERS[className === 'aws-standard' ? 'aws' : 'docker'], templates,
      name: `${site}-${String(i).padStart(5, '0')}`, namespace: `team-${team}`, region: `${site}-1`,
      createdAt: new Date(options.now.getTime() - (1 + (i % 300)) * 86_400_000), version: kubernetesVersion(minor),
      controlPlaneReplicas, machineDeployments: workers > 0 ? [{ name: 'md-0', class: workerClass, replicas: workers }] : [],
      topology: true, classNamespace: CLASS_NAMESPACE, ipPrefix: `10.${i % 250}`,
      variables: buildClassVariables({ className, random, team, site, minor }),
      labels: { [LABELS.team]: team, environment: 'load-test' },
    });
  }
}

export function buildScaleScenario(options: { seed: number; now: Date; capiDir: string; scale?: Partial<ScaleOptions> }): Scenario {
  const scale = { ...DEFAULT_SCALE, ...options.scale };
  const managementClusters = Array.from({ length: scale.managementClusters }, (_, mcIndex): ManagementClusterPlan => {
    const className = CLASSES[mcIndex % CLASSES.length] ?? 'quick-start';
    const site = SITES[mcIndex % SITES.length] ?? 'eu-west';
    const base = buildManagementClusterBase({
      providers: [...capiProviders('v1.14.0'), className === 'aws-standard' ? infraProvider('aws', 'v2.11.1') : infraProvider('docker', 'v1.14.0')],
      classes: [className], classNamespace: CLASS_NAMESPACE, teams: TEAMS, capiDir: options.capiDir,
    });
    return {
      name: `mgmt-scale-${mcIndex + 1}`,
      displayName: `Scale ${mcIndex + 1} (${site})`,
      labels: { region: `${site}-1`, environment: 'load-test' },
      capiApi: 'v1beta2',
      objects: () => scaleObjects({ seed: options.seed, mcIndex, scale, now: options.now, capiDir: options.capiDir, className, base }),
      afterSeed: [],
      managedFields: false,
      objectCount: base.length + scale.clustersPerMc * (FIXED_PER_CLUSTER + PER_MACHINE * scale.machinesPerCluster),
    };
  });
  return {
    name: 'scale',
    seed: options.seed,
    description: `${scale.managementClusters} management clusters x ${scale.clustersPerMc} clusters x ${scale.machinesPerCluster} machines, pre-reconciled.`,
    managementClusters,
  };
}
