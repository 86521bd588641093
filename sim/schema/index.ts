export { admitObject, type AdmitObjectResult, type FieldValidation } from './admit-object';
export { CEL_GAPS, type CelGap } from './compile-cel-rule';
export { UNSUPPORTED_CEL_FUNCTIONS } from './cel-environment';
export type { AdmissionCause } from './field-errors';
export { findVersionSchema } from './find-version-schema';
export { capiDataDir, findCapiCrd, loadCapiCrds, type LoadedCrd } from './load-capi-crds';
