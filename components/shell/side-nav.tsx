'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NAV_ITEMS } from './nav-items';

export function SideNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1 p-3">
      {NAV_ITEMS.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            title={item.description}
            className={`rounded-md px-3 py-2 text-sm font-medium ${active ? 'bg-sky-900 text-white' : 'text-sky-100 hover:bg-sky-800'}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
