// Topology clones ClusterClass templates: either into the object itself (DevClusterTemplate →
// DevCluster, KubeadmControlPlaneTemplate → KubeadmControlPlane) or into a per-cluster copy of
// the template (DevMachineTemplate → <cluster>-md-0-xxxxx).
import type { KubeObject } from '../../core/kube-object';
import { ANNOTATION_CLONED_FROM_GROUPKIND, ANNOTATION_CLONED_FROM_NAME, groupOf, LABEL_CLUSTER_NAME, LABEL_TOPOLOGY_OWNED } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

export interface ClassTemplateRef {
  apiVersion: string;
  kind: string;
  name: string;
}

export function classRef(value: unknown): ClassTemplateRef | undefined {
  const ref = rec(rec(value).templateRef ?? value);
  const kind = str(ref.kind);
  const name = str(ref.name);
  return kind && name ? { apiVersion: str(ref.apiVersion) ?? '', kind, name } : undefined;
}

export function readTemplate(ctx: ControllerContext, namespace: string | undefined, ref: ClassTemplateRef): KubeObject {
  const template = ctx.store.get(ctx.gr(ref.kind), namespace, ref.name);
  if (!template) throw new Error(`failed to get ${ref.kind} ${namespace ?? ''}/${ref.name}: ${ref.kind}.${groupOf(ref.apiVersion)} "${ref.name}" not found`);
  return template;
}

export function clonedObject(options: { cluster: KubeObject; template: KubeObject; kind: string; name: string; spec: Record<string, unknown>; labels?: Record<string, string> }): KubeObject {
  const { cluster, template } = options;
  return {
    apiVersion: template.apiVersion,
    kind: options.kind,
    metadata: {
      name: options.name,
      namespace: cluster.metadata.namespace,
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
      labels: { [LABEL_CLUSTER_NAME]: cluster.metadata.name, [LABEL_TOPOLOGY_OWNED]: '', ...options.labels },
      annotations: { [ANNOTATION_CLONED_FROM_NAME]: template.metadata.name, [ANNOTATION_CLONED_FROM_GROUPKIND]: `${template.kind}.${groupOf(template.apiVersion)}` },
      ownerReferences: [{ apiVersion: cluster.apiVersion, kind: 'Cluster', name: cluster.metadata.name, uid: cluster.metadata.uid }],
    },
    spec: options.spec,
  };
}

/** Copies a template for this cluster (KCP and MachineDeployments reference per-cluster template copies). */
export function cloneTemplate(options: { ctx: ControllerContext; cluster: KubeObject; cc: KubeObject; ref: ClassTemplateRef; name: string; labels?: Record<string, string> }): KubeObject {
  // templates live with the ClusterClass (possibly another namespace); copies go to the Cluster's
  const template = readTemplate(options.ctx, options.cc.metadata.namespace, options.ref);
  const created = options.ctx.create(clonedObject({ cluster: options.cluster, template, kind: template.kind, name: options.name, spec: structuredClone(rec(template.spec)), labels: options.labels }));
  if (!created) throw new Error(`failed to create ${template.kind} ${options.name}`);
  options.ctx.event(options.cluster, { type: 'Normal', reason: 'TopologyCreate', message: `Created ${template.kind} "${options.cluster.metadata.namespace ?? ''}/${options.name}"`, component: 'topology/cluster-controller' });
  return created;
}
