import { minorKey } from './parse-version';
import { type ReleaseCalendar } from './release-calendar';

export type EolState = 'supported' | 'ending-soon' | 'end-of-life' | 'unknown';

export interface EolStatus {
  state: EolState;
  minor?: string;
  endOfLifeDate?: string;
  /** Whole days from `today` to the end-of-life date (negative once past). */
  daysLeft?: number;
}

export const ENDING_SOON_DAYS = 60;
const DAY_MS = 86_400_000;

/** Support status of a minor (`1.32`, or any `v1.32.x`) on `today`, per the given calendar. */
export function eolStatus(options: { minor: string; today: Date; calendar: ReleaseCalendar; endingSoonDays?: number }): EolStatus {
  const minor = minorKey(options.minor);
  if (!minor) return { state: 'unknown' };
  const entry = options.calendar.releases.find((release) => release.minor === minor);
  if (!entry?.endOfLifeDate) return { state: 'unknown', minor };
  // End of life is the whole EOL day: support ends after it, compared in UTC calendar days.
  const todayUtc = Date.UTC(options.today.getUTCFullYear(), options.today.getUTCMonth(), options.today.getUTCDate());
  const daysLeft = Math.round((Date.parse(`${entry.endOfLifeDate}T00:00:00Z`) - todayUtc) / DAY_MS);
  const base = { minor, endOfLifeDate: entry.endOfLifeDate, daysLeft };
  if (daysLeft < 0) return { state: 'end-of-life', ...base };
  if (daysLeft <= (options.endingSoonDays ?? ENDING_SOON_DAYS)) return { state: 'ending-soon', ...base };
  return { state: 'supported', ...base };
}
