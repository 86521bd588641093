// The CEL environment of kube-apiserver's x-kubernetes-validations, as far as the CRDs in
// shared/capi need it. cel-js covers the CEL standard library (has, all, exists, exists_one,
// filter, map, size, matches, startsWith, endsWith, contains, indexOf, join, lowerAscii,
// upperAscii, trim, split, substring, ...);
// the Kubernetes extension functions below are added by hand.
import { isIP as nodeIsIP } from 'node:net';
import { Environment } from '@marcbachmann/cel-js';

/** Kubernetes CEL library functions this simulator does not implement (rules using them are recorded in CEL_GAPS). */
export const UNSUPPORTED_CEL_FUNCTIONS = [
  'ip() / cidr() values and their methods (family, isLoopback, containsIP, prefixLength, ...)',
  'url() values and their methods (getScheme, getHost, ...)',
  'quantity() / isQuantity() and quantity arithmetic',
  'semver() / isSemver()',
  'format.named() / format.dns1123Label() etc. (the format library)',
  'authorizer and the sets.* library',
  'optionalOldSelf and the .? optional field selection in transition rules',
] as const;

function isStrictIPv4(s: string): boolean {
  return nodeIsIP(s) === 4 && s.split('.').every((part) => part === '0' || !part.startsWith('0'));
}

export function isIPAddress(s: string): boolean {
  return isStrictIPv4(s) || nodeIsIP(s) === 6;
}

export function isCIDRPrefix(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const ip = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(bits)) return false;
  const max = isStrictIPv4(ip) ? 32 : nodeIsIP(ip) === 6 ? 128 : -1;
  return max >= 0 && Number(bits) <= max;
}

// Kubernetes' isURL: an absolute URI or an absolute path.
function isAbsoluteUrl(s: string): boolean {
  if (s.startsWith('/')) return true;
  try {
    return new URL(s).protocol.length > 1;
  } catch {
    return false;
  }
}

function createEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false })
    .registerVariable('self', 'dyn')
    .registerVariable('oldSelf', 'dyn')
    .registerFunction('isIP(string): bool', isIPAddress)
    .registerFunction('isCIDR(string): bool', isCIDRPrefix)
    .registerFunction('isURL(string): bool', isAbsoluteUrl)
    .registerFunction('string.replace(string, string): string', (s: string, a: string, b: string) => s.split(a).join(b));
}

let environment: Environment | undefined;

export function celEnvironment(): Environment {
  environment ??= createEnvironment();
  return environment;
}
