import { defaultReleaseCalendar, type ReleaseCalendar } from '@/lib/capi/skew/release-calendar';
import { type QuarterdeckConfig } from '@/lib/config/config-schema';

/** The shipped calendar with the configuration's per-minor corrections applied. */
export function getReleaseCalendar(config: QuarterdeckConfig): ReleaseCalendar {
  const overrides = config.policies.releaseCalendarOverrides;
  if (overrides.length === 0) return defaultReleaseCalendar;
  const releases = defaultReleaseCalendar.releases.map((release) => ({ ...release }));
  for (const override of overrides) {
    let entry = releases.find((release) => release.minor === override.minor);
    if (!entry) releases.push((entry = { minor: override.minor, releaseDate: null, endOfLifeDate: null }));
    if (override.releaseDate !== undefined) entry.releaseDate = override.releaseDate;
    if (override.endOfLifeDate !== undefined) entry.endOfLifeDate = override.endOfLifeDate;
  }
  return { lastUpdated: defaultReleaseCalendar.lastUpdated, releases };
}
