import { getConfig } from '@/lib/config/get-config';
import { getInformerFleet } from '@/lib/k8s/informers/get-informer-fleet';
import { createFleetSource } from './create-fleet-source';
import { FleetService } from './fleet-service';
import { startSnapshotScheduler } from './skew/start-snapshot-scheduler';

const holder = globalThis as typeof globalThis & { __quarterdeckFleetService?: FleetService };

/** The process-wide fleet service over the shared informers (started on first use). */
export function getFleetService(): FleetService {
  if (holder.__quarterdeckFleetService) return holder.__quarterdeckFleetService;
  const namespaceTeams = new Map<string, string>();
  for (const team of getConfig().config.teams) for (const namespace of team.namespaces) namespaceTeams.set(namespace, team.name);
  const service = new FleetService({ source: createFleetSource(getInformerFleet), namespaceTeams }).start();
  holder.__quarterdeckFleetService = service;
  startSnapshotScheduler(service);
  return service;
}
