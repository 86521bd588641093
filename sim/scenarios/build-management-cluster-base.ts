// What every simulated management cluster starts with: provider inventory, the shared class
// namespace with its ClusterClasses and templates, and the team namespaces.
import { buildNamespace, buildProviderInventory, type InstalledProvider } from './build-provider-inventory';
import { type ClassName, loadClusterClass } from './load-cluster-classes';
import { LABELS } from './naming';
import type { SeedObject } from './types';

export function buildManagementClusterBase(options: { providers: readonly InstalledProvider[]; classes: readonly ClassName[]; classNamespace: string; teams: readonly string[]; capiDir: string }): SeedObject[] {
  const objects: SeedObject[] = [...buildProviderInventory(options.providers)];
  if (options.classes.length > 0) objects.push(buildNamespace(options.classNamespace, { 'quarterdeck.dev/purpose': 'cluster-classes' }));
  for (const team of options.teams) objects.push(buildNamespace(`team-${team}`, { [LABELS.team]: team }));
  for (const name of options.classes) {
    for (const object of loadClusterClass({ name, capiDir: options.capiDir })) {
      objects.push({ ...object, metadata: { ...object.metadata, namespace: options.classNamespace } });
    }
  }
  return objects;
}
