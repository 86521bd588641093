import { getConfig } from '@/lib/config/get-config';
import { getFleetService } from '../get-fleet-service';
import { computeFleetSkew } from './compute-fleet-skew';
import { getReleaseCalendar } from './get-release-calendar';
import { type FleetSkewReport } from './skew-types';

const memo = globalThis as typeof globalThis & { __quarterdeckSkew?: { version: number; day: string; report: FleetSkewReport } };

/** The fleet's version-skew report, recomputed only when the fleet changed (or the day did). */
export function getFleetSkew(now = new Date()): FleetSkewReport {
  const fleet = getFleetService();
  const day = now.toISOString().slice(0, 10);
  const cached = memo.__quarterdeckSkew;
  if (cached && cached.version === fleet.version() && cached.day === day) return cached.report;
  const report = computeFleetSkew({
    summaries: [...fleet.allSummaries()],
    factsOf: (summary) => fleet.skewFactsOf(summary.id),
    calendar: getReleaseCalendar(getConfig().config),
    today: now,
  });
  memo.__quarterdeckSkew = { version: fleet.version(), day, report };
  return report;
}
