export { extractClassVariables } from './extract-class-variables';
export { buildFormFields, buildFormVariable, labelOf } from './build-form-fields';
export { defaultValueOf, defaultValues } from './default-values';
export { validateValue } from './validate-value';
export { checkStringFormat } from './check-string-format';
export { formPathOf, mapDryRunErrors, variableFieldErrors, type ApiCause, type MappedDryRunErrors } from './map-dry-run-errors';
export type { ClassVariable, FieldMetadata, FormField, FormFieldType, FormVariable, FormWidget, JsonSchema, ValueError } from './variable-types';
