// Webhook notifications: rows written with the state change, signed JSON delivered to a real
// local HTTP server, failures retried with backoff.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideChangeRequest } from '@/lib/change-requests/decide-change-request';
import { insertTestRequest, testConfig, bob } from '@/lib/change-requests/testing/change-request-fixtures';
import { startTestDatabase, type TestDatabase } from '@/lib/db/testing/start-test-database';
import { deliverNotifications } from './deliver-notifications';

let db: TestDatabase;
let server: Server;
let url = '';
let failNext = 0;
const received: { body: string; signature: string | undefined }[] = [];
const SECRET = 'test-webhook-secret';

beforeAll(async () => {
  db = await startTestDatabase();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (failNext > 0) {
        failNext -= 1;
        res.writeHead(503).end();
        return;
      }
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-quarterdeck-signature'] as string | undefined });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.stop();
});

describe('webhook notifications', () => {
  it('signs the JSON body with HMAC-SHA256 and sends only the events and teams a webhook asks for', async () => {
    const config = testConfig({ notifications: { webhooks: [{ name: 'payments', url, secretEnv: 'QD_TEST_HOOK', teams: ['payments'], events: ['requested', 'approved'] }, { name: 'search', url, secretEnv: 'QD_TEST_HOOK', teams: ['search'] }] } });
    const request = await insertTestRequest({ prisma: db.prisma, config, clusterName: 'notify' });
    await decideChangeRequest({ prisma: db.prisma, config, user: bob, id: request.id, decision: 'approve' });

    const sent = await deliverNotifications({ prisma: db.prisma, config, env: { QD_TEST_HOOK: SECRET } });

    expect(sent).toBe(2);
    expect(received.map((item) => (JSON.parse(item.body) as { event: string }).event)).toEqual(['requested', 'approved']);
    for (const item of received) expect(item.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(item.body).digest('hex')}`);
    expect(await db.prisma.notificationDelivery.count({ where: { status: 'sent' } })).toBe(2);
  });

  it('retries a failed delivery after its backoff and marks it sent', async () => {
    received.length = 0;
    const config = testConfig({ notifications: { webhooks: [{ name: 'all', url, secretEnv: 'QD_TEST_HOOK' }] } });
    await db.prisma.notificationDelivery.deleteMany({});
    await insertTestRequest({ prisma: db.prisma, config, clusterName: 'retry' });
    failNext = 1;

    expect(await deliverNotifications({ prisma: db.prisma, config, env: { QD_TEST_HOOK: SECRET } })).toBe(0);
    const failed = await db.prisma.notificationDelivery.findFirstOrThrow({});
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503' });
    expect(await deliverNotifications({ prisma: db.prisma, config, env: { QD_TEST_HOOK: SECRET } })).toBe(0);

    const later = () => new Date(failed.createdAt.getTime() + 6_000);
    expect(await deliverNotifications({ prisma: db.prisma, config, env: { QD_TEST_HOOK: SECRET }, now: later })).toBe(1);
    expect(await db.prisma.notificationDelivery.findFirstOrThrow({})).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('does not send without the secret and says which variable is missing', async () => {
    const config = testConfig({ notifications: { webhooks: [{ name: 'all', url, secretEnv: 'QD_MISSING_SECRET' }] } });
    await db.prisma.notificationDelivery.deleteMany({});
    await insertTestRequest({ prisma: db.prisma, config, clusterName: 'no-secret' });

    await deliverNotifications({ prisma: db.prisma, config, env: {} });

    expect(await db.prisma.notificationDelivery.findFirstOrThrow({})).toMatchObject({ status: 'pending', lastError: 'environment variable QD_MISSING_SECRET is not set' });
  });
});
