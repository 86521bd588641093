import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DemoUserList } from '@/components/auth/demo-user-list';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { demoUsersEnabled } from '@/lib/auth/demo-users';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { getConfig } from '@/lib/config/get-config';
import { signInWithOidc, signInWithPassword } from './actions';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { config, demo } = getConfig();
  const demoUsers = demoUsersEnabled() ? config.auth.demoUsers : [];
  const failed = params.error !== undefined;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight text-sky-950">Quarterdeck</h1>
      <p className="mt-1 text-sm text-slate-600">Console for Cluster API fleets{demo ? ' — demo mode' : ''}</p>
      {failed ? (
        <p role="alert" className="mt-6 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Sign-in failed: wrong username or password.
        </p>
      ) : null}
      {config.auth.oidc ? (
        <form action={signInWithOidc} className="mt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="w-full rounded-md bg-sky-900 px-4 py-2 font-medium text-white hover:bg-sky-800">
            Sign in with {config.auth.oidc.displayName}
          </button>
        </form>
      ) : null}
      {demoUsers.length > 0 ? (
        <>
          <form action={signInWithPassword} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <label className="block text-sm font-medium text-slate-800">
              Username
              <input name="username" autoComplete="username" required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
            </label>
            <label className="block text-sm font-medium text-slate-800">
              Password
              <input name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
            </label>
            <button type="submit" className="w-full rounded-md bg-sky-900 px-4 py-2 font-medium text-white hover:bg-sky-800">
              Sign in
            </button>
          </form>
          <DemoUserList users={demoUsers} />
        </>
      ) : null}
      {!config.auth.oidc && demoUsers.length === 0 ? (
        <p role="alert" className="mt-6 text-sm text-red-800">No sign-in method is configured: set auth.oidc in the configuration file.</p>
      ) : null}
    </main>
  );
}
