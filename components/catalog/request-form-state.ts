// The request form's whole state in one pure reducer: values (shaped like ClusterRequestInput), the
// optional time-to-live, and the last dry-run's errors filed by field path.
import type { ClusterRequestInput, WorkerPoolInput } from '@/lib/catalog/cluster-request-input';
import { getAt, isAtOrBelow, pathKey, removeItemAt, setAt, type FieldPath } from './form-path';

export interface FieldError {
  field: string;
  message: string;
}

export interface RequestFormState {
  values: ClusterRequestInput;
  /** Hours until Quarterdeck files the delete request; undefined = keep the cluster. */
  ttlHours: number | undefined;
  /** A note for the approvers. */
  comment: string;
  /** Dry-run errors by field path; a field's entry is dropped as soon as the user edits it. */
  serverErrors: Record<string, string[]>;
  /** Dry-run messages that name no form field. */
  serverMessages: string[];
}

export type RequestFormAction =
  | { type: 'reset'; defaults: ClusterRequestInput }
  | { type: 'set'; path: FieldPath; value: unknown }
  | { type: 'add-item'; path: FieldPath; value: unknown }
  | { type: 'remove-item'; path: FieldPath; index: number }
  | { type: 'add-pool'; workerClass: string }
  | { type: 'remove-pool'; index: number }
  | { type: 'set-ttl'; ttlHours: number | undefined }
  | { type: 'set-comment'; comment: string }
  | { type: 'dry-run'; fieldErrors: readonly FieldError[]; messages: readonly string[] };

export function initialRequestFormState(defaults: ClusterRequestInput): RequestFormState {
  return { values: defaults, ttlHours: undefined, comment: '', serverErrors: {}, serverMessages: [] };
}

function withoutErrorsAt(errors: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !isAtOrBelow(key, prefix) && !isAtOrBelow(prefix, key)));
}

/** A pool name not yet taken: md-0, md-1, … */
export function nextPoolName(workers: readonly WorkerPoolInput[]): string {
  const taken = new Set(workers.map((pool) => pool.name));
  let index = 0;
  while (taken.has(`md-${index}`)) index += 1;
  return `md-${index}`;
}

function update(state: RequestFormState, values: unknown, editedPrefix: string): RequestFormState {
  return { ...state, values: values as ClusterRequestInput, serverErrors: withoutErrorsAt(state.serverErrors, editedPrefix) };
}

export function requestFormReducer(state: RequestFormState, action: RequestFormAction): RequestFormState {
  switch (action.type) {
    case 'reset':
      return initialRequestFormState(action.defaults);
    case 'set':
      return update(state, setAt(state.values, action.path, action.value), pathKey(action.path));
    case 'add-item': {
      const list = getAt(state.values, action.path);
      const items: unknown[] = Array.isArray(list) ? (list as unknown[]) : [];
      return update(state, setAt(state.values, action.path, [...items, action.value]), pathKey(action.path));
    }
    case 'remove-item':
      return update(state, removeItemAt(state.values, { path: action.path, index: action.index }), pathKey(action.path));
    case 'add-pool': {
      const pool: WorkerPoolInput = { class: action.workerClass, name: nextPoolName(state.values.workers), replicas: 1, overrides: {} };
      return update(state, { ...state.values, workers: [...state.values.workers, pool] }, 'workers');
    }
    case 'remove-pool':
      return update(state, { ...state.values, workers: state.values.workers.filter((_, i) => i !== action.index) }, 'workers');
    case 'set-ttl':
      return { ...state, ttlHours: action.ttlHours, serverErrors: withoutErrorsAt(state.serverErrors, 'ttlHours') };
    case 'set-comment':
      return { ...state, comment: action.comment };
    case 'dry-run': {
      const serverErrors: Record<string, string[]> = {};
      for (const error of action.fieldErrors) (serverErrors[error.field] ??= []).push(error.message);
      return { ...state, serverErrors, serverMessages: [...action.messages] };
    }
  }
}

/** Every message filed at exactly this path: the live (client) errors first, then the dry-run's. */
export function errorsAt(options: { path: FieldPath; clientErrors: readonly FieldError[]; state: RequestFormState }): string[] {
  const key = pathKey(options.path);
  const client = options.clientErrors.filter((error) => error.field === key).map((error) => error.message);
  const server = (options.state.serverErrors[key] ?? []).filter((message) => !client.includes(message));
  return [...client, ...server];
}
