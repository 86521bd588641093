// A v1beta2 reference names only the API group; v1beta1 needs a full apiVersion. Like CAPI,
// use the version the referenced CRD stores (from the CRDs in shared/capi).
import { findCapiCrd } from '../schema/load-capi-crds';

const cache = new Map<string, string>();

function storageVersion(crd: Record<string, unknown>): string | undefined {
  const versions = (crd.spec as { versions?: { name?: unknown; storage?: unknown }[] } | undefined)?.versions ?? [];
  const stored = versions.find((v) => v.storage === true)?.name;
  return typeof stored === 'string' ? stored : undefined;
}

export function refApiVersion(options: { group: string; kind: string }): string {
  const { group, kind } = options;
  if (group === '') return 'v1';
  const key = `${group}/${kind}`;
  let version = cache.get(key);
  if (version === undefined) {
    const crd = findCapiCrd({ group, kind });
    version = (crd && storageVersion(crd.crd)) ?? 'v1beta2';
    cache.set(key, version);
  }
  return `${group}/${version}`;
}
