'use client';

import { useState } from 'react';
import type { NormalizedObject } from '@/lib/capi/normalize/types';
import { scalablePools } from './cluster-pools';
import { DeleteDialog } from './delete-dialog';
import { PauseDialog } from './pause-dialog';
import { ScalePoolDialog } from './scale-pool-dialog';
import { UpgradeDialog } from './upgrade-dialog';

type Action = 'scale' | 'upgrade' | 'pause' | 'delete';

const button = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400';

/** Change requests started from a cluster's page; each opens a dialog that files the request. */
export function ClusterActionsBar(props: { managementCluster: string; namespace: string; name: string; version: string | null; paused: boolean; objects: readonly NormalizedObject[] }) {
  const [open, setOpen] = useState<Action | null>(null);
  const target = { managementCluster: props.managementCluster, namespace: props.namespace, clusterName: props.name };
  const pools = scalablePools({ clusterName: props.name, objects: props.objects });
  const close = () => setOpen(null);
  return (
    <div role="toolbar" aria-label="Cluster actions" className="mb-6 flex flex-wrap gap-2">
      <button type="button" className={button} disabled={pools.length === 0} title={pools.length === 0 ? 'No worker pools to scale' : undefined} onClick={() => setOpen('scale')}>Scale pool…</button>
      <button type="button" className={button} onClick={() => setOpen('upgrade')}>Upgrade…</button>
      <button type="button" className={button} onClick={() => setOpen('pause')}>{props.paused ? 'Resume…' : 'Pause…'}</button>
      <button type="button" className={`${button} text-red-800`} onClick={() => setOpen('delete')}>Delete…</button>
      {open === 'scale' ? <ScalePoolDialog target={target} pools={pools} onClose={close} /> : null}
      {open === 'upgrade' ? <UpgradeDialog target={target} currentVersion={props.version} onClose={close} /> : null}
      {open === 'pause' ? <PauseDialog target={target} paused={props.paused} onClose={close} /> : null}
      {open === 'delete' ? <DeleteDialog target={target} onClose={close} /> : null}
    </div>
  );
}
