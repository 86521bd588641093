import Link from 'next/link';
import { clusterHref, kubeconfigHref } from './request-queries';
import type { ChangeRequestView } from './request-types';

/** Where the change is on the cluster, with the way out when it is stuck, and the kubeconfig once ready. */
export function RequestProgress({ request }: { request: ChangeRequestView }) {
  const progress = request.progress;
  const reachesCluster = !['pending', 'approved', 'rejected', 'cancelled'].includes(request.state);
  const ready = request.type === 'create-cluster' && request.state === 'ready';
  return (
    <section aria-labelledby="progress-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="progress-heading" className="mb-2 font-semibold">Cluster</h2>
      <p>
        <span className="font-mono">{`${request.managementCluster}/${request.namespace}/${request.clusterName}`}</span>
        {progress?.phase ? ` · phase ${progress.phase}` : ''}
        {progress && progress.available !== null ? <span data-testid="cluster-available">{progress.available ? ' · available' : ' · not available yet'}</span> : null}
      </p>
      {progress?.stuckReason ? <p role="alert" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900">Stuck: {progress.stuckReason}</p> : null}
      {request.failureMessage ? <p role="alert" className="mt-2 whitespace-pre-wrap rounded border border-red-200 bg-red-50 p-2 text-red-900">{request.failureMessage}</p> : null}
      {request.apiAuditId ? <p className="mt-1 text-xs text-slate-500">API server Audit-Id {request.apiAuditId}</p> : null}
      <div className="mt-3 flex flex-wrap gap-3">
        {reachesCluster && request.state !== 'expired' ? (
          <>
            <Link className="text-sky-800 underline" href={request.cluster.href || clusterHref(request)}>Cluster graph</Link>
            <Link className="text-sky-800 underline" href={`/triage?managementCluster=${encodeURIComponent(request.managementCluster)}`}>Triage</Link>
          </>
        ) : null}
        {ready ? (
          <a className="rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-700" href={kubeconfigHref(request)} download>
            Download kubeconfig
          </a>
        ) : null}
      </div>
    </section>
  );
}
