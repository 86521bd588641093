import type { KubeObject } from '../../core/kube-object';
import { templateHash } from '../machine-deployment/template-hash';
import { LABEL_DEPLOYMENT_NAME, LABEL_MD_TEMPLATE_HASH } from '../kinds';
import type { ConditionInput } from '../runtime/conditions';
import type { ControllerContext } from '../runtime/context';
import { rec, str } from '../runtime/json';

/** UpToDate as the owner computes it: KCP compares version and template, a MachineDeployment its template hash. */
export function upToDateCondition(ctx: ControllerContext, machine: KubeObject): ConditionInput {
  const ns = machine.metadata.namespace;
  const version = str(rec(machine.spec).version) ?? '';
  const owner = machine.metadata.ownerReferences?.find((r) => r.controller);
  if (owner?.kind === 'KubeadmControlPlane') {
    const kcp = ctx.cache.get(owner.kind, ns, owner.name);
    const want = str(rec(kcp?.spec).version) ?? version;
    if (want !== version) return { type: 'UpToDate', status: 'False', reason: 'NotUpToDate', message: `* Version ${version}, ${want} required` };
    return { type: 'UpToDate', status: 'True', reason: 'UpToDate' };
  }
  const mdName = machine.metadata.labels?.[LABEL_DEPLOYMENT_NAME];
  const md = mdName ? ctx.cache.get('MachineDeployment', ns, mdName) : undefined;
  if (md && machine.metadata.labels?.[LABEL_MD_TEMPLATE_HASH] !== templateHash(md)) {
    const want = str(rec(rec(rec(md.spec).template).spec).version) ?? version;
    const infraWant = str(rec(rec(rec(rec(md.spec).template).spec).infrastructureRef).name);
    const message = want !== version ? `* Version ${version}, ${want} required` : `* InfrastructureMachine is not up-to-date${infraWant ? ` (${infraWant} required)` : ''}`;
    return { type: 'UpToDate', status: 'False', reason: 'NotUpToDate', message };
  }
  return { type: 'UpToDate', status: 'True', reason: 'UpToDate' };
}
