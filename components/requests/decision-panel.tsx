'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { decideChangeRequest, requestQueries } from './request-queries';
import type { ChangeRequestView } from './request-types';

/** Approve/reject with a comment for approvers; the buttons stay visible but disabled, with the reason, for everyone else. */
export function DecisionPanel({ request }: { request: ChangeRequestView }) {
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const commentId = useId();
  const reasonId = useId();
  const mutation = useMutation({
    mutationFn: (action: 'approve' | 'reject' | 'cancel') => decideChangeRequest({ id: request.id, action, comment }),
    onSuccess: async () => {
      setComment('');
      await queryClient.invalidateQueries({ queryKey: requestQueries.all() });
    },
  });
  const pendingDecision = request.state === 'pending';
  const reason = request.canApprove ? null : (request.whyNot ?? 'you may not decide on this request');
  const rejectNeedsComment = request.canApprove && comment.trim() === '';
  return (
    <section aria-labelledby="decision-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="decision-heading" className="mb-2 font-semibold">Decision</h2>
      {pendingDecision ? (
        <>
          <label htmlFor={commentId} className="block text-sm">Comment</label>
          <textarea id={commentId} value={comment} onChange={(event) => setComment(event.target.value)} disabled={!request.canApprove} rows={3} className="mb-2 w-full rounded border border-slate-300 p-2 text-sm disabled:bg-slate-50" placeholder="Required to reject" />
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" disabled={!request.canApprove || mutation.isPending} aria-describedby={reason ? reasonId : undefined} onClick={() => mutation.mutate('approve')} className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-600 disabled:cursor-not-allowed disabled:bg-slate-300">
              Approve
            </button>
            <button type="button" disabled={!request.canApprove || rejectNeedsComment || mutation.isPending} aria-describedby={reason ? reasonId : undefined} onClick={() => mutation.mutate('reject')} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600 disabled:cursor-not-allowed disabled:bg-slate-300">
              Reject
            </button>
            {reason ? <p id={reasonId} className="text-sm text-slate-600">You cannot approve: {reason}.</p> : null}
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">The request is {request.state}: no decision is open.</p>
      )}
      {request.canCancel ? (
        <button type="button" disabled={mutation.isPending} onClick={() => mutation.mutate('cancel')} className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
          Cancel request
        </button>
      ) : null}
      {mutation.isError ? <p role="alert" className="mt-2 text-sm text-red-800">{mutation.error.message}</p> : null}
    </section>
  );
}
