import { type NormalizedCondition } from '../normalize/types';

export type ColourClass = 'ok' | 'warning' | 'error' | 'info' | 'unknown';

/** Negative-polarity conditions: True is the notable state, False the normal one. */
export const INVERTED_CONDITIONS: ReadonlySet<string> = new Set(['Paused', 'Deleting', 'RollingOut', 'ScalingUp', 'ScalingDown', 'Remediating', 'Updating']);

/** Of the inverted ones, these deserve attention rather than a neutral "something is happening". */
const INVERTED_WARNINGS: ReadonlySet<string> = new Set(['Paused', 'Deleting', 'Remediating']);

export function conditionColour(condition: NormalizedCondition | undefined): ColourClass {
  if (!condition || condition.status === 'Unknown') return 'unknown';
  if (INVERTED_CONDITIONS.has(condition.type)) {
    if (condition.status === 'False') return 'ok';
    return INVERTED_WARNINGS.has(condition.type) ? 'warning' : 'info';
  }
  if (condition.status === 'True') return 'ok';
  if (condition.severity === 'Info') return 'info';
  if (condition.severity === 'Warning') return 'warning';
  return 'error';
}

const WORST: readonly ColourClass[] = ['error', 'warning', 'unknown', 'info', 'ok'];

/**
 * Colour of an object without an Available/Ready condition (MachineSet, MachineHealthCheck, ClusterClass in v1beta2):
 * the worst colour among its conditions, `unknown` when it has none.
 */
export function worstColour(conditions: readonly NormalizedCondition[]): ColourClass {
  if (conditions.length === 0) return 'unknown';
  const colours = new Set(conditions.map((c) => conditionColour(c)));
  return WORST.find((c) => colours.has(c)) ?? 'unknown';
}
