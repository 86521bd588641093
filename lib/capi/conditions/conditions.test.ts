import { describe, expect, it } from 'vitest';
import { type NormalizedCondition } from '../normalize/types';
import { conditionColour, worstColour } from './condition-colour';
import { findCondition, summaryCondition } from './find-condition';

const cond = (type: string, status: NormalizedCondition['status'], severity?: NormalizedCondition['severity']): NormalizedCondition => ({ type, status, ...(severity !== undefined ? { severity } : {}) });

describe('conditionColour', () => {
  it.each([
    [cond('Available', 'True'), 'ok'],
    [cond('Available', 'False'), 'error'],
    [cond('Ready', 'False', 'Warning'), 'warning'],
    [cond('Ready', 'False', 'Info'), 'info'],
    [cond('Ready', 'Unknown'), 'unknown'],
    [undefined, 'unknown'],
    [cond('Paused', 'True'), 'warning'],
    [cond('Deleting', 'True'), 'warning'],
    [cond('Remediating', 'True'), 'warning'],
    [cond('RollingOut', 'True'), 'info'],
    [cond('ScalingUp', 'True'), 'info'],
    [cond('ScalingDown', 'True'), 'info'],
    [cond('Updating', 'True'), 'info'],
    [cond('Deleting', 'False'), 'ok'],
    [cond('RollingOut', 'False'), 'ok'],
  ] as const)('colours %j as %s', (condition, colour) => {
    expect(conditionColour(condition)).toBe(colour);
  });
});

describe('findCondition and summaryCondition', () => {
  const both = { conditions: [cond('Available', 'False'), cond('Ready', 'True')], v1beta1Conditions: [cond('Ready', 'False', 'Error')] };
  const onlyOld = { conditions: [], v1beta1Conditions: [cond('Ready', 'False', 'Warning')] };

  it.each([
    ['v1beta2', both, 'Available', 'False'],
    ['v1beta1', both, 'Ready', 'False'],
    ['v1beta2', onlyOld, 'Ready', 'False'],
  ] as const)('in %s mode shows the condition clusterctl would show', (mode, object, type, status) => {
    expect(summaryCondition(object, mode)).toMatchObject({ type, status });
  });

  it('falls back to the other family when the requested one is absent', () => {
    expect(findCondition(onlyOld, 'Ready', 'v1beta2')?.severity).toBe('Warning');
    expect(findCondition(both, 'Ready', 'v1beta1')?.status).toBe('False');
    expect(findCondition(both, 'Ready', 'v1beta2')?.status).toBe('True');
  });
});

describe('worstColour', () => {
  it.each([
    [[], 'unknown'],
    [[cond('MachinesReady', 'True'), cond('ScalingUp', 'False')], 'ok'],
    [[cond('MachinesReady', 'True'), cond('ScalingUp', 'True')], 'info'],
    [[cond('MachinesReady', 'False'), cond('Remediating', 'True')], 'error'],
    [[cond('RemediationAllowed', 'False', 'Warning')], 'warning'],
  ] as const)('colours an object with conditions %j as %s', (conditions, colour) => {
    expect(worstColour(conditions)).toBe(colour);
  });
});
