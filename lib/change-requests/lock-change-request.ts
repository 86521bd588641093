// Reads a change request FOR UPDATE: concurrent deciders queue here instead of racing (and the
// approval trigger's FOR SHARE never deadlocks against them).
import type { Prisma } from '@/lib/db/client';
import type { ChangeRequestModel } from '@/lib/db/generated/models/ChangeRequest';
import { AppError } from '@/lib/errors/app-error';

export async function lockChangeRequest(tx: Prisma.TransactionClient, id: string): Promise<ChangeRequestModel> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ChangeRequest" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError({ code: 'not-found', message: `Change request ${id} not found` });
  return await tx.changeRequest.findUniqueOrThrow({ where: { id } });
}

/** Postgres errors of the approval rules as API errors (the database is the last line). */
export function decisionErrorOf(error: unknown): unknown {
  const text = error instanceof Error ? error.message : String(error);
  if (/Approval_changeRequestId_approverId_key|Unique constraint/i.test(text)) return new AppError({ code: 'conflict', message: 'You already decided on this change request' });
  if (/self-approval is not allowed/.test(text)) return new AppError({ code: 'forbidden', message: 'You cannot approve your own change request' });
  if (/not pending: decisions are closed/.test(text)) return new AppError({ code: 'conflict', message: 'The change request is no longer pending' });
  return error;
}
