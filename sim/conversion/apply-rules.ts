// Replays conversion rules over a JSON object in one direction.
import type { ConversionRule, Direction } from './conversion-rule';
import { durationToSeconds, secondsToDuration } from './go-duration';
import { getPath, isJsonObject, setPath, takePath, type Json } from './json-path';
import { refApiVersion } from './ref-api-version';

export interface RuleContext {
  direction: Direction;
  /** namespace of the converted object: v1beta1 references carry it explicitly */
  namespace: string | undefined;
}

function convertRef(value: unknown, ctx: RuleContext, contract: boolean): unknown {
  if (!isJsonObject(value)) return value;
  if (ctx.direction === 'up') {
    const { apiVersion, kind, name } = value;
    const group = typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    return contract ? { apiGroup: group, kind, name } : { apiVersion, kind, name };
  }
  const { apiGroup, apiVersion, kind, name } = value;
  const version = contract && typeof apiGroup === 'string' && typeof kind === 'string' ? refApiVersion({ group: apiGroup, kind }) : apiVersion;
  const ref: Json = { apiVersion: version, kind, name };
  if (ctx.namespace) ref.namespace = ctx.namespace;
  return ref;
}

function convertDuration(value: unknown, ctx: RuleContext): unknown {
  if (ctx.direction === 'up') return typeof value === 'string' ? (durationToSeconds(value) ?? value) : value;
  return typeof value === 'number' ? secondsToDuration(value) : value;
}

function convertArgs(value: unknown, ctx: RuleContext): unknown {
  if (ctx.direction === 'up') {
    if (!isJsonObject(value)) return value;
    return Object.keys(value).sort().map((name) => ({ name, value: value[name] }));
  }
  if (!Array.isArray(value)) return value;
  return Object.fromEntries(value.filter(isJsonObject).map((arg) => [arg.name, arg.value]));
}

function convertNamedMap(value: unknown, ctx: RuleContext): unknown {
  if (ctx.direction === 'up') {
    if (!isJsonObject(value)) return value;
    return Object.keys(value).sort().map((name) => ({ name, ...(isJsonObject(value[name]) ? value[name] : {}) }));
  }
  if (!Array.isArray(value)) return value;
  return Object.fromEntries(value.filter(isJsonObject).map(({ name, ...rest }) => [name, rest]));
}

function convertNodeRef(value: unknown, ctx: RuleContext): unknown {
  if (!isJsonObject(value)) return value;
  return ctx.direction === 'up' ? { name: value.name } : { apiVersion: 'v1', kind: 'Node', name: value.name };
}

function relocate(options: { scope: Json; from: string; to: string; transform: (value: unknown) => unknown }): void {
  const { scope, from, to, transform } = options;
  const value = takePath(scope, from);
  if (value === undefined) return;
  setPath(scope, to, transform(value));
}

function applyRule(scope: Json, rule: ConversionRule, ctx: RuleContext): void {
  const up = ctx.direction === 'up';
  switch (rule.op) {
    case 'drop':
      if (up) takePath(scope, rule.v1beta1);
      return;
    case 'nodeRef':
    case 'argsMap':
    case 'namedMap': {
      const value = getPath(scope, rule.path);
      if (value === undefined) return;
      const convert = rule.op === 'nodeRef' ? convertNodeRef : rule.op === 'argsMap' ? convertArgs : convertNamedMap;
      setPath(scope, rule.path, convert(value, ctx));
      return;
    }
    default:
      break;
  }
  const from = up ? rule.v1beta1 : rule.v1beta2;
  const to = up ? rule.v1beta2 : rule.v1beta1;
  if (rule.op === 'within' || rule.op === 'each') {
    const target = getPath(scope, from);
    if (rule.op === 'within' && isJsonObject(target)) applyRules(target, rule.rules, ctx);
    if (rule.op === 'each' && Array.isArray(target)) for (const item of target) if (isJsonObject(item)) applyRules(item, rule.rules, ctx);
    if (from !== to) relocate({ scope, from, to, transform: (v) => v });
    return;
  }
  const transform =
    rule.op === 'duration'
      ? (v: unknown) => convertDuration(v, ctx)
      : rule.op === 'contractRef' || rule.op === 'templateRef'
        ? (v: unknown) => convertRef(v, ctx, rule.op === 'contractRef')
        : (v: unknown) => v;
  relocate({ scope, from, to, transform });
}

export function applyRules(scope: Json, rules: ConversionRule[], ctx: RuleContext): void {
  const ordered = ctx.direction === 'up' ? rules : [...rules].reverse();
  for (const rule of ordered) applyRule(scope, rule, ctx);
}
