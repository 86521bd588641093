'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface UserMenuProps {
  name: string;
  email: string | null;
  roles: string[];
  teams: string[];
  /** The sign-out form (a server action), rendered inside the menu. */
  signOut: ReactNode;
}

export function UserMenu({ name, email, roles, teams, signOut }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {name}
      </button>
      {open ? (
        <div id={menuId} className="absolute right-0 z-20 mt-2 w-72 rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg">
          <p className="font-semibold text-slate-900">{name}</p>
          {email ? <p className="text-slate-600">{email}</p> : null}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700">
            <dt className="text-slate-500">Roles</dt>
            <dd data-testid="user-roles">{roles.join(', ') || 'none'}</dd>
            <dt className="text-slate-500">Teams</dt>
            <dd>{teams.join(', ') || 'none'}</dd>
          </dl>
          <div className="mt-4 border-t border-slate-100 pt-3">{signOut}</div>
        </div>
      ) : null}
    </div>
  );
}
