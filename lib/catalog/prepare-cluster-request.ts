// Everything the server can check about a cluster request without asking the API server, then the
// manifest to dry-run or apply. Used by the preview and by create-cluster change requests.
import type { User } from '@/lib/auth/user';
import type { ClusterRequestSpec } from '@/lib/capi/cluster-request/cluster-request-spec';
import { renderClusterManifest, type ClusterManifest } from '@/lib/capi/cluster-request/render-cluster-manifest';
import { extractClassVariables } from '@/lib/capi/variables/extract-class-variables';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { getConfig } from '@/lib/config/get-config';
import { AppError } from '@/lib/errors/app-error';
import type { CatalogEntry, FieldError } from './catalog-types';
import type { ClassSource } from './class-object';
import { clusterRequestInputSchema, type ClusterRequestInput } from './cluster-request-input';
import { buildRequestSpec } from './build-request-spec';
import { findClass } from './find-class';
import { classesListed, readClassObjects } from './read-class-objects';
import { userNamespaces } from './user-access';
import { validateRequestVariables } from './validate-request-variables';

export interface PrepareClusterRequestOptions {
  user: User;
  input: ClusterRequestInput;
  source?: ClassSource;
  config?: QuarterdeckConfig;
}

export interface PreparedClusterRequest {
  spec: ClusterRequestSpec;
  manifest: ClusterManifest;
  entry: CatalogEntry;
}

function basicErrors(options: { input: ClusterRequestInput; entry: CatalogEntry; namespaces: string[] }): FieldError[] {
  const { input, entry } = options;
  const errors: FieldError[] = [];
  if (!options.namespaces.includes(input.namespace)) errors.push({ field: 'namespace', message: `must be one of your teams' namespaces: ${options.namespaces.join(', ') || 'none'}` });
  if (!entry.versions.includes(input.version)) errors.push({ field: 'version', message: entry.versions.length ? `must be one of ${entry.versions.join(', ')}` : 'no Kubernetes versions are allowed for this class' });
  const seen = new Set<string>();
  input.workers.forEach((pool, index) => {
    if (!entry.workerClasses.includes(pool.class)) errors.push({ field: `workers.${index}.class`, message: `must be one of ${entry.workerClasses.join(', ')}` });
    if (seen.has(pool.name)) errors.push({ field: `workers.${index}.name`, message: `pool name "${pool.name}" is used twice` });
    seen.add(pool.name);
  });
  return errors;
}

/** One error per field (zod reports an empty name both as missing and as not matching the pattern). */
export function zodFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, { field, message: issue.message });
  }
  return [...byField.values()];
}

export function prepareClusterRequest(options: PrepareClusterRequestOptions): PreparedClusterRequest {
  const parsed = clusterRequestInputSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError({ code: 'validation', message: 'The cluster request is invalid', details: { fieldErrors: zodFieldErrors(parsed.error.issues) } });
  const input = parsed.data;
  const config = options.config ?? getConfig().config;
  const { item, entry } = findClass({ user: options.user, managementCluster: input.managementCluster, namespace: input.classNamespace, name: input.className, source: options.source ?? readClassObjects, listed: options.source ? undefined : classesListed, config });
  const fieldErrors = [
    ...basicErrors({ input, entry, namespaces: userNamespaces({ user: options.user, config }) }),
    ...validateRequestVariables({ variables: extractClassVariables(item.object), input }),
  ];
  if (fieldErrors.length) throw new AppError({ code: 'validation', message: 'The cluster request is invalid', details: { fieldErrors } });
  const spec = buildRequestSpec({ input, entry, config });
  return { spec, manifest: renderClusterManifest({ spec, apiVersion: entry.apiVersion }), entry };
}
