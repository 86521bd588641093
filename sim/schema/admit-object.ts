// Admission of a custom resource against its CRD version's schema, in kube-apiserver's order:
// prune unknown fields, apply defaults, then validate (metadata, schema, CEL rules).
import type { KubeObject } from '../core/kube-object';
import { applyDefaults } from './apply-defaults';
import { cloneJson } from './clone-json';
import { compileSchema } from './compile-schema';
import { NO_OLD } from './correlate-old';
import { evaluateCelRules } from './evaluate-cel-rules';
import { invalidError, NIL_PATH, type AdmissionCause } from './field-errors';
import { pruneObject } from './prune-object';
import { validateMetadata } from './validate-metadata';
import { validateSchemaValue } from './validate-schema-value';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface AdmitObjectResult {
  /** the pruned and defaulted copy (the input is not modified) */
  object: KubeObject;
  causes: AdmissionCause[];
  /** pruned paths as kube-apiserver reports them in `unknown field "<path>"` (empty with fieldValidation=Ignore) */
  unknownFields: string[];
}

const BLOCKING = new Set(['FieldValueNotSupported', 'FieldValueRequired', 'FieldValueTooLong', 'FieldValueTooMany', 'FieldValueTypeInvalid']);

export function admitObject(options: {
  schema: Record<string, unknown>;
  object: KubeObject;
  fieldValidation: FieldValidation;
  oldObject?: KubeObject;
}): AdmitObjectResult {
  const schema = compileSchema(options.schema);
  const object = cloneJson(options.object);
  const unknownFields = pruneObject(object, schema);
  applyDefaults(object, schema);
  const causes = validateMetadata(object.metadata);
  validateSchemaValue(causes, { value: object, node: schema, path: '', old: options.oldObject ?? NO_OLD });
  if (causes.some((c) => BLOCKING.has(c.reason))) {
    causes.push(
      invalidError(NIL_PATH, null, 'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation'),
    );
  } else {
    causes.push(...evaluateCelRules({ object, schema, oldObject: options.oldObject }));
  }
  return { object, causes, unknownFields: options.fieldValidation === 'Ignore' ? [] : unknownFields };
}
