// A ResourceType from a CRD document (what the API server serves for it).
import type { ResourceType } from '../core/resource-type';
import type { CrdDocument } from './read-crd-documents';

const DEFAULT_COLUMNS = [{ name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' }];

export function crdToResourceType(crd: CrdDocument): ResourceType {
  const { names } = crd.spec;
  const storage = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
  return {
    group: crd.spec.group,
    resource: names.plural,
    kind: names.kind,
    listKind: names.listKind ?? `${names.kind}List`,
    singular: names.singular ?? names.kind.toLowerCase(),
    namespaced: crd.spec.scope === 'Namespaced',
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    storageVersion: storage?.name ?? '',
    versions: crd.spec.versions.map((v) => ({
      name: v.name,
      served: v.served,
      storage: v.storage,
      deprecated: v.deprecated,
      deprecationWarning: v.deprecationWarning,
      schema: v.schema?.openAPIV3Schema,
      printerColumns: v.additionalPrinterColumns ?? DEFAULT_COLUMNS,
      subresources: { status: v.subresources?.status !== undefined, scale: v.subresources?.scale },
    })),
  };
}
