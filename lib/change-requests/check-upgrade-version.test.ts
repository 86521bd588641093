import { describe, expect, it } from 'vitest';
import { checkUpgradeVersion } from './check-upgrade-version';

describe('checkUpgradeVersion', () => {
  it.each([
    ['v1.33.1', 'v1.33.5'],
    ['v1.33.1', 'v1.34.0'],
    [undefined, 'v1.34.0'],
  ])('accepts %s → %s', (current, target) => {
    expect(() => checkUpgradeVersion({ current, target })).not.toThrow();
  });

  it.each([
    ['v1.33.1', 'v1.33.1', /must be newer/],
    ['v1.33.1', 'v1.32.9', /must be newer/],
    ['v1.32.9', 'v1.34.1', /one minor at a time/],
  ])('refuses %s → %s', (current, target, message) => {
    expect(() => checkUpgradeVersion({ current, target })).toThrow(message);
  });
});
