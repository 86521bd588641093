import { getRegistry } from '../registry/get-registry';
import { createInformerFleet, type InformerFleet } from './create-informer-fleet';

const holder = globalThis as typeof globalThis & { __quarterdeckInformerFleet?: InformerFleet };

/**
 * The process-wide informers, started on first use and shared by every request and tab (kept on
 * globalThis so Next.js dev reloads and separate route bundles reuse them).
 */
export function getInformerFleet(): InformerFleet {
  if (holder.__quarterdeckInformerFleet) return holder.__quarterdeckInformerFleet;
  const entries = getRegistry();
  const fleet = createInformerFleet({ entries });
  // Demo mode may start before the simulator wrote its manifest: only keep a non-empty fleet.
  if (entries.length > 0) holder.__quarterdeckInformerFleet = fleet;
  return fleet;
}

/** Stops every informer (process shutdown, tests). */
export function stopInformerFleet(): void {
  holder.__quarterdeckInformerFleet?.stop();
  holder.__quarterdeckInformerFleet = undefined;
}
