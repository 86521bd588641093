import { describe, expect, it } from 'vitest';
import { nextFollowState } from './follow-change-requests';

describe('nextFollowState', () => {
  it.each([
    ['applied', { phase: 'Provisioning', available: false }, 'provisioning'],
    ['applied', { phase: null, available: null }, null],
    ['applied', { phase: 'Provisioned', available: true }, 'ready'],
    ['provisioning', { phase: 'Provisioning', available: false }, null],
    ['provisioning', { phase: 'Provisioned', available: true }, 'ready'],
    ['provisioning', { phase: 'Failed', available: false }, 'failed'],
  ])('moves a %s request with %o to %s', (state, progress, expected) => {
    expect(nextFollowState(state, { ...progress, stuckReason: null })).toBe(expected);
  });
});
