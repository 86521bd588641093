import { createHmac } from 'node:crypto';

/** The value of the x-quarterdeck-signature header: HMAC-SHA256 of the exact body bytes. */
export function signPayload(options: { body: string; secret: string }): string {
  return `sha256=${createHmac('sha256', options.secret).update(options.body).digest('hex')}`;
}
