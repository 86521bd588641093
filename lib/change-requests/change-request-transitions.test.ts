import { describe, expect, it } from 'vitest';
import { CHANGE_REQUEST_STATES, type ChangeRequestState } from '@/lib/db/enums';
import { canTransition, TERMINAL_STATES } from './change-request-transitions';

const allowed: [ChangeRequestState, ChangeRequestState][] = [
  ['pending', 'approved'],
  ['pending', 'rejected'],
  ['pending', 'cancelled'],
  ['pending', 'expired'],
  ['approved', 'applying'],
  ['approved', 'cancelled'],
  ['applying', 'applied'],
  ['applying', 'failed'],
  ['applying', 'pending'],
  ['applied', 'provisioning'],
  ['applied', 'ready'],
  ['applied', 'failed'],
  ['provisioning', 'ready'],
  ['provisioning', 'failed'],
  ['ready', 'expired'],
];

const allPairs = CHANGE_REQUEST_STATES.flatMap((from) => CHANGE_REQUEST_STATES.map((to): [ChangeRequestState, ChangeRequestState] => [from, to]));

describe('change request transitions', () => {
  it.each(allPairs)('allows %s → %s only when the table lists it', (from, to) => {
    const expected = allowed.some(([a, b]) => a === from && b === to);

    expect(canTransition(from, to)).toBe(expected);
  });

  it.each(TERMINAL_STATES.map((state) => [state]))('leaves no way out of %s', (state) => {
    expect(CHANGE_REQUEST_STATES.filter((to) => canTransition(state, to))).toEqual([]);
  });
});
