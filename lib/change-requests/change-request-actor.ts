import type { AuditActor } from '@/lib/audit/audit-event-types';
import type { User } from '@/lib/auth/user';

/** Quarterdeck itself: the outbox worker, the follower and the TTL loop. */
export const SYSTEM_ACTOR: AuditActor = { id: 'system:quarterdeck', name: 'Quarterdeck', roles: [] };

export function actorOf(user: User, request?: Request): AuditActor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    ip: request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null,
    userAgent: request?.headers.get('user-agent') ?? null,
  };
}
