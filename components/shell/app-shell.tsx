import Link from 'next/link';
import type { ReactNode } from 'react';
import { ManagementClusterIndicator } from './management-cluster-indicator';
import { SideNav } from './side-nav';
import { UserMenu, type UserMenuProps } from './user-menu';

export function AppShell({ user, demo, children }: { user: UserMenuProps; demo: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="w-56 shrink-0 bg-sky-950">
        <Link href="/fleet" className="block px-5 py-4 text-lg font-semibold tracking-tight text-white">
          Quarterdeck
        </Link>
        <SideNav />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <div className="flex items-center gap-4">
            {demo ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Demo mode · simulated management clusters</span> : null}
            <ManagementClusterIndicator />
          </div>
          <UserMenu {...user} />
        </header>
        <main id="main" className="flex-1 px-6 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
