export interface BackoffOptions {
  /** Consecutive failures so far (1 for the first retry). */
  attempt: number;
  minMs?: number;
  maxMs?: number;
  /** Returns a number in [0, 1). */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half of the step is fixed, half random, so restarts of
 * many informers after a shared outage spread out instead of hitting the API server together.
 */
export function computeBackoffMs(options: BackoffOptions): number {
  const minMs = options.minMs ?? 1_000;
  const maxMs = options.maxMs ?? 30_000;
  const random = options.random ?? Math.random;
  const exponent = Math.max(0, Math.min(options.attempt - 1, 30));
  const step = Math.min(maxMs, minMs * 2 ** exponent);
  const delay = step / 2 + random() * (step / 2);
  return Math.round(Math.min(maxMs, Math.max(minMs, delay)));
}
