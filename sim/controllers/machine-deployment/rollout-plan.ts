// The rolling-update arithmetic of the MachineDeployment controller (same as Deployments):
// surge the new MachineSet up to replicas+maxSurge, then scale old ones down while at least
// replicas-maxUnavailable machines stay available.

export interface SetState {
  name: string;
  replicas: number; // spec.replicas
  available: number;
}

export function resolveIntOrPercent(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.endsWith('%')) {
    const pct = Number(value.slice(0, -1));
    const raw = (pct * total) / 100;
    return roundUp ? Math.ceil(raw) : Math.floor(raw);
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return -1;
}

export function rollingLimits(options: { replicas: number; maxSurge: unknown; maxUnavailable: unknown }): { surge: number; unavailable: number } {
  let surge = resolveIntOrPercent(options.maxSurge ?? 1, options.replicas, true);
  let unavailable = resolveIntOrPercent(options.maxUnavailable ?? 0, options.replicas, false);
  if (surge < 0) surge = 1;
  if (unavailable < 0) unavailable = 0;
  if (surge === 0 && unavailable === 0) unavailable = 1; // as in Kubernetes, avoid a stuck rollout
  return { surge, unavailable };
}

export interface RolloutPlan {
  newReplicas: number;
  oldReplicas: Map<string, number>;
}

export function planRollout(options: { replicas: number; surge: number; unavailable: number; newSet: SetState; oldSets: SetState[] }): RolloutPlan {
  const { replicas, surge, unavailable, newSet, oldSets } = options;
  const oldTotal = oldSets.reduce((n, s) => n + s.replicas, 0);
  const total = oldTotal + newSet.replicas;
  let newReplicas = newSet.replicas;
  if (!oldSets.length || oldTotal === 0) newReplicas = replicas;
  else if (total < replicas + surge && newSet.replicas < replicas) newReplicas = Math.min(replicas, newSet.replicas + (replicas + surge - total));
  else if (newSet.replicas > replicas) newReplicas = replicas;
  const oldReplicas = new Map(oldSets.map((s) => [s.name, s.replicas]));
  const minAvailable = replicas - unavailable;
  const available = oldSets.reduce((n, s) => n + s.available, 0) + newSet.available;
  const newUnavailable = newSet.replicas - newSet.available;
  let budget = Math.min(available - minAvailable, total - minAvailable - newUnavailable);
  // old machines that are not available can always go: they do not count towards availability
  for (const s of oldSets) {
    const unavailableOld = Math.max(0, s.replicas - s.available);
    oldReplicas.set(s.name, s.replicas - unavailableOld);
  }
  for (const s of [...oldSets].reverse()) {
    if (budget <= 0) break;
    const current = oldReplicas.get(s.name) ?? 0;
    const cut = Math.min(current, budget);
    oldReplicas.set(s.name, current - cut);
    budget -= cut;
  }
  return { newReplicas, oldReplicas };
}
