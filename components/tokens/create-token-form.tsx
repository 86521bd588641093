'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { createApiToken, tokenQueries } from './token-queries';
import { parseExpiresInDays, type CreatedApiToken } from './token-types';

const input = 'rounded border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600';

export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState('30');
  const [dayError, setDayError] = useState<string | null>(null);
  const nameId = useId();
  const daysId = useId();
  const daysErrorId = useId();
  const mutation = useMutation({
    mutationFn: createApiToken,
    onSuccess: async (created) => {
      setName('');
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: tokenQueries.all() });
    },
  });
  const submit = () => {
    const parsed = parseExpiresInDays(days);
    setDayError(parsed.ok ? null : parsed.message);
    if (parsed.ok && name.trim()) mutation.mutate({ name: name.trim(), expiresInDays: parsed.days });
  };
  return (
    <form aria-label="Create an API token" onSubmit={(event) => { event.preventDefault(); submit(); }} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div className="flex flex-col gap-1">
        <label htmlFor={nameId}>Token name</label>
        <input id={nameId} required maxLength={100} className={input} placeholder="ci-pipeline" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={daysId}>Expires in (days)</label>
        <input id={daysId} type="number" min={1} max={365} className={input} value={days} aria-invalid={dayError !== null} aria-describedby={dayError ? daysErrorId : undefined} onChange={(event) => setDays(event.target.value)} />
        {dayError ? <p id={daysErrorId} className="text-xs text-red-700">{dayError}</p> : null}
      </div>
      <button type="submit" disabled={mutation.isPending} className="rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-700 disabled:bg-slate-400">
        {mutation.isPending ? 'Creating…' : 'Create token'}
      </button>
      {mutation.isError ? <p role="alert" className="w-full text-red-800">{mutation.error.message}</p> : null}
    </form>
  );
}
