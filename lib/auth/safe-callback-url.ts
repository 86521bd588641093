/** Only same-site relative paths: a callback URL must never redirect to another origin. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/fleet';
  return value;
}
