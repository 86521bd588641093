import { CLUSTER_RULES, GENERIC_RULES } from './rules-cluster';
import { INFRASTRUCTURE_RULES } from './rules-infrastructure';
import { type RootCauseRule } from './types';

/** Priority order: the first rule that matches wins (specific ones on the chain, then on side evidence, then generic). */
export const DEFAULT_ROOT_CAUSE_RULES: readonly RootCauseRule[] = [...INFRASTRUCTURE_RULES, ...CLUSTER_RULES, ...GENERIC_RULES];
