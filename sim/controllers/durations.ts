// Simulated durations in milliseconds of simulated time; the clock divides them by its speed.
// Defaults follow what a Docker/cloud provider typically takes; each wait gets seeded jitter.

export interface Durations {
  /** reconcile of a created object that has no real wait (topology, MachineSet creating machines) */
  reconcileMs: number;
  /** infrastructure cluster (network, load balancer) */
  infraClusterMs: number;
  /** bootstrap data (KubeadmConfig → Secret) */
  bootstrapMs: number;
  /** infrastructure machine (VM/container) provisioning */
  machineProvisionMs: number;
  /** kubelet joins and the Node appears */
  nodeJoinMs: number;
  /** Node becomes Ready after joining (CNI up) */
  nodeReadyMs: number;
  /** node drain when a Machine is deleted */
  drainMs: number;
  /** infrastructure machine teardown */
  machineDeleteMs: number;
  /** infrastructure cluster teardown */
  infraClusterDeleteMs: number;
  /** how often a MachineHealthCheck re-evaluates its targets */
  healthCheckIntervalMs: number;
  /** retry period for failing operations (faults), as controllers requeue on error */
  retryMs: number;
  /** relative jitter applied to each wait (0.25 = ±25%) */
  jitter: number;
}

export const DEFAULT_DURATIONS: Durations = {
  reconcileMs: 1_000,
  infraClusterMs: 60_000,
  bootstrapMs: 5_000,
  machineProvisionMs: 180_000,
  nodeJoinMs: 60_000,
  nodeReadyMs: 30_000,
  drainMs: 20_000,
  machineDeleteMs: 30_000,
  infraClusterDeleteMs: 30_000,
  healthCheckIntervalMs: 30_000,
  retryMs: 60_000,
  jitter: 0.33,
};

export function resolveDurations(overrides: Partial<Durations> = {}): Durations {
  return { ...DEFAULT_DURATIONS, ...overrides };
}
