// An upgrade goes forward, one minor at a time (the Kubernetes version skew policy; CAPI's
// webhooks refuse the rest anyway, but later and less clearly).
import { compareKubeVersions, parseKubeVersion } from '@/lib/capi';
import { AppError } from '@/lib/errors/app-error';

export function checkUpgradeVersion(options: { current: string | undefined; target: string }): void {
  const current = parseKubeVersion(options.current);
  const target = parseKubeVersion(options.target);
  const refuse = (message: string) => new AppError({ code: 'validation', message: `Version ${options.target}: ${message}`, details: { fieldErrors: [{ field: 'version', message }] } });
  if (!target) throw refuse('is not a Kubernetes version');
  if (!current) return;
  if (compareKubeVersions(target, current) <= 0) throw refuse(`must be newer than the current ${current.raw}`);
  if (target.major !== current.major || target.minor > current.minor + 1) throw refuse(`upgrade one minor at a time (from ${current.raw} to v${current.major}.${current.minor + 1}.x first)`);
}
