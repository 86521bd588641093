// The config file's stuck thresholds (minutes, named for people) as lib/capi's per-activity config.
import type { StuckThresholdConfig, StuckThresholds } from '@/lib/capi/stuck/types';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';

type Minutes = Partial<Omit<QuarterdeckConfig['policies']['stuckThresholds'], 'byClusterClass'>>;

function toActivities(minutes: Minutes): Partial<StuckThresholds> {
  const out: Partial<StuckThresholds> = {};
  if (minutes.machineProvisioningMinutes !== undefined) out['machine-provisioning'] = minutes.machineProvisioningMinutes;
  if (minutes.clusterProvisioningMinutes !== undefined) out['cluster-provisioning'] = minutes.clusterProvisioningMinutes;
  if (minutes.deletionMinutes !== undefined) out.deletion = minutes.deletionMinutes;
  if (minutes.rolloutWithoutProgressMinutes !== undefined) out.rollout = minutes.rolloutWithoutProgressMinutes;
  return out;
}

export function stuckThresholdsFromConfig(configured: QuarterdeckConfig['policies']['stuckThresholds']): StuckThresholdConfig {
  const { byClusterClass, ...defaults } = configured;
  return {
    defaults: toActivities(defaults),
    byClusterClass: Object.fromEntries(Object.entries(byClusterClass).map(([name, minutes]) => [name, toActivities(minutes)])),
  };
}
