import { type PrismaClient } from '@/lib/db/client';
import { type StuckActivity } from '@/lib/capi/stuck/types';
import { type ActivityDurationRow } from './collect-durations';

export const HISTORY_DAYS = 30;
/** Per activity, ClusterClass and provider: enough for a stable p95 without one busy class crowding out the rest. */
export const HISTORY_PER_GROUP = 500;
export const HISTORY_MAX = 5_000;

/** Writes finished activities; rows already stored (same uid and activity) are skipped, so restarts re-write nothing. */
export async function writeActivityDurations(prisma: PrismaClient, rows: readonly ActivityDurationRow[]): Promise<void> {
  await prisma.activityDuration.createMany({ data: [...rows], skipDuplicates: true });
}

interface StoredRow extends Omit<ActivityDurationRow, 'activity'> {
  activity: string;
}

const isActivity = (value: string): value is StuckActivity => ['machine-provisioning', 'cluster-provisioning', 'deletion', 'rollout'].includes(value);

/** The recent history, oldest first: the last `HISTORY_DAYS` days, the newest `HISTORY_PER_GROUP` per group. */
export async function loadActivityDurations(prisma: PrismaClient, now: Date = new Date()): Promise<ActivityDurationRow[]> {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const rows = await prisma.$queryRaw<StoredRow[]>`
    SELECT "managementCluster", "kind", "namespace", "name", "uid", "activity", "clusterClass", "provider", "startedAt", "finishedAt", "seconds"
    FROM (
      SELECT *, row_number() OVER (PARTITION BY "activity", "clusterClass", "provider" ORDER BY "finishedAt" DESC) AS rank
      FROM "ActivityDuration" WHERE "finishedAt" >= ${since}
    ) recent
    WHERE rank <= ${HISTORY_PER_GROUP}
    ORDER BY "finishedAt" DESC
    LIMIT ${HISTORY_MAX}`;
  return rows.filter((row): row is StoredRow & { activity: StuckActivity } => isActivity(row.activity)).reverse();
}
