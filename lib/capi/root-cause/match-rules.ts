import { type GraphNodeCondition } from '../graph/types';
import { type ChainLink, type RootCauseRule, type RuleMatch } from './types';

const cache = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = new RegExp(source, 'i');
    cache.set(source, compiled);
  }
  return compiled;
}

function full(source: string): RegExp {
  return pattern(`^(?:${source})$`);
}

function matchesCondition(match: RuleMatch, kind: string, condition: GraphNodeCondition | undefined): boolean {
  if (match.kinds && !match.kinds.includes(kind)) return false;
  if (!condition) return match.type === undefined && match.reason === undefined && match.message === undefined && match.status === undefined && match.kinds !== undefined;
  if (match.type && !full(match.type).test(condition.type)) return false;
  if (match.status && !match.status.includes(condition.status)) return false;
  if (match.reason && !full(match.reason).test(condition.reason ?? '')) return false;
  if (match.message && !pattern(match.message).test(condition.message ?? '')) return false;
  return true;
}

/** The first failing condition of `link` that one of the rule's matchers accepts. */
export function matchRule(rule: RootCauseRule, link: ChainLink): GraphNodeCondition | undefined {
  for (const match of rule.match) {
    if (link.failing.length === 0 && matchesCondition(match, link.kind, undefined)) return link.condition;
    for (const condition of link.failing) if (matchesCondition(match, link.kind, condition)) return condition;
  }
  return undefined;
}

export interface RuleHit {
  rule: RootCauseRule;
  link: ChainLink;
  condition: GraphNodeCondition;
}

/** Tries links in order (deepest first) and, for each, the rules in priority order. */
export function firstHit(links: readonly ChainLink[], rules: readonly RootCauseRule[]): RuleHit | undefined {
  for (const link of links) {
    for (const rule of rules) {
      const condition = matchRule(rule, link);
      if (condition) return { rule, link, condition };
    }
  }
  return undefined;
}
