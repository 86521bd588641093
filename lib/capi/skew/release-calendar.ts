import { z } from 'zod';
import calendarJson from '../data/kubernetes-releases.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const releaseCalendarSchema = z.object({
  lastUpdated: isoDate,
  releases: z.array(
    z.object({
      minor: z.string().regex(/^\d+\.\d+$/),
      releaseDate: isoDate.nullable(),
      endOfLifeDate: isoDate.nullable(),
      endOfLifeKind: z.enum(['final', 'planned']).optional(),
    }),
  ),
});

export type ReleaseCalendar = z.infer<typeof releaseCalendarSchema>;
export type ReleaseEntry = ReleaseCalendar['releases'][number];

/** The calendar shipped with Quarterdeck; callers may pass their own (e.g. a vendor's extended support dates). */
export const defaultReleaseCalendar: ReleaseCalendar = releaseCalendarSchema.parse(calendarJson);
