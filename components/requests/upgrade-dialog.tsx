'use client';

import { useState } from 'react';
import { ActionDialog, DialogButtons, DialogField } from './action-dialog';
import { useRequestSubmit } from './use-request-submit';

export function UpgradeDialog(props: { target: { managementCluster: string; namespace: string; clusterName: string }; currentVersion: string | null; onClose: () => void }) {
  const [version, setVersion] = useState(props.currentVersion ?? '');
  const { submit, errors, pending, error } = useRequestSubmit();
  return (
    <ActionDialog title="Upgrade Kubernetes" description={`${props.target.clusterName} runs ${props.currentVersion ?? 'an unknown version'}. Control plane first, then the workers.`} onClose={props.onClose}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit({ type: 'upgrade-version', ...props.target, version: version.trim() }); }}>
        <DialogField label="Target version" error={errors.version}>
          {(ids) => <input {...ids} className="rounded border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600" placeholder="v1.34.1" value={version} onChange={(event) => setVersion(event.target.value)} />}
        </DialogField>
        <DialogButtons submitLabel="Request upgrade" pending={pending} onCancel={props.onClose} error={error} />
      </form>
    </ActionDialog>
  );
}
