// The per-cluster copy of a class template that the topology controller creates and references.
import { type ClusterBuild, seededMetadata } from './cluster-build';
import { controllerRef, LABELS } from './naming';
import type { ResolvedTemplate } from './resolve-class-templates';
import type { SeedObject } from './types';

export function buildTemplateClone(options: { build: ClusterBuild; template: ResolvedTemplate; name: string; topology: boolean; labels?: Record<string, string> }): SeedObject {
  const { build, template } = options;
  return {
    apiVersion: template.ref.apiVersion,
    kind: template.ref.kind,
    metadata: {
      ...seededMetadata(build, {
        name: options.name,
        createdAfterSeconds: 1,
        labels: { ...(options.topology ? { [LABELS.topologyOwned]: '' } : {}), ...options.labels },
        annotations: { 'cluster.x-k8s.io/cloned-from-name': template.ref.name, 'cluster.x-k8s.io/cloned-from-groupkind': `${template.ref.kind}.${template.ref.apiVersion.split('/')[0] ?? ''}` },
      }),
      ownerReferences: [{ ...controllerRef(build.cluster), controller: false }],
    },
    spec: { template: { spec: structuredClone(template.spec) } },
  };
}
