// ObjectMeta checks kube-apiserver applies to every custom resource
// (ValidateObjectMetaAccessor with NameIsDNSSubdomain, ValidateLabels, ValidateAnnotations).
import { invalidError, requiredError, tooLongError, type AdmissionCause } from './field-errors';
import { isDns1123Subdomain, isQualifiedName, isValidLabelValue } from './validate-qualified-names';

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

function stringMap(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function validateLabels(labels: Record<string, unknown>): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  for (const [key, value] of Object.entries(labels)) {
    for (const msg of isQualifiedName(key)) causes.push(invalidError('metadata.labels', key, msg));
    if (typeof value === 'string') for (const msg of isValidLabelValue(value)) causes.push(invalidError('metadata.labels', value, msg));
  }
  return causes;
}

function validateAnnotations(annotations: Record<string, unknown>): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(annotations)) {
    for (const msg of isQualifiedName(key.toLowerCase())) causes.push(invalidError('metadata.annotations', key, msg));
    size += key.length + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) causes.push(tooLongError('metadata.annotations', TOTAL_ANNOTATION_SIZE_LIMIT));
  return causes;
}

export function validateMetadata(metadata: unknown): AdmissionCause[] {
  const meta = stringMap(metadata);
  const name = typeof meta.name === 'string' ? meta.name : '';
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : '';
  const causes: AdmissionCause[] = [];
  if (name === '') {
    if (generateName === '') causes.push(requiredError('metadata.name', 'name or generateName is required'));
  } else {
    for (const msg of isDns1123Subdomain(name)) causes.push(invalidError('metadata.name', name, msg));
  }
  causes.push(...validateLabels(stringMap(meta.labels)), ...validateAnnotations(stringMap(meta.annotations)));
  return causes;
}
