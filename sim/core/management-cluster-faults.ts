// Faults that act on a whole simulated management cluster (its API server), set at run time
// through the simulator's admin API. The API server reads this object on every request.

export interface ManagementClusterFaults {
  /** Refuse every connection (the socket is destroyed without a response). */
  unreachable: boolean;
  /** Extra latency added before every response, in milliseconds. */
  latencyMs: number;
  /** Close every open watch after this many milliseconds (null: never). */
  dropWatchesAfterMs: number | null;
  /** Fraction (0..1) of requests answered with a 500/503 Status. */
  errorRate: number;
  /** Answer every watch that gives a resourceVersion with 410 Gone (an "Expired" Status). */
  goneStorm: boolean;
}

export function createNoFaults(): ManagementClusterFaults {
  return { unreachable: false, latencyMs: 0, dropWatchesAfterMs: null, errorRate: 0, goneStorm: false };
}
