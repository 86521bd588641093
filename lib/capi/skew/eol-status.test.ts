import { describe, expect, it } from 'vitest';
import { eolStatus } from './eol-status';
import { defaultReleaseCalendar, type ReleaseCalendar } from './release-calendar';

const custom: ReleaseCalendar = {
  lastUpdated: '2026-01-01',
  releases: [
    { minor: '1.40', releaseDate: '2027-01-01', endOfLifeDate: '2028-03-01' },
    { minor: '1.41', releaseDate: null, endOfLifeDate: null },
  ],
};

describe('eolStatus', () => {
  it.each([
    ['1.36', '2026-11-21', 'supported', 219],
    ['v1.35.2', '2027-01-01', 'ending-soon', 58],
    ['1.35', '2026-12-30', 'ending-soon', 60],
    ['1.35', '2026-12-29', 'supported', 61],
    ['1.34', '2026-10-27', 'ending-soon', 0],
    ['1.34', '2026-10-28', 'end-of-life', -1],
    ['v1.29.14+rke2r1', '2026-11-21', 'end-of-life', -631],
  ] as const)('reports %s on %s as %s', (minor, today, state, daysLeft) => {
    expect(eolStatus({ minor, today: new Date(`${today}T12:00:00Z`), calendar: defaultReleaseCalendar })).toMatchObject({ state, daysLeft });
  });

  it.each([
    ['a minor missing from the calendar', '1.23'],
    ['a release after the data', '1.41'],
    ['an unparsable version', 'latest'],
  ])('reports unknown for %s', (_label, minor) => {
    expect(eolStatus({ minor, today: new Date('2026-11-21'), calendar: custom }).state).toBe('unknown');
  });

  it('uses the calendar it is given', () => {
    expect(eolStatus({ minor: '1.40', today: new Date('2028-02-01T00:00:00Z'), calendar: custom })).toEqual({ state: 'ending-soon', minor: '1.40', endOfLifeDate: '2028-03-01', daysLeft: 29 });
  });

  it('ships a calendar for every minor from 1.24 to 1.36 with an update date', () => {
    const minors = defaultReleaseCalendar.releases.map((r) => r.minor);
    expect(minors).toEqual(Array.from({ length: 13 }, (_v, i) => `1.${24 + i}`));
    expect(defaultReleaseCalendar.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const release of defaultReleaseCalendar.releases) {
      if (release.releaseDate && release.endOfLifeDate) expect(release.endOfLifeDate > release.releaseDate).toBe(true);
    }
  });
});
