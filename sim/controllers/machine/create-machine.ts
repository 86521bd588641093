// Creates a Machine with its infrastructure machine and bootstrap config, cloned from templates,
// the way MachineSet and KubeadmControlPlane do (all three share the Machine's name).
import type { KubeObject, OwnerReference } from '../../core/kube-object';
import { ANNOTATION_CLONED_FROM_GROUPKIND, ANNOTATION_CLONED_FROM_NAME, BOOTSTRAP_API_VERSION, BOOTSTRAP_GROUP, CORE_API_VERSION, groupOf } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

export interface TemplateRef {
  apiGroup?: string;
  kind: string;
  name: string;
}

export interface CreateMachineOptions {
  owner: KubeObject;
  name: string;
  clusterName: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  version: string | undefined;
  infraTemplate: TemplateRef;
  bootstrapTemplate?: TemplateRef;
  bootstrapSpec?: Record<string, unknown>;
  failureDomain?: string;
  extraSpec?: Record<string, unknown>;
}

function meta(o: CreateMachineOptions, owner: OwnerReference, annotations?: Record<string, string>): KubeObject['metadata'] {
  return { name: o.name, namespace: o.owner.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: '', labels: { ...o.labels }, annotations, ownerReferences: [owner] };
}

export function createMachine(ctx: ControllerContext, o: CreateMachineOptions): KubeObject {
  const ns = o.owner.metadata.namespace;
  const infraTemplate = ctx.store.get(ctx.gr(o.infraTemplate.kind), ns, o.infraTemplate.name);
  if (!infraTemplate) throw new Error(`${o.infraTemplate.kind}.${o.infraTemplate.apiGroup ?? ''} "${o.infraTemplate.name}" not found`);
  const bootstrapTemplate = o.bootstrapTemplate ? ctx.store.get(ctx.gr(o.bootstrapTemplate.kind), ns, o.bootstrapTemplate.name) : undefined;
  if (o.bootstrapTemplate && !bootstrapTemplate) throw new Error(`${o.bootstrapTemplate.kind}.${o.bootstrapTemplate.apiGroup ?? ''} "${o.bootstrapTemplate.name}" not found`);
  const infraKind = o.infraTemplate.kind.replace(/Template$/, '');
  const infraGroup = groupOf(infraTemplate.apiVersion);
  const machine = ctx.create({
    apiVersion: CORE_API_VERSION,
    kind: 'Machine',
    metadata: meta(o, { apiVersion: o.owner.apiVersion, kind: o.owner.kind, name: o.owner.metadata.name, uid: o.owner.metadata.uid, controller: true, blockOwnerDeletion: true }, o.annotations),
    spec: {
      clusterName: o.clusterName,
      bootstrap: { configRef: { apiGroup: BOOTSTRAP_GROUP, kind: 'KubeadmConfig', name: o.name } },
      infrastructureRef: { apiGroup: infraGroup, kind: infraKind, name: o.name },
      ...(o.version ? { version: o.version } : {}),
      ...(o.failureDomain ? { failureDomain: o.failureDomain } : {}),
      ...o.extraSpec,
    },
  });
  if (!machine) throw new Error(`failed to create Machine ${o.name}`);
  const owner: OwnerReference = { apiVersion: CORE_API_VERSION, kind: 'Machine', name: machine.metadata.name, uid: machine.metadata.uid, controller: true, blockOwnerDeletion: true };
  const cloned = (t: KubeObject): Record<string, string> => ({ [ANNOTATION_CLONED_FROM_NAME]: t.metadata.name, [ANNOTATION_CLONED_FROM_GROUPKIND]: `${t.kind}.${groupOf(t.apiVersion)}` });
  const infraSpec = structuredClone(rec(rec(rec(infraTemplate.spec).template).spec));
  if (o.failureDomain && infraKind.startsWith('AWS')) infraSpec.failureDomain = o.failureDomain;
  ctx.create({ apiVersion: infraTemplate.apiVersion, kind: infraKind, metadata: meta(o, owner, cloned(infraTemplate)), spec: infraSpec });
  const bootstrapSpec = bootstrapTemplate ? structuredClone(rec(rec(rec(bootstrapTemplate.spec).template).spec)) : structuredClone(o.bootstrapSpec ?? {});
  ctx.create({ apiVersion: bootstrapTemplate?.apiVersion ?? BOOTSTRAP_API_VERSION, kind: 'KubeadmConfig', metadata: meta(o, owner, bootstrapTemplate ? cloned(bootstrapTemplate) : undefined), spec: bootstrapSpec });
  return machine;
}

export function templateRefOf(value: unknown): TemplateRef | undefined {
  const ref = rec(value);
  const kind = str(ref.kind);
  const name = str(ref.name);
  return kind && name ? { apiGroup: str(ref.apiGroup), kind, name } : undefined;
}
