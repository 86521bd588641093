// Sends pending NotificationDelivery rows to their webhooks (JSON, HMAC-signed). One row per
// transaction, claimed FOR UPDATE SKIP LOCKED; failures retry with backoff counted from the
// row's creation, up to MAX_ATTEMPTS.
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import type { PrismaClient } from '@/lib/db/client';
import { signPayload } from './sign-payload';

export const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 5_000;

export interface DeliverOptions {
  prisma: PrismaClient;
  config: QuarterdeckConfig;
  env?: Record<string, string | undefined>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  limit?: number;
}

async function send(options: { url: string; body: string; secret: string; fetchImpl: typeof fetch }): Promise<string | null> {
  try {
    const response = await options.fetchImpl(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-quarterdeck-signature': signPayload({ body: options.body, secret: options.secret }) },
      body: options.body,
      signal: AbortSignal.timeout(5_000),
      redirect: 'error',
    });
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.name : 'request failed';
  }
}

export async function deliverNotifications(options: DeliverOptions): Promise<number> {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  let sent = 0;
  for (let i = 0; i < (options.limit ?? 50); i += 1) {
    const done = await options.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "NotificationDelivery"
        WHERE "status" = 'pending' AND "createdAt" + make_interval(secs => ${BASE_BACKOFF_MS / 1000}::float8 * (2 ^ "attempts" - 1)) <= ${now()}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return false;
      const delivery = await tx.notificationDelivery.findUniqueOrThrow({ where: { id: row.id } });
      const webhook = options.config.notifications.webhooks.find((candidate) => candidate.name === delivery.target);
      const secret = webhook ? env[webhook.secretEnv] : undefined;
      const error = !webhook ? 'webhook no longer configured' : !secret ? `environment variable ${webhook.secretEnv} is not set` : await send({ url: webhook.url, body: JSON.stringify(delivery.payload), secret, fetchImpl: options.fetchImpl ?? fetch });
      const attempts = delivery.attempts + 1;
      const status = error === null ? 'sent' : attempts >= MAX_ATTEMPTS || !webhook ? 'failed' : 'pending';
      await tx.notificationDelivery.update({ where: { id: delivery.id }, data: { attempts, status, lastError: error } });
      if (status === 'sent') sent += 1;
      return true;
    });
    if (!done) break;
  }
  return sent;
}
