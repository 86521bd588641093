// The one error type the app throws on purpose. Route handlers map it to HTTP in one place
// (lib/http/to-error-response.ts); anything else becomes a 500 with no details.

export type AppErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'bad-origin'
  | 'bad-request'
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'unsupported-media-type'
  | 'unavailable'
  | 'internal';

export interface AppErrorOptions {
  code: AppErrorCode;
  message: string;
  /** Safe, structured details for the client (e.g. field errors). Never credentials. */
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(options: AppErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = options.code;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
