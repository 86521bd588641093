// The change-request shapes the UI reads: H2's API view (lib/change-requests/change-request-view.ts).
import type { ChangeRequestView } from '@/lib/change-requests/change-request-view';

export type { ChangeRequestView, DiffEntry } from '@/lib/change-requests/change-request-view';
export type ApprovalView = ChangeRequestView['approvals'][number];

export interface ChangeRequestList {
  items: ChangeRequestView[];
}
