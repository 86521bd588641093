export interface KubeVersion {
  major: number;
  minor: number;
  /** Undefined for a bare minor like `1.32`. */
  patch?: number;
  /** Pre-release or build suffix (`-rc.1`, `+rke2r1`, `-eks-1234`), kept for display only. */
  suffix?: string;
  raw: string;
}

const VERSION = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?([-+]\S*)?\s*$/;

/** Parses `v1.32.4`, `1.32`, `v1.30.2+rke2r1`, `v1.29.3-eks-1234`; anything else is undefined (never throws). */
export function parseKubeVersion(input: string | undefined | null): KubeVersion | undefined {
  if (!input) return undefined;
  const match = VERSION.exec(input);
  if (!match) return undefined;
  const version: KubeVersion = { major: Number(match[1]), minor: Number(match[2]), raw: input.trim() };
  if (match[3] !== undefined) version.patch = Number(match[3]);
  if (match[4] !== undefined) version.suffix = match[4];
  return version;
}

/** Orders by major, minor, then patch (a bare minor sorts before its patches); suffixes are ignored. */
export function compareKubeVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major - b.major || a.minor - b.minor || (a.patch ?? -1) - (b.patch ?? -1);
}

/** `1.32` for any 1.32.x version; undefined when unparsable. */
export function minorKey(input: string | undefined | null): string | undefined {
  const version = parseKubeVersion(input);
  return version ? `${version.major}.${version.minor}` : undefined;
}

/** Minor distance a − b (same major assumed, as Kubernetes has only ever had major 1). */
export function minorDistance(a: KubeVersion, b: KubeVersion): number {
  return (a.major - b.major) * 1000 + (a.minor - b.minor);
}

/** True when both parse to the same major.minor.patch, so `v1.32.4` equals `1.32.4+rke2r1`. */
export function sameKubeVersion(a: string | undefined, b: string | undefined): boolean {
  const pa = parseKubeVersion(a);
  const pb = parseKubeVersion(b);
  if (!pa || !pb) return a === b;
  return compareKubeVersions(pa, pb) === 0;
}
