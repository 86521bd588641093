// POST /api/change-requests: validate, plan, resolve the policy, store (auto-approved ones go
// straight to the outbox).
import { actorOf } from './change-request-actor';
import type { User } from '@/lib/auth/user';
import type { ClassSource } from '@/lib/catalog/class-object';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import type { ChangeRequestInput } from './change-request-input';
import { resolveDeps, type ChangeRequestDeps } from './change-request-deps';
import { insertChangeRequest } from './insert-change-request';
import { planChangeRequest } from './plan-change-request';

export async function createChangeRequest(options: { user: User; input: ChangeRequestInput; request?: Request; source?: ClassSource } & ChangeRequestDeps): Promise<ChangeRequestModel> {
  const { prisma, config } = resolveDeps(options);
  const { input, user } = options;
  const planned = await planChangeRequest({ user, input, config, source: options.source });
  const ttlSeconds = input.type === 'create-cluster' && input.ttlHours ? input.ttlHours * 3600 : null;
  return await prisma.$transaction(async (tx) =>
    insertChangeRequest(tx, {
      config,
      request: { type: input.type, actor: actorOf(user, options.request), payload: input, ttlSeconds, ...planned },
    }),
  );
}
