// Pure parsing of discovery documents (/apis and /apis/<group>/<version>).
import { z } from 'zod';
import { CAPI_GROUP, apiVersionOf, isCapiFamilyGroup, type DiscoveredGroup, type DiscoveredResource } from './discovered-apis';

const groupVersionSchema = z.looseObject({ groupVersion: z.string(), version: z.string() });

const apiGroupListSchema = z.looseObject({
  groups: z.array(
    z.looseObject({
      name: z.string(),
      versions: z.array(groupVersionSchema),
      preferredVersion: groupVersionSchema.optional(),
    }),
  ),
});

const apiResourceListSchema = z.looseObject({
  groupVersion: z.string().optional(),
  resources: z.array(
    z.looseObject({
      name: z.string(),
      kind: z.string(),
      namespaced: z.boolean(),
      verbs: z.array(z.string()).default([]),
    }),
  ),
});

// CAPI v1.11+ serves v1beta2 and v1beta1; older management clusters (v1.10 and before) only v1beta1.
const CAPI_VERSION_PREFERENCE = ['v1beta2', 'v1beta1'];

function chooseVersion(options: { name: string; served: string[]; preferred: string | undefined }): string | undefined {
  if (options.name === CAPI_GROUP) {
    const known = CAPI_VERSION_PREFERENCE.find((version) => options.served.includes(version));
    if (known) return known;
  }
  return options.preferred ?? options.served[0];
}

/** The CAPI-family groups of an APIGroupList, each with the version to read. */
export function parseCapiGroups(body: unknown): DiscoveredGroup[] {
  const list = apiGroupListSchema.parse(body);
  const groups: DiscoveredGroup[] = [];
  for (const group of list.groups) {
    if (!isCapiFamilyGroup(group.name)) continue;
    const servedVersions = group.versions.map((entry) => entry.version);
    const version = chooseVersion({ name: group.name, served: servedVersions, preferred: group.preferredVersion?.version });
    if (version) groups.push({ name: group.name, version, servedVersions });
  }
  return groups.sort((left, right) => left.name.localeCompare(right.name));
}

/** Top-level resources of an APIResourceList (subresources such as `clusters/status` are dropped). */
export function parseResourceList(options: { group: string; version: string; body: unknown }): DiscoveredResource[] {
  const list = apiResourceListSchema.parse(options.body);
  return list.resources
    .filter((resource) => !resource.name.includes('/'))
    .map((resource) => ({
      group: options.group,
      version: options.version,
      apiVersion: apiVersionOf(options),
      plural: resource.name,
      kind: resource.kind,
      namespaced: resource.namespaced,
      verbs: resource.verbs,
    }));
}
