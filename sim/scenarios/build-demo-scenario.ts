// The demo fleet: three management clusters (two CAPI v1.14, one v1.10), four ClusterClasses,
// five teams and 40 workload clusters in a deliberate mix of healthy, upgrading, deleting and stuck.
import { buildDemoCluster } from './build-demo-cluster';
import { buildManagementClusterBase } from './build-management-cluster-base';
import { createScenarioRandom } from './create-random';
import { CLASS_NAMESPACE, DEMO_LAYOUT, TEAMS } from './demo-layout';
import { loadClusterClass } from './load-cluster-classes';
import { resolveClassTemplates } from './resolve-class-templates';
import type { AfterSeedAction, ManagementClusterPlan, Scenario, SeedObject } from './types';

export function buildDemoScenario(options: { seed: number; now: Date; capiDir: string }): Scenario {
  const managementClusters = DEMO_LAYOUT.map((mc, mcIndex): ManagementClusterPlan => {
    const random = createScenarioRandom(options.seed * 31 + mcIndex);
    const teamOffset = random.int(0, TEAMS.length - 1);
    const objects: SeedObject[] = buildManagementClusterBase({ providers: mc.providers, classes: mc.classes, classNamespace: CLASS_NAMESPACE, teams: TEAMS, capiDir: options.capiDir });
    const afterSeed: AfterSeedAction[] = [];
    mc.slots.forEach((slot, slotIndex) => {
      const team = TEAMS[(teamOffset + slotIndex) % TEAMS.length] ?? 'payments';
      const templates = resolveClassTemplates(loadClusterClass({ name: slot.className, capiDir: options.capiDir }));
      const built = buildDemoCluster({ random, mc, mcIndex, slot, slotIndex, team, now: options.now, templates });
      objects.push(...built.objects);
      afterSeed.push(...built.afterSeed);
    });
    return {
      name: mc.name,
      displayName: mc.displayName,
      labels: { region: mc.region, environment: mc.environment },
      capiApi: mc.capiApi,
      objects: () => objects,
      afterSeed,
      managedFields: true,
      objectCount: objects.length,
    };
  });
  return {
    name: 'demo',
    seed: options.seed,
    description: 'Three management clusters, four ClusterClasses, five teams and 40 workload clusters: healthy, upgrading, deleting and stuck on faults.',
    managementClusters,
  };
}
