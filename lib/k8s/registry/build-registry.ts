// Builds the list of management clusters: the config file's entries; with none configured,
// every context of $KUBECONFIG (or ~/.kube/config); in demo mode, the simulator's manifest.
import { KubeConfig } from '@kubernetes/client-node';
import type { ManagementClusterConfig, QuarterdeckConfig } from '@/lib/config/config-schema';
import { checkKubeconfigSafety } from './check-kubeconfig-safety';
import type { Environment } from './environment';
import { defaultKubeconfigPaths, loadKubeconfigFiles } from './load-kubeconfig-files';
import type { ManagementClusterEntry, ManagementClusterSource } from './management-cluster-entry';
import { readSimulatorManifest, simulatorStateDir } from './read-simulator-manifest';
import { restrictKubeconfig } from './restrict-kubeconfig';

export interface BuildRegistryOptions {
  config: Pick<QuarterdeckConfig, 'managementClusters'>;
  demo: boolean;
  env?: Environment;
  /** Only for tests: replaces KubeConfig.loadFromCluster. */
  loadInCluster?: () => KubeConfig;
}

interface EntrySpec {
  config: ManagementClusterConfig;
  source: ManagementClusterSource;
  paths: string[];
}

function loadInClusterConfig(): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromCluster();
  return kubeConfig;
}

// Parse errors from the YAML library quote the offending lines, which may hold credentials:
// only the file list goes into the message.
function loadFiles(paths: string[]): KubeConfig {
  try {
    return loadKubeconfigFiles(paths);
  } catch {
    throw new Error(`the kubeconfig (${paths.join(', ')}) could not be parsed`);
  }
}

function buildEntry(spec: EntrySpec, options: BuildRegistryOptions): ManagementClusterEntry {
  const { config } = spec;
  const base = { name: config.name, displayName: config.displayName ?? config.name, labels: config.labels, source: spec.source };
  try {
    const kubeConfig = config.inCluster
      ? (options.loadInCluster ?? loadInClusterConfig)()
      : restrictKubeconfig({ kubeConfig: loadFiles(spec.paths), context: config.context ?? config.name });
    // The in-cluster config is built by client-node itself (its "tokenFile" auth-provider reads the
    // service-account token); only kubeconfigs that come from outside are checked.
    const safety = config.inCluster
      ? ({ safe: true } as const)
      : checkKubeconfigSafety({ managementCluster: config.name, kubeConfig, allowUnsafeKubeconfig: config.allowUnsafeKubeconfig });
    if (!safety.safe) return { ...base, kubeConfig: null, refusal: safety.reasons.join('; ') };
    return { ...base, kubeConfig, refusal: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the kubeconfig could not be loaded';
    return { ...base, kubeConfig: null, refusal: `management cluster "${config.name}": ${reason}` };
  }
}

const DEFAULTS = { labels: {}, inCluster: false, allowUnsafeKubeconfig: false };

function specsFromKubeconfig(env: Environment): EntrySpec[] {
  const paths = defaultKubeconfigPaths(env);
  const kubeConfig = loadFiles(paths);
  return kubeConfig.getContexts().map((context) => ({
    config: { ...DEFAULTS, name: context.name, context: context.name },
    source: 'kubeconfig',
    paths,
  }));
}

function specsFromSimulator(env: Environment): EntrySpec[] {
  return readSimulatorManifest(simulatorStateDir(env)).map((cluster) => ({
    config: { ...DEFAULTS, name: cluster.name, displayName: cluster.displayName, labels: cluster.labels, context: cluster.context },
    source: 'demo',
    paths: [cluster.kubeconfig],
  }));
}

export function buildRegistry(options: BuildRegistryOptions): ManagementClusterEntry[] {
  const env = options.env ?? process.env;
  const configured = options.config.managementClusters;
  let specs: EntrySpec[];
  if (configured.length > 0) {
    specs = configured.map((config) => ({
      config,
      source: config.inCluster ? 'in-cluster' : 'config',
      paths: config.kubeconfig ? [config.kubeconfig] : defaultKubeconfigPaths(env),
    }));
  } else if (options.demo) {
    specs = specsFromSimulator(env);
  } else {
    specs = specsFromKubeconfig(env);
  }
  return specs.map((spec) => buildEntry(spec, options));
}
