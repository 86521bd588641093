import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { AppError, isAppError } from '@/lib/errors/app-error';
import { HTTP_STATUS } from '@/lib/errors/http-status';
import { logger } from '@/lib/observability/logger';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; errorId?: string };
}

/** The one place errors become HTTP responses. Unknown errors never leak their message. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    return toErrorResponse(
      new AppError({
        code: 'validation',
        message: 'The request is invalid',
        details: { issues: error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) },
      }),
    );
  }
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    return Response.json(body, { status: HTTP_STATUS[error.code], headers: { 'cache-control': 'no-store' } });
  }
  const errorId = randomUUID();
  logger.error('unhandled error in route handler', { errorId, error });
  const body: ErrorBody = { error: { code: 'internal', message: 'Internal error', errorId } };
  return Response.json(body, { status: 500, headers: { 'cache-control': 'no-store' } });
}
