import { getPrisma } from '@/lib/db/client';
import { type SnapshotRow } from './build-version-snapshot';

/** Replaces the day's snapshot rows in one transaction (re-running the same day is idempotent). */
export async function recordVersionSnapshot(options: { day: string; rows: SnapshotRow[] }): Promise<void> {
  const day = new Date(`${options.day}T00:00:00Z`);
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.versionSnapshot.deleteMany({ where: { day } }),
    prisma.versionSnapshot.createMany({ data: options.rows.map((row) => ({ ...row, day })) }),
  ]);
}
