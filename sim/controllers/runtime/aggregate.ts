// Aggregates one condition over many objects with CAPI's message layout:
//   * Machines a, b, c, ... (2 more):
//     * NodeHealthy: Waiting for a Node ...
import type { Condition } from '../../core/kube-object';
import type { KubeObject } from '../../core/kube-object';
import { findCondition, type ConditionInput } from './conditions';

export interface AggregateOptions {
  type: string;
  sourceType: string;
  objects: KubeObject[];
  reasons: { ok: string; notOk: string; unknown: string; none?: string };
  /** status used when there are no objects (absent: True) */
  noneStatus?: Condition['status'];
  noun?: string;
}

function indent(message: string): string {
  return message
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export function describeGroup(noun: string, names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? `, ... (${names.length - 3} more)` : '';
  return `* ${noun}${names.length > 1 ? 's' : ''} ${shown}${more}`;
}

export function aggregateCondition(options: AggregateOptions): ConditionInput {
  const noun = options.noun ?? options.objects[0]?.kind ?? 'Machine';
  if (!options.objects.length) return { type: options.type, status: options.noneStatus ?? 'True', reason: options.reasons.none ?? options.reasons.ok };
  const bad = new Map<string, string[]>();
  let sawFalse = false;
  let sawUnknown = false;
  for (const obj of options.objects) {
    const c = findCondition(obj, options.sourceType);
    const status = c?.status ?? 'Unknown';
    if (status === 'True') continue;
    if (status === 'False') sawFalse = true;
    else sawUnknown = true;
    const message = c?.message || (c ? c.reason ?? '' : `Condition ${options.sourceType} not yet reported`);
    const names = bad.get(message) ?? [];
    names.push(obj.metadata.name);
    bad.set(message, names);
  }
  if (!sawFalse && !sawUnknown) return { type: options.type, status: 'True', reason: options.reasons.ok };
  const lines = [...bad.entries()].slice(0, 3).map(([message, names]) => (message ? `${describeGroup(noun, names)}:\n${indent(message)}` : describeGroup(noun, names)));
  if (bad.size > 3) lines.push(`And ${bad.size - 3} more issues`);
  return sawFalse
    ? { type: options.type, status: 'False', reason: options.reasons.notOk, message: lines.join('\n') }
    : { type: options.type, status: 'Unknown', reason: options.reasons.unknown, message: lines.join('\n') };
}

/** Summary of sub-conditions on one object ("* InfrastructureReady: ..."), as used for Available/Ready. */
export function summarize(options: { type: string; obj: KubeObject; parts: { type: string; negative?: boolean; optional?: boolean }[]; reasons: { ok: string; notOk: string; unknown: string } }): ConditionInput {
  const issues: string[] = [];
  let sawFalse = false;
  for (const part of options.parts) {
    const c = findCondition(options.obj, part.type);
    if (!c) {
      if (part.optional) continue;
      issues.push(`* ${part.type}: Condition not yet reported`);
      continue;
    }
    const good = part.negative ? c.status === 'False' : c.status === 'True';
    if (good) continue;
    if (c.status === (part.negative ? 'True' : 'False')) sawFalse = true;
    const text = c.message || c.reason || '';
    issues.push(text.includes('\n') ? `* ${part.type}:\n${indent(text)}` : `* ${part.type}: ${text}`);
  }
  if (!issues.length) return { type: options.type, status: 'True', reason: options.reasons.ok };
  return { type: options.type, status: sawFalse ? 'False' : 'Unknown', reason: sawFalse ? options.reasons.notOk : options.reasons.unknown, message: issues.join('\n') };
}
