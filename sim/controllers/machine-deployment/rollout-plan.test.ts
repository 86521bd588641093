import { describe, expect, it } from 'vitest';
import { planRollout, rollingLimits } from './rollout-plan';

describe('planRollout', () => {
  it('surges the new MachineSet by maxSurge before scaling old ones down', () => {
    const plan = planRollout({ replicas: 3, surge: 1, unavailable: 0, newSet: { name: 'new', replicas: 0, available: 0 }, oldSets: [{ name: 'old', replicas: 3, available: 3 }] });
    expect(plan.newReplicas).toBe(1);
    expect(plan.oldReplicas.get('old')).toBe(3);
  });

  it('scales an old MachineSet down once the new machine is available', () => {
    const plan = planRollout({ replicas: 3, surge: 1, unavailable: 0, newSet: { name: 'new', replicas: 1, available: 1 }, oldSets: [{ name: 'old', replicas: 3, available: 3 }] });
    expect(plan.oldReplicas.get('old')).toBe(2);
    expect(plan.newReplicas).toBe(1);
  });

  it('scales down first when maxSurge is 0 and maxUnavailable is 1', () => {
    const plan = planRollout({ replicas: 3, surge: 0, unavailable: 1, newSet: { name: 'new', replicas: 0, available: 0 }, oldSets: [{ name: 'old', replicas: 3, available: 3 }] });
    expect(plan.oldReplicas.get('old')).toBe(2);
    expect(plan.newReplicas).toBe(0);
  });

  it('sets the new MachineSet to replicas when there is nothing to roll', () => {
    expect(planRollout({ replicas: 5, surge: 1, unavailable: 0, newSet: { name: 'new', replicas: 2, available: 2 }, oldSets: [] }).newReplicas).toBe(5);
  });

  it.each([
    [{ replicas: 10, maxSurge: '20%', maxUnavailable: 0 }, { surge: 2, unavailable: 0 }],
    [{ replicas: 3, maxSurge: undefined, maxUnavailable: undefined }, { surge: 1, unavailable: 0 }],
    [{ replicas: 3, maxSurge: 0, maxUnavailable: 0 }, { surge: 0, unavailable: 1 }],
  ])('resolves rolling limits %j', (input, expected) => {
    expect(rollingLimits(input)).toEqual(expected);
  });
});
