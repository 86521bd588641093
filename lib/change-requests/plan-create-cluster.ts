// A create-cluster request applies the manifest the catalog renders (after its own checks:
// class access, team namespace, allowed version, worker classes, variables).
import type { User } from '@/lib/auth/user';
import type { ClassSource } from '@/lib/catalog/class-object';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { prepareClusterRequest } from '@/lib/catalog/prepare-cluster-request';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { ApplyPlan } from './apply-plan';

export function planCreateCluster(options: { user: User; input: ClusterRequestInput; config: QuarterdeckConfig; source?: ClassSource }): ApplyPlan {
  const { manifest } = prepareClusterRequest({ user: options.user, input: options.input, config: options.config, source: options.source });
  // No resourceVersion: the object must not exist yet (the worker fails the request if it does).
  return { steps: [{ op: 'apply', fieldManager: 'quarterdeck', force: false, object: { ...manifest, metadata: { ...manifest.metadata } } }] };
}
