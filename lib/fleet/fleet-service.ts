// The live fleet: one index per management cluster fed by the shared informer caches, cluster
// summaries recomputed only for clusters that changed, changes coalesced (≥100 ms) into a
// versioned log that server-sent-event streams follow. Nothing here waits on a management cluster.
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { groupByCluster } from '@/lib/capi/summary/group-by-cluster';
import { summarizeCluster } from '@/lib/capi/summary/summarize-cluster';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { logger } from '@/lib/observability/logger';
import { ClusterObjectIndex } from './cluster-object-index';
import { computeClusterSkew } from './skew/compute-cluster-skew';
import { type ClusterSkewFacts } from './skew/skew-types';
import { FleetChangeLog, type FleetChange } from './fleet-change-log';
import { type FleetSource, type SourceCache, type SourceEvent, type SourceObject } from './fleet-source';

const ATTACH_EVERY_TICKS = 10;

export interface FleetServiceOptions {
  source: FleetSource;
  /** Namespace → team, from the configuration. */
  namespaceTeams: ReadonlyMap<string, string>;
  coalesceMs?: number;
  now?: () => Date;
}

export class FleetService {
  private readonly summaries = new Map<string, ClusterSummary>();
  /** Version-skew facts per cluster, computed when the cluster changes (not per request). */
  private readonly skewFacts = new Map<string, ClusterSkewFacts>();
  private readonly indexes = new Map<string, ClusterObjectIndex>();
  private readonly attached = new Map<string, () => void>();
  /** `managementCluster|Kind.group` → its cache, to read raw objects on demand. */
  private readonly caches = new Map<string, SourceCache>();
  private readonly dirty = new Map<string, Set<string>>();
  private readonly log = new FleetChangeLog();
  private readonly listeners = new Set<(change: FleetChange) => void>();
  private versionCounter = 0;
  private ticks = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: FleetServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): this {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.options.coalesceMs ?? 100);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    for (const detach of this.attached.values()) detach();
    this.attached.clear();
    this.caches.clear();
  }

  version(): number {
    return this.versionCounter;
  }

  allSummaries(): IterableIterator<ClusterSummary> {
    return this.summaries.values();
  }

  skewFactsOf(id: string): ClusterSkewFacts | undefined {
    return this.skewFacts.get(id);
  }

  summary(id: string): ClusterSummary | undefined {
    return this.summaries.get(id);
  }

  /** Raw objects of one workload cluster (YAML views), decoded from the informer caches on demand. */
  rawObjects(options: { managementCluster: string; namespace: string; name: string }): SourceObject[] {
    const raw: SourceObject[] = [];
    for (const object of this.normalizedObjects(options)) {
      const found = this.caches.get(`${options.managementCluster}|${object.kind}.${object.apiGroup}`)?.get(object.namespace || undefined, object.name);
      if (found) raw.push(found);
    }
    return raw;
  }

  /** Normalized objects of one workload cluster (cached per resourceVersion). */
  normalizedObjects(options: { managementCluster: string; namespace: string; name: string }): NormalizedObject[] {
    return this.indexes.get(options.managementCluster)?.objectsOf(`${options.namespace}/${options.name}`) ?? [];
  }

  changesSince(version: number): FleetChange[] | null {
    return this.log.since(version);
  }

  subscribe(listener: (change: FleetChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Publishes what changed (every 100 ms); looks for caches that discovery added only every 10th
   * tick, since walking every management cluster's informers is not free and they appear rarely.
   */
  tick(): void {
    try {
      if (this.ticks++ % ATTACH_EVERY_TICKS === 0) this.attachNewCaches();
      this.flush();
    } catch (error) {
      logger.error('fleet service tick failed', { error });
    }
  }

  private markDirty(managementCluster: string, keys: string[]): void {
    if (keys.length === 0) return;
    let set = this.dirty.get(managementCluster);
    if (!set) this.dirty.set(managementCluster, (set = new Set()));
    for (const key of keys) set.add(key);
  }

  private attachNewCaches(): void {
    for (const managementCluster of this.options.source.managementClusters()) {
      let index = this.indexes.get(managementCluster);
      if (!index) this.indexes.set(managementCluster, (index = new ClusterObjectIndex()));
      for (const cache of this.options.source.caches(managementCluster)) {
        const id = `${managementCluster}|${cache.key}`;
        if (this.attached.has(id) || cache.kind === 'Event') continue;
        const target = index;
        const onEvent = (event: SourceEvent) => this.markDirty(managementCluster, event.type === 'deleted' ? target.remove(event.object) : target.upsert(event.object));
        this.attached.set(id, cache.subscribe(onEvent));
        this.caches.set(`${managementCluster}|${cache.kind}.${cache.group}`, cache);
        for (const object of cache.list()) onEvent({ type: 'added', object });
      }
    }
  }

  private flush(): void {
    if (this.dirty.size === 0) return;
    const changed: string[] = [];
    const removed: string[] = [];
    const now = this.now();
    for (const [managementCluster, keys] of this.dirty) {
      const index = this.indexes.get(managementCluster);
      for (const key of keys) {
        const id = `${managementCluster}/${key}`;
        const bundle = index ? groupByCluster(index.objectsOf(key)).get(key) : undefined;
        if (!bundle) {
          this.skewFacts.delete(id);
          if (this.summaries.delete(id)) removed.push(id);
          continue;
        }
        const teamLabel = this.options.namespaceTeams.get(bundle.cluster.namespace);
        const summary = summarizeCluster({
          cluster: bundle.cluster,
          controlPlane: bundle.controlPlane,
          machineDeployments: bundle.machineDeployments,
          machineSets: bundle.machineSets,
          machines: bundle.machines,
          managementCluster,
          now,
          ...(teamLabel ? { teamLabel } : {}),
        });
        // One id string per cluster for its lifetime: the change log keeps ids of thousands of flushes.
        summary.id = this.summaries.get(id)?.id ?? id;
        this.summaries.set(summary.id, summary);
        this.skewFacts.set(summary.id, computeClusterSkew({ summary, controlPlane: bundle.controlPlane, machines: bundle.machines }));
        changed.push(summary.id);
      }
    }
    this.dirty.clear();
    if (changed.length === 0 && removed.length === 0) return;
    this.versionCounter += 1;
    const change: FleetChange = { version: this.versionCounter, changed, removed, at: Date.now() };
    this.log.append(change);
    for (const listener of this.listeners) listener(change);
  }
}
