import { describe, expect, it } from 'vitest';
import { detectStuck } from '@/lib/capi';
import { configSchema } from '@/lib/config/config-schema';
import { stuckThresholdsFromConfig } from './stuck-thresholds-from-config';

describe('stuckThresholdsFromConfig', () => {
  it('maps the defaults and the per-ClusterClass overrides onto lib/capi activities', () => {
    const config = configSchema.parse({ policies: { stuckThresholds: { machineProvisioningMinutes: 10, byClusterClass: { 'metal-standard': { machineProvisioningMinutes: 60, deletionMinutes: 45 } } } } });
    expect(stuckThresholdsFromConfig(config.policies.stuckThresholds)).toEqual({
      defaults: { 'machine-provisioning': 10, 'cluster-provisioning': 30, deletion: 15, rollout: 20 },
      byClusterClass: { 'metal-standard': { 'machine-provisioning': 60, deletion: 45 } },
    });
  });

  it('refuses a per-class threshold that is not a positive number of minutes', () => {
    expect(configSchema.safeParse({ policies: { stuckThresholds: { byClusterClass: { slow: { deletionMinutes: 0 } } } } }).success).toBe(false);
  });

  it('is what detectStuck accepts as its thresholds', () => {
    const thresholds = stuckThresholdsFromConfig(configSchema.parse({}).policies.stuckThresholds);
    expect(detectStuck({ objects: [], now: new Date('2026-11-21T00:00:00Z'), thresholds })).toEqual([]);
  });
});
