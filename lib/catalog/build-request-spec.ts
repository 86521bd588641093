// A validated request → the version-independent Cluster spec (with the owning team's label).
import type { ClusterRequestSpec } from '@/lib/capi/cluster-request/cluster-request-spec';
import { TEAM_LABEL } from '@/lib/capi/summary/summarize-cluster';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { CatalogEntry } from './catalog-types';
import type { ClusterRequestInput } from './cluster-request-input';
import { teamOfNamespace } from './user-access';

export function buildRequestSpec(options: { input: ClusterRequestInput; entry: CatalogEntry; config: QuarterdeckConfig }): ClusterRequestSpec {
  const { input, entry } = options;
  const team = teamOfNamespace({ config: options.config, namespace: input.namespace });
  return {
    namespace: input.namespace,
    name: input.name,
    classRef: { name: entry.name, namespace: entry.namespace },
    version: input.version,
    controlPlaneReplicas: input.controlPlaneReplicas,
    workers: input.workers.map((pool) => ({ class: pool.class, name: pool.name, replicas: pool.replicas, overrides: pool.overrides })),
    variables: input.variables,
    ...(team ? { labels: { [TEAM_LABEL]: team } } : {}),
  };
}
