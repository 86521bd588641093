// The stuck-deletion fault: an extra finalizer (as a crashed third-party controller would leave)
// that is never removed while the fault is active, so deletion never completes.
import type { KubeObject } from '../../core/kube-object';
import { FINALIZER_STUCK } from '../kinds';
import type { ControllerContext } from '../runtime/context';
import { activeFault } from './active-fault';

/** Adds or removes the stuck finalizer; returns the object to continue with (undefined once gone). */
export function syncStuckFinalizer(ctx: ControllerContext, obj: KubeObject): KubeObject | undefined {
  const want = activeFault(ctx, obj) === 'stuck-deletion';
  const has = obj.metadata.finalizers?.includes(FINALIZER_STUCK) ?? false;
  if (want === has) return obj;
  // a new finalizer cannot be added to an object that is already being deleted
  if (want && obj.metadata.deletionTimestamp) return obj;
  const updated = ctx.patch(obj, (d) => {
    const rest = (d.metadata.finalizers ?? []).filter((f) => f !== FINALIZER_STUCK);
    d.metadata.finalizers = want ? [...rest, FINALIZER_STUCK] : rest;
  });
  return updated && ctx.store.get(ctx.gr(obj.kind), obj.metadata.namespace, obj.metadata.name) ? updated : undefined;
}
