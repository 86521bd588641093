// At start-up the controllers see every stored object. Objects a scenario seeded as fully
// reconciled are left alone until something about them changes (a real controller would resync
// them, rewriting 100k statuses for nothing); everything else is reconciled right away.
import type { KubeObject } from '../core/kube-object';
import { findCondition } from './runtime/conditions';
import { rec } from './runtime/json';

export function needsInitialReconcile(obj: KubeObject): boolean {
  if (obj.metadata.deletionTimestamp) return true;
  const status = rec(obj.status);
  if (!Object.keys(status).length) return true;
  switch (obj.kind) {
    case 'ClusterClass':
      return status.variables === undefined;
    case 'MachineHealthCheck':
      return status.expectedMachines === undefined;
    case 'KubeadmConfig':
      return rec(status.initialization).dataSecretCreated !== true;
    case 'Machine':
      return status.phase !== 'Running' || findCondition(obj, 'Ready')?.status !== 'True';
    default:
      break;
  }
  const settled = findCondition(obj, 'Available') ?? findCondition(obj, 'Ready');
  if (settled) return settled.status !== 'True';
  return status.ready !== true && rec(status.initialization).provisioned !== true;
}
