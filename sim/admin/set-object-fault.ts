// Sets or clears the fault annotation on a Cluster or MachineDeployment, as a user would with
// `kubectl annotate`; the simulated controllers pick the change up from their watch.
import { FAULT_ANNOTATION, type ObjectFault } from '../core/fault-names';
import type { KubeObject } from '../core/kube-object';
import { ApiError } from '../core/api-error';
import type { ObjectTarget } from './admin-schemas';
import type { AdminTarget } from './admin-target';

const FIELD_MANAGER = 'quarterdeck-sim-admin';

export function setObjectFault(options: { target: AdminTarget; object: ObjectTarget; fault: ObjectFault | undefined }): KubeObject {
  const { target, object } = options;
  const gr = target.resolveCapiKind(object.kind);
  const live = target.store.get(gr, object.namespace, object.name);
  if (!live) throw ApiError.notFound(gr, object.name);
  const next: KubeObject = structuredClone(live);
  const annotations = { ...next.metadata.annotations };
  if (options.fault) annotations[FAULT_ANNOTATION] = options.fault;
  else delete annotations[FAULT_ANNOTATION];
  next.metadata.annotations = annotations;
  return target.store.update(gr, next, { fieldManager: FIELD_MANAGER });
}
