import { type AppErrorCode } from './app-error';

/** The single mapping from application error codes to HTTP status codes. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'bad-origin': 403,
  'bad-request': 400,
  validation: 422,
  'not-found': 404,
  conflict: 409,
  'unsupported-media-type': 415,
  unavailable: 503,
  internal: 500,
};
