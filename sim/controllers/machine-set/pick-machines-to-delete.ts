import type { SimRandom } from '../../clock/create-random';
import type { KubeObject } from '../../core/kube-object';
import { ANNOTATION_DELETE_MACHINE } from '../kinds';
import { isTrue } from '../runtime/conditions';

// MachineSet delete priority: machines annotated for deletion, then unhealthy ones, then by policy.
function priority(m: KubeObject): number {
  if (m.metadata.annotations?.[ANNOTATION_DELETE_MACHINE] !== undefined) return 0;
  if (!isTrue(m, 'Ready')) return 1;
  return 2;
}

export function pickMachinesToDelete(options: { machines: KubeObject[]; count: number; order: string; random: SimRandom }): KubeObject[] {
  const created = (m: KubeObject): number => Date.parse(m.metadata.creationTimestamp) || 0;
  const keyed = options.machines.map((m) => ({ m, p: priority(m), r: options.random.next() }));
  keyed.sort((a, b) => {
    if (a.p !== b.p) return a.p - b.p;
    if (options.order === 'Newest') return created(b.m) - created(a.m) || b.m.metadata.name.localeCompare(a.m.metadata.name);
    if (options.order === 'Oldest') return created(a.m) - created(b.m) || a.m.metadata.name.localeCompare(b.m.metadata.name);
    return a.r - b.r;
  });
  return keyed.slice(0, Math.max(0, options.count)).map((k) => k.m);
}
