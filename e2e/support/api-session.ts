import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD } from './demo-users';

/** Signs in through Auth.js's standard csrf + credentials callback flow (as curl would). */
export async function signInThroughApi(request: APIRequestContext, username: string): Promise<void> {
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: '/fleet' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { id?: string } } | null;
  expect(session?.user?.id).toBe(`demo:${username}`);
}
