'use client';

import { useState } from 'react';
import { ActionDialog, DialogButtons, DialogField } from './action-dialog';
import type { ScalablePool } from './cluster-pools';
import { useRequestSubmit } from './use-request-submit';

const input = 'rounded border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600';

export function ScalePoolDialog(props: { target: { managementCluster: string; namespace: string; clusterName: string }; pools: ScalablePool[]; onClose: () => void }) {
  const [pool, setPool] = useState(props.pools[0]?.name ?? '');
  const current = props.pools.find((candidate) => candidate.name === pool)?.replicas ?? null;
  const [replicas, setReplicas] = useState(String(current ?? 1));
  const { submit, errors, pending, error } = useRequestSubmit();
  return (
    <ActionDialog title="Scale a worker pool" description={`Request a new replica count for a pool of ${props.target.clusterName}.`} onClose={props.onClose}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit({ type: 'scale-pool', ...props.target, pool, replicas: Number(replicas) }); }}>
        <DialogField label="Pool" error={errors.pool}>
          {(ids) => (
            <select {...ids} className={input} value={pool} onChange={(event) => setPool(event.target.value)}>
              {props.pools.map((candidate) => (
                <option key={candidate.name} value={candidate.name}>{candidate.name}{candidate.replicas === null ? '' : ` (${candidate.replicas} now)`}</option>
              ))}
            </select>
          )}
        </DialogField>
        <DialogField label="Replicas" error={errors.replicas}>
          {(ids) => <input {...ids} type="number" min={0} max={1000} className={input} value={replicas} onChange={(event) => setReplicas(event.target.value)} />}
        </DialogField>
        <DialogButtons submitLabel="Request scaling" pending={pending} onCancel={props.onClose} error={error} />
      </form>
    </ActionDialog>
  );
}
