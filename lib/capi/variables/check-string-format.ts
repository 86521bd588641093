// The string formats kube-apiserver checks for CRD and variable schemas (kube-openapi strfmt);
// unknown formats (int32, password, ...) pass, as there. Browser-safe (no node:net).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DURATION = /^(\s*[+-]?\d+(\.\d+)?\s*(ns|us|µs|ms|s|m|h|d|w|sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days|wk|wks|week|weeks)\s*)+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HOSTNAME = /^(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MAC = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || value.split('::').length > 2) return false;
  const last = value.split(':').at(-1) ?? '';
  const v4Tail = last.includes('.');
  if (v4Tail && !IPV4.test(last)) return false;
  const groups = value.split(':').filter((g, i, all) => g !== '' || (i > 0 && i < all.length - 1 && all[i - 1] !== ''));
  const hextets = groups.filter((g) => g !== '' && !g.includes('.'));
  if (!hextets.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hextets.length + (v4Tail ? 2 : 0);
  return value.includes('::') ? count < 8 : count === 8;
}

function isCidr(value: string): boolean {
  const [ip = '', prefix, extra] = value.split('/');
  if (prefix === undefined || extra !== undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (IPV4.test(ip)) return bits <= 32;
  return isIpv6(ip) && bits <= 128;
}

function isUri(value: string): boolean {
  if (value.startsWith('/')) return true;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

const CHECKS: Record<string, (value: string) => boolean> = {
  uuid: (v) => UUID.test(v),
  uuid3: (v) => UUID.test(v) && v[14] === '3',
  uuid4: (v) => UUID.test(v) && v[14] === '4',
  uuid5: (v) => UUID.test(v) && v[14] === '5',
  'date-time': (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T'))),
  datetime: (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T'))),
  date: (v) => DATE.test(v),
  duration: (v) => DURATION.test(v),
  byte: (v) => BASE64.test(v),
  ipv4: (v) => IPV4.test(v),
  ipv6: isIpv6,
  ip: (v) => IPV4.test(v) || isIpv6(v),
  cidr: isCidr,
  hostname: (v) => HOSTNAME.test(v),
  email: (v) => EMAIL.test(v),
  mac: (v) => MAC.test(v),
  uri: isUri,
};

/** true when the format is unknown (not checked) or the value matches it */
export function checkStringFormat(format: string, value: string): boolean {
  const check = CHECKS[format];
  return check === undefined || check(value);
}
