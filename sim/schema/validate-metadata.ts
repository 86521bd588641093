// metadata.name checks kube-apiserver applies to every custom resource
// (ValidateObjectMetaAccessor with NameIsDNSSubdomain).
import { invalidError, requiredError, type AdmissionCause } from './field-errors';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_SUBDOMAIN_MAX = 253;
const DNS1123_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

export function validateDnsSubdomain(field: string, value: string): AdmissionCause[] {
  const causes: AdmissionCause[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX) causes.push(invalidError(field, value, `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`));
  if (!DNS1123_SUBDOMAIN.test(value)) causes.push(invalidError(field, value, DNS1123_SUBDOMAIN_MESSAGE));
  return causes;
}

export function validateMetadata(metadata: unknown): AdmissionCause[] {
  const meta = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>) : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : '';
  if (name === '') return generateName === '' ? [requiredError('metadata.name', 'name or generateName is required')] : [];
  return validateDnsSubdomain('metadata.name', name);
}
