import { type Env } from '@/lib/config/env';

/**
 * The origin the browser used. Next.js builds `request.url` from its configured hostname
 * (localhost), not from the Host header, so a browser on 127.0.0.1 would look cross-origin.
 * X-Forwarded-* headers count only when QUARTERDECK_TRUST_PROXY=true (set it behind a proxy).
 */
export function requestOrigin(request: Request, env: Env = process.env): string {
  const url = new URL(request.url);
  const trustProxy = env.QUARTERDECK_TRUST_PROXY === 'true';
  const host = (trustProxy ? request.headers.get('x-forwarded-host') : null) ?? request.headers.get('host') ?? url.host;
  const proto = (trustProxy ? request.headers.get('x-forwarded-proto') : null) ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/** Origins a mutation may come from: the one the browser used, and AUTH_URL's when set. */
export function allowedOrigins(request: Request, env: Env = process.env): string[] {
  const origins = [requestOrigin(request, env)];
  const authUrl = env.AUTH_URL;
  if (authUrl) origins.push(new URL(authUrl).origin);
  return origins;
}
