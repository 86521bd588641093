import type { KubeObject } from '../../core/kube-object';
import { ANNOTATION_PAUSED } from '../kinds';
import type { ControllerContext } from './context';
import type { ConditionInput } from './conditions';
import { rec } from './json';
import { clusterNameOf } from './object-cache';

export function clusterOf(ctx: ControllerContext, obj: KubeObject): KubeObject | undefined {
  const name = clusterNameOf(obj);
  return name ? ctx.cache.get('Cluster', obj.metadata.namespace, name) : undefined;
}

/** The Paused condition as util/paused sets it: spec.paused on the Cluster or the paused annotation. */
export function pausedCondition(ctx: ControllerContext, obj: KubeObject): ConditionInput {
  const cluster = obj.kind === 'Cluster' ? obj : clusterOf(ctx, obj);
  const messages: string[] = [];
  if (rec(cluster?.spec).paused === true) messages.push('Cluster spec.paused is set to true');
  if (obj.metadata.annotations?.[ANNOTATION_PAUSED] !== undefined) messages.push(`${obj.kind} has the cluster.x-k8s.io/paused annotation`);
  return messages.length
    ? { type: 'Paused', status: 'True', reason: 'Paused', message: messages.join(', ') }
    : { type: 'Paused', status: 'False', reason: 'NotPaused' };
}

export function isPaused(ctx: ControllerContext, obj: KubeObject): boolean {
  return pausedCondition(ctx, obj).status === 'True';
}
