// Maps the API server's (and CAPI webhook's) field errors on a Cluster onto the request form's
// field paths, so a dry-run failure shows next to the input that caused it.
import type { ValueError } from './variable-types';

export interface ApiCause {
  field?: string | null;
  message?: string | null;
  reason?: string | null;
}

export interface MappedDryRunErrors {
  fieldErrors: { field: string; message: string }[];
  /** Causes no form field owns (and the top-level message when there are no causes). */
  messages: string[];
}

const TOPOLOGY = 'spec.topology';

/** `[0]` → `.0`, `[name]` → `.name`, leading dot dropped. */
function dotted(rest: string): string {
  return rest.replace(/\[([^\]]*)\]/g, '.$1').replace(/^\./, '');
}

function joinPath(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('.');
}

const FIXED: Record<string, string> = {
  'metadata.name': 'name',
  'metadata.namespace': 'namespace',
  [`${TOPOLOGY}.version`]: 'version',
  [`${TOPOLOGY}.controlPlane.replicas`]: 'controlPlaneReplicas',
  [`${TOPOLOGY}.classRef`]: 'className',
  [`${TOPOLOGY}.classRef.name`]: 'className',
  [`${TOPOLOGY}.classRef.namespace`]: 'classNamespace',
  [`${TOPOLOGY}.class`]: 'className',
  [`${TOPOLOGY}.classNamespace`]: 'classNamespace',
};

/** The form path for an API field path, or undefined when no form field owns it. */
export function formPathOf(field: string, message = ''): string | undefined {
  const fixed = FIXED[field];
  if (fixed) return fixed;
  const variable = /^spec\.topology\.variables\[([^\]]+)\](?:\.value)?(.*)$/.exec(field);
  if (variable?.[1]) return joinPath('variables', variable[1], dotted(variable[2] ?? ''));
  if (field === `${TOPOLOGY}.variables`) {
    const named = /variable with name "([^"]+)"/.exec(message);
    return named?.[1] ? `variables.${named[1]}` : 'variables';
  }
  const override = /^spec\.topology\.workers\.machineDeployments\[(\d+)\]\.variables\.overrides\[([^\]]+)\](?:\.value)?(.*)$/.exec(field);
  if (override?.[1] && override[2]) return joinPath('workers', override[1], 'overrides', override[2], dotted(override[3] ?? ''));
  const pool = /^spec\.topology\.workers\.machineDeployments\[(\d+)\](?:\.(class|name|replicas))?/.exec(field);
  if (pool?.[1]) return joinPath('workers', pool[1], pool[2] ?? '');
  if (field.startsWith(`${TOPOLOGY}.workers`)) return 'workers';
  return undefined;
}

/** kube-openapi repeats the path inside the message (`<path> in body should match …`); the form shows it next to the field. */
function cleanMessage(field: string, message: string): string {
  return message.split(`${field} in body `).join('');
}

export function mapDryRunErrors(options: { causes: readonly ApiCause[]; message?: string }): MappedDryRunErrors {
  const fieldErrors: MappedDryRunErrors['fieldErrors'] = [];
  const messages: string[] = [];
  for (const cause of options.causes) {
    const field = cause.field ?? '';
    const message = cleanMessage(field, cause.message ?? cause.reason ?? 'invalid');
    const formPath = field ? formPathOf(field, message) : undefined;
    if (formPath) fieldErrors.push({ field: formPath, message });
    else messages.push(field ? `${field}: ${message}` : message);
  }
  if (options.causes.length === 0 && options.message) messages.push(options.message);
  return { fieldErrors, messages };
}

/** Value errors from `validateValue` of one variable → form field errors under `variables.<name>`. */
export function variableFieldErrors(options: { prefix: string; errors: readonly ValueError[] }): { field: string; message: string }[] {
  return options.errors.map((error) => ({ field: joinPath(options.prefix, error.path), message: error.message }));
}
