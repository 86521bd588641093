// Field errors as kube-apiserver reports them in a Status's `details.causes`
// (k8s.io/apimachinery/pkg/util/validation/field: Error.ErrorBody()).
import { formatGoValue } from './format-go-value';

export interface AdmissionCause {
  reason: string;
  message: string;
  field: string;
}

/** The `field` kube-apiserver prints for a nil *field.Path (rules on the root, blocking-error notice). */
export const NIL_PATH = '<nil>';

/** field.OmitValueType: the message shows no value (kube-apiserver does this for CEL errors on objects and lists). */
export const OMIT_VALUE: unique symbol = Symbol('omit-value');

function withValue(prefix: string, value: unknown, detail: string): string {
  const body = value === OMIT_VALUE ? prefix : `${prefix}: ${formatGoValue(value)}`;
  return detail ? `${body}: ${detail}` : body;
}

export function requiredError(field: string, detail = ''): AdmissionCause {
  return { reason: 'FieldValueRequired', message: detail ? `Required value: ${detail}` : 'Required value', field };
}

export function invalidError(field: string, value: unknown, detail: string): AdmissionCause {
  return { reason: 'FieldValueInvalid', message: withValue('Invalid value', value, detail), field };
}

export function typeInvalidError(field: string, value: unknown, detail: string): AdmissionCause {
  return { reason: 'FieldValueTypeInvalid', message: withValue('Invalid value', value, detail), field };
}

export function notSupportedError(field: string, value: unknown, supported: string[]): AdmissionCause {
  const detail = supported.length > 0 ? `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}` : '';
  return { reason: 'FieldValueNotSupported', message: withValue('Unsupported value', value, detail), field };
}

export function tooLongError(field: string, maxLength: number): AdmissionCause {
  const detail = maxLength >= 0 ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}` : 'value is too long';
  return { reason: 'FieldValueTooLong', message: `Too long: ${detail}`, field };
}

export function tooManyError(field: string, actual: number, max: number): AdmissionCause {
  const detail = max >= 0 ? `must have at most ${max} ${max === 1 ? 'item' : 'items'}` : 'has too many items';
  const message = actual >= 0 ? `Too many: ${actual}: ${detail}` : `Too many: ${detail}`;
  return { reason: 'FieldValueTooMany', message, field };
}

export function duplicateError(field: string, value: unknown): AdmissionCause {
  return { reason: 'FieldValueDuplicate', message: withValue('Duplicate value', value, ''), field };
}

export function forbiddenError(field: string, detail: string): AdmissionCause {
  return { reason: 'FieldValueForbidden', message: detail ? `Forbidden: ${detail}` : 'Forbidden', field };
}
