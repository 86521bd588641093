import type { FieldPath } from './form-path';
import type { RequestFormAction } from './request-form-state';

/** What every generated field needs from the form: a way to change values and its errors. */
export interface FieldHost {
  dispatch: (action: RequestFormAction) => void;
  errorsFor: (path: FieldPath) => string[];
}
