// A served resource type, built from a CRD (or from the built-in core types).
import type { GroupResource } from './kube-object';

export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  priority?: number;
  format?: string;
}

export interface ResourceVersionInfo {
  name: string; // 'v1beta2'
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  /** the CRD's deprecationWarning (kube-apiserver's default text when absent) */
  deprecationWarning?: string;
  /** openAPIV3Schema of this version (undefined for built-in core types). */
  schema?: Record<string, unknown>;
  printerColumns: PrinterColumn[];
  subresources: { status: boolean; scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string } };
}

export interface ResourceType extends GroupResource {
  kind: string;
  listKind: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  versions: ResourceVersionInfo[];
  /** name of the storage version */
  storageVersion: string;
}
