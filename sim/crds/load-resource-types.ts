// Builds the served resource types of a simulated management cluster from the CRD YAML files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../core/kube-object';
import type { ResourceType } from '../core/resource-type';
import { BUILTIN_TYPES } from './builtin-types';
import { crdToResourceType } from './crd-to-resource-type';
import { readCrdDocuments, type CrdDocument } from './read-crd-documents';
import { ResourceCatalog, type CapiApi } from './resource-catalog';
import { isCapiCrd, restrictCrdToV1beta1, restrictTypeToV1beta1 } from './restrict-to-v1beta1';

const cache = new Map<string, ResourceCatalog>();

export function defaultCapiDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return process.env.QUARTERDECK_CAPI_DIR ?? path.resolve(repoRoot, '../shared/capi');
}

/** Cached per (capiDir, capiApi): every management cluster of a scenario shares one frozen catalog. */
export function loadResourceTypes(options: { capiDir?: string; capiApi?: CapiApi } = {}): ResourceCatalog {
  const capiDir = options.capiDir ?? defaultCapiDir();
  const capiApi = options.capiApi ?? 'v1beta2';
  const key = `${capiDir}\u0000${capiApi}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const types: ResourceType[] = [...BUILTIN_TYPES];
  const crdObjects: KubeObject[] = [];
  for (const { relativePath, crd } of readCrdDocuments(capiDir)) {
    const restrict = capiApi === 'v1beta1-only' && isCapiCrd(relativePath, crd);
    const type = crdToResourceType(crd);
    types.push(restrict ? restrictTypeToV1beta1(type) : type);
    crdObjects.push(toServedCrd(restrict ? restrictCrdToV1beta1(crd) : crd));
  }
  const catalog = new ResourceCatalog(types, crdObjects, capiApi);
  cache.set(key, catalog);
  return catalog;
}

function toServedCrd(crd: CrdDocument): KubeObject {
  const { names } = crd.spec;
  const acceptedNames = { ...names, listKind: names.listKind ?? `${names.kind}List`, singular: names.singular ?? names.kind.toLowerCase() };
  return {
    ...(crd as unknown as KubeObject),
    metadata: { ...crd.metadata } as KubeObject['metadata'],
    status: {
      acceptedNames,
      conditions: [
        { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found' },
        { type: 'Established', status: 'True', reason: 'InitialNamesAccepted', message: 'the initial names have been accepted' },
      ],
      storedVersions: crd.spec.versions.filter((v) => v.storage).map((v) => v.name),
    },
  };
}
