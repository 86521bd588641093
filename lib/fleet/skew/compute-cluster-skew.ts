import { checkVersionSkew } from '@/lib/capi/skew/check-version-skew';
import { compareKubeVersions, parseKubeVersion } from '@/lib/capi/skew/parse-version';
import { type NormalizedObject } from '@/lib/capi/normalize/types';
import { type ClusterSummary } from '@/lib/capi/summary/types';
import { type ClusterSkewFacts, type VersionRange } from './skew-types';

export function versionRange(versions: Iterable<string | undefined>): VersionRange {
  const parsed = [...versions].flatMap((version) => {
    const value = parseKubeVersion(version);
    return value && version ? [{ version, value }] : [];
  });
  parsed.sort((a, b) => compareKubeVersions(a.value, b.value));
  return { lowest: parsed[0]?.version ?? null, highest: parsed.at(-1)?.version ?? null };
}

/** One cluster's version facts and skew-policy findings (computed when the cluster changes). */
export function computeClusterSkew(options: { summary: ClusterSummary; controlPlane?: NormalizedObject; machines: NormalizedObject[] }): ClusterSkewFacts {
  const { summary, machines } = options;
  return {
    controlPlaneVersion: summary.controlPlaneVersion.observed ?? summary.controlPlaneVersion.desired ?? null,
    workerVersions: versionRange(summary.workerVersions.map((pool) => pool.desired)),
    kubeletVersions: versionRange(machines.map((machine) => machine.versions.kubelet)),
    findings: checkVersionSkew({ controlPlane: options.controlPlane, machines }),
  };
}
