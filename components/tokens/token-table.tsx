'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeApiToken, tokenQueries } from './token-queries';
import { tokenStatus, type ApiTokenItem } from './token-types';
import { DataTable } from '@/components/ui/data-table';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '–');
const STATUS = { active: 'text-emerald-800', expired: 'text-slate-500', revoked: 'text-red-800' } as const;

export function TokenTable({ items, now }: { items: ApiTokenItem[]; now: number }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenQueries.all() }),
  });
  return (
    <>
      {revoke.isError ? <p role="alert" className="mb-2 text-sm text-red-800">{revoke.error.message}</p> : null}
      <DataTable label="API tokens" columns={['Name', 'Token', 'Created', 'Expires', 'Last used', 'Status', { hidden: 'Actions' }]}>
            {items.map((item) => {
              const status = tokenStatus(item, now);
              return (
                <tr key={item.id} className="border-t border-slate-100">
                  <td className="px-3 py-2 font-medium">{item.name}</td>
                  <td className="px-3 py-2 font-mono text-xs">{item.prefix}…</td>
                  <td className="px-3 py-2">{day(item.createdAt)}</td>
                  <td className="px-3 py-2">{day(item.expiresAt)}</td>
                  <td className="px-3 py-2">{day(item.lastUsedAt)}</td>
                  <td className={`px-3 py-2 ${STATUS[status]}`}>{status}</td>
                  <td className="px-3 py-2 text-right">
                    {status === 'active' ? (
                      <button type="button" aria-label={`Revoke ${item.name}`} disabled={revoke.isPending} onClick={() => revoke.mutate(item.id)} className="rounded-md border border-red-300 px-2 py-1 text-xs text-red-800 hover:bg-red-50">
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
      </DataTable>
    </>
  );
}
