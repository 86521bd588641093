'use client';

import { useState } from 'react';
import { ActionDialog, DialogButtons, DialogField } from './action-dialog';
import { useRequestSubmit } from './use-request-submit';

export function PauseDialog(props: { target: { managementCluster: string; namespace: string; clusterName: string }; paused: boolean; onClose: () => void }) {
  const [comment, setComment] = useState('');
  const { submit, errors, pending, error } = useRequestSubmit();
  const type = props.paused ? 'resume' : 'pause';
  return (
    <ActionDialog
      title={props.paused ? 'Resume reconciliation' : 'Pause reconciliation'}
      description={props.paused ? `Cluster API resumes reconciling ${props.target.clusterName}.` : `Cluster API stops reconciling ${props.target.clusterName} (spec.paused) until it is resumed.`}
      onClose={props.onClose}
    >
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit({ type, ...props.target, ...(comment.trim() ? { comment: comment.trim() } : {}) }); }}>
        <DialogField label="Reason (optional)" error={errors.comment}>
          {(ids) => <textarea {...ids} rows={2} className="rounded border border-slate-300 px-2 py-1" value={comment} onChange={(event) => setComment(event.target.value)} />}
        </DialogField>
        <DialogButtons submitLabel={props.paused ? 'Request resume' : 'Request pause'} pending={pending} onCancel={props.onClose} error={error} />
      </form>
    </ActionDialog>
  );
}
