import { expect, test } from '@playwright/test';
import { hasPermission, type Permission, type Role } from '../lib/auth/roles';
import { DEMO_USERS } from './support/demo-users';
import { signInThroughApi } from './support/api-session';
import { listRouteMethods } from './support/list-route-files';

const { methods } = listRouteMethods(process.cwd());

test.describe('route authorization', () => {
  test('the route inventory is not empty', () => {
    expect(methods.length).toBeGreaterThan(0);
  });

  for (const route of methods) {
    test(`${route.method} ${route.urlPath} declares its permission through defineRoute`, () => {
      expect(route.permission, `${route.file} must export ${route.method} = defineRoute({ permission: … })`).not.toBeNull();
    });

    test(`${route.method} ${route.urlPath} answers 401 to an anonymous caller`, async ({ playwright, baseURL }) => {
      const anonymous = await playwright.request.newContext({ baseURL });
      const response = await anonymous.fetch(route.urlPath, { method: route.method, data: route.method === 'GET' ? undefined : {} });
      expect(response.status()).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
      await anonymous.dispose();
    });

    const lacking = DEMO_USERS.find((user) => !hasPermission(user.roles as unknown as Role[], route.permission as Permission));
    if (lacking) {
      test(`${route.method} ${route.urlPath} answers 403 to ${lacking.username} (${lacking.roles.join(', ')})`, async ({ playwright, baseURL }) => {
        const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? '' } });
        await signInThroughApi(context, lacking.username);
        const response = await context.fetch(route.urlPath, { method: route.method, data: route.method === 'GET' ? undefined : {} });
        expect(response.status()).toBe(403);
        await context.dispose();
      });
    }
  }

  test('an invalid bearer token is refused with 401', async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: 'Bearer qd_not-a-real-token' } });
    const first = methods.find((route) => route.method === 'GET');
    expect(first).toBeDefined();
    const response = await context.get(first?.urlPath ?? '/');
    expect(response.status()).toBe(401);
    await context.dispose();
  });
});
