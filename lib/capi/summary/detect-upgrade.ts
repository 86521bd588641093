import { type NormalizedObject } from '../normalize/types';
import { sameKubeVersion } from '../skew/parse-version';

/**
 * A rollout to a new Kubernetes version is in progress when something that should run the target version does not
 * yet: the topology version is not yet on the control plane, KCP has not converged, a MachineDeployment template
 * lags, or a Machine's kubelet differs from its spec.version.
 */
export function isUpgrading(options: { cluster: NormalizedObject; controlPlane?: NormalizedObject; machineDeployments: NormalizedObject[]; machines: NormalizedObject[] }): boolean {
  const { cluster, controlPlane, machineDeployments, machines } = options;
  const target = cluster.topology?.version ?? controlPlane?.versions.desired;
  const differs = (version: string | undefined) => target !== undefined && version !== undefined && !sameKubeVersion(version, target);
  if (controlPlane && (differs(controlPlane.versions.desired) || differs(controlPlane.versions.observed))) return true;
  if (machineDeployments.some((md) => differs(md.versions.desired))) return true;
  return machines.some((m) => m.versions.desired !== undefined && m.versions.kubelet !== undefined && !sameKubeVersion(m.versions.desired, m.versions.kubelet));
}
