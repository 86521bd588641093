// metav1.Duration strings (Go time.Duration) <-> whole seconds, as CAPI's ConvertToSeconds /
// ConvertFromSeconds do for the v1beta2 *Seconds fields.
const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

export function parseGoDuration(text: string): number | undefined {
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!match && text !== '0') return undefined;
  let total = 0;
  for (const [, amount = '0', unit = 's'] of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * (UNIT_SECONDS[unit] ?? 0);
  return text.startsWith('-') ? -total : total;
}

/** Rounds like time.Duration.Round(time.Second).Seconds() */
export function durationToSeconds(text: string): number | undefined {
  const seconds = parseGoDuration(text);
  return seconds === undefined ? undefined : Math.round(seconds);
}

/** Formats like time.Duration.String() for whole seconds ("0s", "10s", "5m0s", "1h0m0s"). */
export function secondsToDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.abs(Math.trunc(seconds));
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}
