import type { ChangeRequestState, ChangeRequestType } from '@/lib/db/enums';

export type StepStatus = 'done' | 'current' | 'todo' | 'failed';
export interface RequestStep {
  state: ChangeRequestState;
  status: StepStatus;
}

const FINAL_ENDS: readonly ChangeRequestState[] = ['rejected', 'failed', 'cancelled', 'expired'];

export function happyPath(type: ChangeRequestType): ChangeRequestState[] {
  const base: ChangeRequestState[] = ['pending', 'approved', 'applying', 'applied'];
  return type === 'create-cluster' ? [...base, 'provisioning', 'ready'] : base;
}

/** True while the request can still change on its own (the detail page polls until then). */
export function isInFlight(type: ChangeRequestType, state: ChangeRequestState): boolean {
  if (FINAL_ENDS.includes(state)) return false;
  return state !== happyPath(type).at(-1);
}

/** The last step reached before a request ended off the happy path. */
function reachedBefore(type: ChangeRequestType, end: ChangeRequestState): ChangeRequestState {
  if (end === 'failed') return 'applying';
  if (end === 'expired' && type === 'create-cluster') return 'ready';
  return 'pending';
}

/** The state timeline of a request: the happy path up to its state, then how it ended. */
export function requestSteps(type: ChangeRequestType, state: ChangeRequestState): RequestStep[] {
  const path = happyPath(type);
  if (FINAL_ENDS.includes(state)) {
    const reached = path.indexOf(reachedBefore(type, state));
    return [...path.slice(0, reached + 1).map((step) => ({ state: step, status: 'done' as const })), { state, status: 'failed' }];
  }
  const index = path.indexOf(state);
  const last = index === path.length - 1;
  return path.map((step, i) => ({ state: step, status: i < index || (last && i === index) ? 'done' : i === index ? 'current' : 'todo' }));
}
