import { type NormalizedObject } from '../normalize/types';
import { compareKubeVersions, type KubeVersion, minorDistance, parseKubeVersion } from './parse-version';

export type SkewRule = 'kubelet-newer-than-apiserver' | 'kubelet-too-old' | 'control-plane-minor-spread' | 'mixed-worker-minors';

export interface SkewFinding {
  severity: 'violation' | 'warning';
  rule: SkewRule;
  message: string;
  /** Ids of the objects involved (Machines, or the control plane). */
  objectIds: string[];
}

const CONTROL_PLANE_LABEL = 'cluster.x-k8s.io/control-plane';

/** Kubernetes ≥ 1.28 allows kubelets 3 minors older than kube-apiserver; before that, 2. */
export function maxKubeletLag(apiserver: KubeVersion): number {
  return apiserver.major > 1 || apiserver.minor >= 28 ? 3 : 2;
}

const fmt = (v: KubeVersion) => `${v.major}.${v.minor}`;

function controlPlaneVersions(controlPlane: NormalizedObject | undefined, cpMachines: NormalizedObject[]): { version: KubeVersion; id: string }[] {
  const fromMachines = cpMachines.flatMap((m) => {
    const version = parseKubeVersion(m.versions.kubelet);
    return version ? [{ version, id: m.id }] : [];
  });
  if (fromMachines.length > 0) return fromMachines;
  const version = parseKubeVersion(controlPlane?.versions.observed ?? controlPlane?.versions.desired);
  return version && controlPlane ? [{ version, id: controlPlane.id }] : [];
}

/**
 * Version skew policy checks for one cluster (https://kubernetes.io/releases/version-skew-policy/). kube-apiserver
 * versions are read from the control-plane nodes' kubelets (kubeadm runs them in lockstep), falling back to KCP.
 */
export function checkVersionSkew(options: { controlPlane?: NormalizedObject; machines: NormalizedObject[]; rolloutStalled?: boolean }): SkewFinding[] {
  const cpMachines = options.machines.filter((m) => m.labels[CONTROL_PLANE_LABEL] !== undefined);
  const workers = options.machines.filter((m) => m.labels[CONTROL_PLANE_LABEL] === undefined);
  const apiservers = controlPlaneVersions(options.controlPlane, cpMachines).sort((a, b) => compareKubeVersions(a.version, b.version));
  const oldest = apiservers[0];
  const newest = apiservers[apiservers.length - 1];
  const findings: SkewFinding[] = [];
  if (!oldest || !newest) return findings;
  if (minorDistance(newest.version, oldest.version) > 1) {
    findings.push({ severity: 'violation', rule: 'control-plane-minor-spread', message: `Control plane runs ${fmt(oldest.version)} and ${fmt(newest.version)}: more than one minor apart`, objectIds: [oldest.id, newest.id] });
  }
  const kubelets = workers.flatMap((m) => {
    const version = parseKubeVersion(m.versions.kubelet);
    return version ? [{ version, id: m.id }] : [];
  });
  const tooNew = kubelets.filter((k) => minorDistance(k.version, oldest.version) > 0);
  if (tooNew.length > 0) {
    findings.push({ severity: 'violation', rule: 'kubelet-newer-than-apiserver', message: `${tooNew.length} kubelet(s) newer than kube-apiserver ${fmt(oldest.version)}`, objectIds: tooNew.map((k) => k.id) });
  }
  const lag = maxKubeletLag(newest.version);
  const tooOld = kubelets.filter((k) => minorDistance(newest.version, k.version) > lag);
  if (tooOld.length > 0) {
    findings.push({ severity: 'violation', rule: 'kubelet-too-old', message: `${tooOld.length} kubelet(s) more than ${lag} minors older than kube-apiserver ${fmt(newest.version)}`, objectIds: tooOld.map((k) => k.id) });
  }
  const workerMinors = new Set(kubelets.map((k) => fmt(k.version)));
  if (options.rolloutStalled && workerMinors.size > 1) {
    findings.push({ severity: 'warning', rule: 'mixed-worker-minors', message: `Workers run mixed minors (${[...workerMinors].sort().join(', ')}) while the rollout is stalled`, objectIds: kubelets.map((k) => k.id) });
  }
  return findings;
}
