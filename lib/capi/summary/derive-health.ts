import { findCondition, hasV1beta2Conditions } from '../conditions/find-condition';
import { type NormalizedCondition, type NormalizedObject } from '../normalize/types';
import { type ClusterHealth } from './types';

const PROVISIONING_PHASES = new Set(['Pending', 'Provisioning']);

function isStillProvisioning(cluster: NormalizedObject): boolean {
  if (cluster.phase && PROVISIONING_PHASES.has(cluster.phase)) return true;
  return cluster.initialization.controlPlaneInitialized === false || cluster.initialization.infrastructureProvisioned === false;
}

export interface HealthVerdict {
  health: ClusterHealth;
  condition?: NormalizedCondition;
}

/**
 * A v1beta2 Cluster has no Ready condition: its health comes from Available (plus MachinesReady for "degraded").
 * Clusters read from CAPI ≤ 1.8 (no v1beta2 conditions at all) fall back to the v1beta1 Ready and its severity.
 */
export function deriveClusterHealth(cluster: NormalizedObject): HealthVerdict {
  if (cluster.deletionTimestamp) return { health: 'deleting', condition: findCondition(cluster, 'Deleting') };
  if (cluster.paused) return { health: 'paused', condition: findCondition(cluster, 'Paused') };
  if (cluster.phase === 'Failed') return { health: 'failing' };
  if (hasV1beta2Conditions(cluster)) {
    const available = findCondition(cluster, 'Available');
    if (!available || available.status === 'Unknown') return { health: 'unknown', condition: available };
    if (available.status === 'False') return { health: isStillProvisioning(cluster) ? 'provisioning' : 'failing', condition: available };
    const machinesReady = findCondition(cluster, 'MachinesReady');
    const workersAvailable = findCondition(cluster, 'WorkersAvailable');
    const degraded = machinesReady?.status === 'False' || workersAvailable?.status === 'False';
    return { health: degraded ? 'degraded' : 'healthy', condition: available };
  }
  const ready = findCondition(cluster, 'Ready', 'v1beta1');
  if (!ready || ready.status === 'Unknown') return { health: 'unknown', condition: ready };
  if (ready.status === 'True') return { health: 'healthy', condition: ready };
  if (isStillProvisioning(cluster)) return { health: 'provisioning', condition: ready };
  return { health: ready.severity === 'Error' ? 'failing' : 'degraded', condition: ready };
}
