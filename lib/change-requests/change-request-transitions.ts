// The state machine of a change request. Every state change goes through
// transitionChangeRequest, which refuses anything not listed here.
import type { ChangeRequestState } from '@/lib/db/enums';

export const TRANSITIONS: Record<ChangeRequestState, readonly ChangeRequestState[]> = {
  pending: ['approved', 'rejected', 'cancelled', 'expired'],
  approved: ['applying', 'cancelled'],
  // applying → pending: the object drifted since approval (409), approvals start over.
  applying: ['applied', 'failed', 'pending'],
  applied: ['provisioning', 'ready', 'failed'],
  provisioning: ['ready', 'failed'],
  // ready → expired: the time-to-live ran out and Quarterdeck filed the delete request.
  ready: ['expired'],
  rejected: [],
  failed: [],
  cancelled: [],
  expired: [],
};

export function canTransition(from: ChangeRequestState, to: ChangeRequestState): boolean {
  return TRANSITIONS[from].includes(to);
}

export const TERMINAL_STATES: readonly ChangeRequestState[] = ['rejected', 'failed', 'cancelled', 'expired'];
