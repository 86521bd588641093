import type { ChangeRequestView } from './request-types';

export function ApprovalsSection({ request }: { request: ChangeRequestView }) {
  const approved = request.approvals.filter((approval) => approval.decision === 'approve').length;
  const { policy } = request;
  return (
    <section aria-labelledby="policy-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="policy-heading" className="mb-2 font-semibold">Policy and approvals</h2>
      <p>
        Policy <span className="font-medium">{policy.name}</span>:{' '}
        {policy.autoApprove ? 'approved automatically' : `${request.requiredApprovals} approval${request.requiredApprovals === 1 ? '' : 's'} required`}
        {policy.approverGroups.length > 0 ? ` from ${policy.approverGroups.join(', ')}` : ''}.
      </p>
      <p className="mt-1" data-testid="approval-count">{`${approved} of ${request.requiredApprovals} approvals`}</p>
      {request.approvals.length > 0 ? (
        <ul className="mt-2 space-y-1" aria-label="Decisions">
          {request.approvals.map((approval) => (
            <li key={approval.approverId}>
              <span className={approval.decision === 'approve' ? 'text-emerald-800' : 'text-red-800'}>{approval.decision === 'approve' ? 'Approved' : 'Rejected'}</span> by {approval.approverName}{' '}
              <time className="text-xs text-slate-500" dateTime={approval.createdAt}>{approval.createdAt.replace('T', ' ').slice(0, 16)}</time>
              {approval.comment ? <span className="block whitespace-pre-wrap text-slate-700">“{approval.comment}”</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
