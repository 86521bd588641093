// Shapes the catalog API answers with. Type-only (importable by the UI).
import type { FormVariable } from '@/lib/capi/variables/variable-types';
import type { ClusterRequestInput } from './cluster-request-input';

export interface CatalogEntry {
  managementCluster: string;
  namespace: string;
  name: string;
  /** Annotation `quarterdeck.dev/description`, else derived from the class's templates. */
  description: string;
  /** Provider id from the infrastructure template kind (`aws`, `docker`, ...). */
  infrastructureProvider: string;
  /** Control-plane template kind, e.g. `KubeadmControlPlaneTemplate`. */
  controlPlaneKind: string;
  /** `spec.workers.machineDeployments[].class`. */
  workerClasses: string[];
  /** Kubernetes versions a request may pick (`spec.kubernetesVersions`, else `policies.kubernetesVersions`). */
  versions: string[];
  /** Teams that may use the class (`policies.classAccess`), or every team. */
  teams: string[] | 'all';
  /** The Cluster API version the management cluster serves (v1beta1 for CAPI v1.10 and older). */
  apiVersion: 'v1beta1' | 'v1beta2';
  variableCount: number;
}

export interface WorkerClassForm {
  class: string;
  /** Names of the variables a pool of this class may override (`variables.overrides`). */
  variables: string[];
}

export interface ClassForm {
  entry: CatalogEntry;
  variables: FormVariable[];
  workerClasses: WorkerClassForm[];
  versions: string[];
  /** Namespaces the user may create the cluster in (their teams' namespaces; every team's for an admin). */
  namespaces: string[];
  /** A ready-to-edit request: class defaults, name '', the user's first team namespace. */
  defaults: ClusterRequestInput;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface PreviewResult {
  manifest: object;
  yaml: string;
  dryRun: { ok: boolean; fieldErrors: FieldError[]; messages: string[] };
}
