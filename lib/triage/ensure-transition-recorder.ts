import { getPrisma } from '@/lib/db/client';
import { getFleetService } from '@/lib/fleet/get-fleet-service';
import { logger } from '@/lib/observability/logger';
import { loadActivityDurations, writeActivityDurations } from './activity-duration-store';
import { TransitionRecorder } from './transition-recorder';

const holder = globalThis as typeof globalThis & { __quarterdeckTransitionRecorder?: TransitionRecorder };

/**
 * Starts the process-wide condition transition recorder once (lazily, from the triage services).
 * Without DATABASE_URL nothing is recorded; with it, an outage only delays the writes. The
 * duration history is loaded from the database in the background.
 */
export function ensureTransitionRecorder(): TransitionRecorder | undefined {
  if (holder.__quarterdeckTransitionRecorder) return holder.__quarterdeckTransitionRecorder;
  if (!process.env.DATABASE_URL) return undefined;
  const recorder = new TransitionRecorder({
    fleet: getFleetService(),
    write: async (rows) => {
      await getPrisma().conditionTransition.createMany({ data: rows, skipDuplicates: true });
    },
    writeDurations: (rows) => writeActivityDurations(getPrisma(), rows),
    loadDurations: () => loadActivityDurations(getPrisma()),
  });
  holder.__quarterdeckTransitionRecorder = recorder.start();
  logger.info('condition transition recorder started');
  return recorder;
}
