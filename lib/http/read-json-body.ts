import { AppError } from '@/lib/errors/app-error';

const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError({ code: 'bad-request', message: 'Request body too large (max 1 MiB)' });
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError({ code: 'bad-request', message: 'The request body is not valid JSON' });
  }
}
