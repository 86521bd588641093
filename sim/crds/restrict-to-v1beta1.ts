// Cluster API v1.10 served its groups in v1beta1 only. For the capiApi 'v1beta1-only' option the CAPI
// CRDs (not the infrastructure providers', whose own v1beta2 predates CAPI's) serve just v1beta1, while
// the simulator keeps storing the v1beta2 form internally.
import type { ResourceType } from '../core/resource-type';
import type { CrdDocument } from './read-crd-documents';

const CAPI_FOLDERS = ['core/', 'bootstrap-kubeadm/', 'controlplane-kubeadm/', 'infrastructure-docker/'];

export function isCapiCrd(relativePath: string, crd: CrdDocument): boolean {
  return CAPI_FOLDERS.some((folder) => relativePath.startsWith(folder)) && crd.spec.versions.some((v) => v.name === 'v1beta1');
}

/** The CRD object as a v1.10 management cluster shows it: only v1beta1, which is also its storage version. */
export function restrictCrdToV1beta1(crd: CrdDocument): CrdDocument {
  const versions = crd.spec.versions.filter((v) => v.name === 'v1beta1').map((v) => ({ ...v, served: true, storage: true, deprecated: undefined, deprecationWarning: undefined }));
  return { ...crd, spec: { ...crd.spec, versions } };
}

/** The internal type: storage stays v1beta2, only v1beta1 is served. */
export function restrictTypeToV1beta1(type: ResourceType): ResourceType {
  return {
    ...type,
    versions: type.versions.map((v) => (v.name === 'v1beta1' ? { ...v, served: true, deprecated: undefined, deprecationWarning: undefined } : { ...v, served: false })),
  };
}
