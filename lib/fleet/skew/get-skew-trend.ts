import { getPrisma } from '@/lib/db/client';

export interface TrendPoint {
  day: string;
  /** Clusters per control-plane minor that day. */
  controlPlane: Record<string, number>;
  /** Clusters per lowest worker minor that day. */
  workers: Record<string, number>;
}

/** The version mix over the last `days` days, from the daily snapshots. */
export async function getSkewTrend(options: { days: number; managementCluster?: string; team?: string }): Promise<TrendPoint[]> {
  const since = new Date(Date.now() - options.days * 86_400_000);
  const rows = await getPrisma().versionSnapshot.findMany({
    where: { day: { gte: since }, ...(options.managementCluster ? { managementCluster: options.managementCluster } : {}), ...(options.team ? { team: options.team } : {}) },
    orderBy: { day: 'asc' },
  });
  const points = new Map<string, TrendPoint>();
  for (const row of rows) {
    const day = row.day.toISOString().slice(0, 10);
    let point = points.get(day);
    if (!point) points.set(day, (point = { day, controlPlane: {}, workers: {} }));
    point.controlPlane[row.controlPlaneMinor] = (point.controlPlane[row.controlPlaneMinor] ?? 0) + row.clusters;
    point.workers[row.workerMinor] = (point.workers[row.workerMinor] ?? 0) + row.clusters;
  }
  return [...points.values()];
}
