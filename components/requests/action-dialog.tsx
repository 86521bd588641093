'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal dialog (native <dialog>: focus trap, Escape and the backdrop come with it). */
export function ActionDialog(props: { title: string; description?: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={props.onClose} className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/40">
      <h2 id={titleId} className="text-lg font-semibold">{props.title}</h2>
      {props.description ? <p className="mt-1 text-sm text-slate-600">{props.description}</p> : null}
      <div className="mt-4">{props.children}</div>
    </dialog>
  );
}

/** A labelled input with its error tied by aria-describedby. */
export function DialogField(props: { label: string; error?: string; children: (ids: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode }) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="mb-3 flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, 'aria-invalid': Boolean(props.error), 'aria-describedby': props.error ? errorId : undefined })}
      {props.error ? <p id={errorId} className="text-xs text-red-700">{props.error}</p> : null}
    </div>
  );
}

export function DialogButtons(props: { submitLabel: string; danger?: boolean; pending: boolean; disabled?: boolean; onCancel: () => void; error?: string }) {
  return (
    <>
      {props.error ? <p role="alert" className="mb-2 text-sm text-red-800">{props.error}</p> : null}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={props.onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Cancel</button>
        <button type="submit" disabled={props.pending || props.disabled} className={`rounded-md px-3 py-1.5 text-sm font-medium text-white disabled:bg-slate-400 ${props.danger ? 'bg-red-700 hover:bg-red-600' : 'bg-sky-800 hover:bg-sky-700'}`}>
          {props.pending ? 'Submitting…' : props.submitLabel}
        </button>
      </div>
    </>
  );
}
