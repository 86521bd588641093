import { type GraphNodeCondition } from '../graph/types';

export type CauseClass =
  | 'infrastructure' | 'bootstrap' | 'control-plane' | 'workers-rollout' | 'addons-cni' | 'deletion' | 'paused' | 'connectivity' | 'unknown';

export interface Hint {
  /** What this usually means, in one or two sentences for on-call. */
  meaning: string;
  /** The next piece of evidence to look at. */
  nextEvidence: string;
}

/** A condition matcher: every given field must match (patterns are case-insensitive regular expressions). */
export interface RuleMatch {
  kinds?: string[];
  type?: string;
  status?: ('True' | 'False' | 'Unknown')[];
  reason?: string;
  message?: string;
}

export interface RootCauseRule {
  id: string;
  class: CauseClass;
  /** The rule matches when any of these matchers matches one failing condition. */
  match: RuleMatch[];
  hint: Hint;
  /** Generic rules are only tried after every specific rule found nothing on the chain and the side evidence. */
  generic?: boolean;
}

export interface ChainLink {
  objectId: string;
  kind: string;
  name: string;
  /** The condition clusterctl shows for the object. */
  condition?: GraphNodeCondition;
  /** Every condition of the object that is not in its normal state, most severe first. */
  failing: GraphNodeCondition[];
}

export interface RootCause {
  clusterId: string;
  classification: CauseClass;
  ruleId?: string;
  hint: Hint;
  /** From the Cluster down to the deepest failing object. */
  chain: ChainLink[];
  deepest?: ChainLink;
  /** The object and condition the rule matched (may be a side object such as a MachineHealthCheck). */
  evidence?: { objectId: string; condition: GraphNodeCondition };
}
