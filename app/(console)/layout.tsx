import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { AppShell } from '@/components/shell/app-shell';
import { getSessionUser } from '@/lib/auth/get-session-user';
import { getConfig } from '@/lib/config/get-config';
import { signOutAction } from '../sign-out-action';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  const signOut = (
    <form action={signOutAction}>
      <button type="submit" className="w-full rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        Sign out
      </button>
    </form>
  );
  return (
    <QueryProvider>
      <AppShell demo={getConfig().demo} user={{ name: user.name, email: user.email, roles: user.roles, teams: user.teams, signOut }}>
        {children}
      </AppShell>
    </QueryProvider>
  );
}
