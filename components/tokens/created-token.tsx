'use client';

import { useState } from 'react';

/** The new token, shown once: it is stored hashed and cannot be displayed again. */
export function CreatedToken({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby="created-token-heading" className="mb-6 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm">
      <h2 id="created-token-heading" className="font-semibold">Token “{name}” created</h2>
      <p className="mt-1 text-emerald-900">Copy it now: it is shown only once. Use it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
      <div className="mt-2 flex gap-2">
        <input readOnly aria-label="New API token" value={token} onFocus={(event) => event.currentTarget.select()} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" />
        <button type="button" onClick={() => void copy()} className="rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-700">Copy</button>
        <button type="button" onClick={onDone} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">Done</button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs">{copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Copying failed: select the token and copy it by hand.' : ''}</p>
    </section>
  );
}
