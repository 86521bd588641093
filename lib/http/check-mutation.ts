import { AppError } from '@/lib/errors/app-error';
import { allowedOrigins } from './request-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isMutation(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Mutations accept JSON only (so a cross-site form post cannot reach them) and, for cookie
 * sessions, an Origin equal to this server's (CSRF defence in depth beyond SameSite cookies).
 */
export function checkMutation(options: { request: Request; viaCookie: boolean }): void {
  const { request } = options;
  const contentType = request.headers.get('content-type') ?? '';
  const hasBody = request.headers.get('content-length') !== '0' && request.body !== null;
  // A DELETE without a Content-Type (fetch sends none without a body) carries nothing to parse, and
  // a cross-site DELETE is never a simple request: it needs a CORS preflight this server refuses.
  const bodilessDelete = request.method.toUpperCase() === 'DELETE' && contentType === '';
  if (hasBody && !bodilessDelete && !/^application\/json(;|$)/i.test(contentType.trim())) {
    throw new AppError({ code: 'unsupported-media-type', message: 'Mutations accept Content-Type: application/json only' });
  }
  if (!options.viaCookie) return;
  const origin = request.headers.get('origin');
  const allowed = new Set(allowedOrigins(request));
  if (!origin || !allowed.has(origin)) {
    throw new AppError({ code: 'bad-origin', message: 'Cross-origin request refused: the Origin header does not match this server' });
  }
}
