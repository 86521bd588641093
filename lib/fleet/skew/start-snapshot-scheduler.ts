import { logger } from '@/lib/observability/logger';
import { type FleetService } from '../fleet-service';
import { buildVersionSnapshot } from './build-version-snapshot';
import { recordVersionSnapshot } from './record-version-snapshot';

const FIRST_DELAY_MS = 60_000;
const EVERY_MS = 60 * 60_000;

/**
 * Daily version-mix snapshots for the trend chart: the current day's rows are rewritten every hour
 * (the last write of a day stands). A database outage is logged and retried at the next run.
 */
export function startSnapshotScheduler(fleet: FleetService): () => void {
  const run = () => {
    if (fleet.version() === 0) return;
    const rows = buildVersionSnapshot(fleet.allSummaries());
    recordVersionSnapshot({ day: new Date().toISOString().slice(0, 10), rows }).catch((error: unknown) => logger.warn('version snapshot not recorded', { error }));
  };
  const first = setTimeout(run, FIRST_DELAY_MS);
  const every = setInterval(run, EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
