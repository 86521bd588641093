// The background loops of change requests, started once per server process (from
// instrumentation.ts): the outbox worker, the follower, the time-to-live check and webhook
// deliveries. Each loop waits for its previous pass; errors are logged and the loop goes on.
import { hostname } from 'node:os';
import { getConfig } from '@/lib/config/get-config';
import { getPrisma } from '@/lib/db/client';
import { deliverNotifications } from '@/lib/notifications/deliver-notifications';
import { logger } from '@/lib/observability/logger';
import { expireEphemeralClusters } from './expire-ephemeral-clusters';
import { followChangeRequests } from './follow-change-requests';
import { runOutboxOnce } from './run-outbox-once';

export interface ChangeRequestLoops {
  stop: () => void;
}

const holder = globalThis as typeof globalThis & { __quarterdeckChangeRequestLoops?: ChangeRequestLoops };

function every(name: string, intervalMs: number, pass: () => Promise<unknown>): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async (): Promise<void> => {
    try {
      await pass();
    } catch (error) {
      logger.warn(`change request loop ${name} failed`, { error: error instanceof Error ? error.message : String(error) });
    }
    if (!stopped) schedule();
  };
  // unref: the loops never keep a finished process alive.
  const schedule = (): void => {
    timer = setTimeout(() => void tick(), intervalMs);
    timer.unref();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Starts the loops once; without DATABASE_URL there is nothing to work on. */
export function ensureChangeRequestLoops(): ChangeRequestLoops | undefined {
  if (holder.__quarterdeckChangeRequestLoops) return holder.__quarterdeckChangeRequestLoops;
  if (!process.env.DATABASE_URL) return undefined;
  const deps = () => ({ prisma: getPrisma(), config: getConfig().config });
  const workerId = `${hostname()}:${process.pid}`;
  const stops = [
    every('outbox', 1_000, () => runOutboxOnce({ ...deps(), workerId, leaseMs: 120_000 })),
    every('follow', 3_000, () => followChangeRequests(deps())),
    every('ttl', 30_000, () => expireEphemeralClusters(deps())),
    every('notifications', 5_000, () => deliverNotifications(deps())),
  ];
  const loops = { stop: () => stops.forEach((stop) => stop()) };
  holder.__quarterdeckChangeRequestLoops = loops;
  logger.info('change request loops started', { workerId });
  return loops;
}
