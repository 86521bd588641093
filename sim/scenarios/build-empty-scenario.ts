// One management cluster with only the CRDs (served by the API server) and the provider inventory.
import { buildManagementClusterBase } from './build-management-cluster-base';
import { capiProviders, infraProvider } from './build-provider-inventory';
import type { Scenario } from './types';

export function buildEmptyScenario(options: { seed: number; capiDir: string }): Scenario {
  const objects = buildManagementClusterBase({
    providers: [...capiProviders('v1.14.0'), infraProvider('docker', 'v1.14.0')], classes: [], classNamespace: 'default', teams: [], capiDir: options.capiDir,
  });
  return {
    name: 'empty',
    seed: options.seed,
    description: 'One management cluster with the CAPI CRDs and provider inventory only.',
    managementClusters: [{ name: 'mgmt-empty', displayName: 'Empty', labels: { region: 'local', environment: 'development' }, capiApi: 'v1beta2', objects: () => objects, afterSeed: [], managedFields: true, objectCount: objects.length }],
  };
}
