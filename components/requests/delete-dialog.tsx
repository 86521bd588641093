'use client';

import { useState } from 'react';
import { ActionDialog, DialogButtons, DialogField } from './action-dialog';
import { useRequestSubmit } from './use-request-submit';

export function DeleteDialog(props: { target: { managementCluster: string; namespace: string; clusterName: string }; onClose: () => void }) {
  const [confirmName, setConfirmName] = useState('');
  const { submit, errors, pending, error } = useRequestSubmit();
  const matches = confirmName === props.target.clusterName;
  return (
    <ActionDialog title="Delete cluster" description={`Deleting ${props.target.clusterName} removes its machines and everything on it. It always needs at least one approval.`} onClose={props.onClose}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); if (matches) submit({ type: 'delete-cluster', ...props.target, confirmName }); }}>
        <DialogField label={`Type ${props.target.clusterName} to confirm`} error={errors.confirmName}>
          {(ids) => <input {...ids} autoComplete="off" className="rounded border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600" value={confirmName} onChange={(event) => setConfirmName(event.target.value)} />}
        </DialogField>
        <DialogButtons submitLabel="Request deletion" danger pending={pending} disabled={!matches} onCancel={props.onClose} error={error} />
      </form>
    </ActionDialog>
  );
}
