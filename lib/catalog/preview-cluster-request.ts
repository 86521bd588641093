// POST /api/catalog/preview: the exact Cluster manifest a request would create, and the
// management cluster's verdict on it (server-side dry-run). Problems the server finds on its own
// (prepareClusterRequest) come back the same way, as field errors, without a dry-run.
import type { User } from '@/lib/auth/user';
import { renderClusterManifest } from '@/lib/capi/cluster-request/render-cluster-manifest';
import type { QuarterdeckConfig } from '@/lib/config/config-schema';
import { getConfig } from '@/lib/config/get-config';
import { isAppError } from '@/lib/errors/app-error';
import { stringify } from 'yaml';
import { buildRequestSpec } from './build-request-spec';
import type { FieldError, PreviewResult } from './catalog-types';
import type { ClassSource } from './class-object';
import { clusterRequestInputSchema, type ClusterRequestInput } from './cluster-request-input';
import { coerceDraftInput } from './coerce-draft-input';
import { dryRunManifest, type DryRunApply } from './dry-run-manifest';
import { findClass } from './find-class';
import { prepareClusterRequest, zodFieldErrors } from './prepare-cluster-request';
import { readClassObjects } from './read-class-objects';

export interface PreviewClusterRequestOptions {
  user: User;
  input: unknown;
  source?: ClassSource;
  config?: QuarterdeckConfig;
  apply?: DryRunApply;
}

function fieldErrorsOf(details: unknown): FieldError[] {
  const list = (details as { fieldErrors?: unknown } | undefined)?.fieldErrors;
  return Array.isArray(list) ? (list as FieldError[]) : [];
}

export async function previewClusterRequest(options: PreviewClusterRequestOptions): Promise<PreviewResult> {
  const config = options.config ?? getConfig().config;
  const source = options.source ?? readClassObjects;
  const parsed = clusterRequestInputSchema.safeParse(options.input);
  if (!parsed.success) {
    const draft = coerceDraftInput(options.input);
    return draftPreview({ ...options, draft, source, config, fieldErrors: zodFieldErrors(parsed.error.issues) });
  }
  const draft = parsed.data;
  try {
    const prepared = prepareClusterRequest({ user: options.user, input: draft, source, config });
    const dryRun = await dryRunManifest({ managementCluster: prepared.entry.managementCluster, manifest: prepared.manifest, ...(options.apply ? { apply: options.apply } : {}) });
    return { manifest: prepared.manifest, yaml: stringify(prepared.manifest), dryRun };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation') throw error;
    return draftPreview({ ...options, draft, source, config, fieldErrors: fieldErrorsOf(error.details) });
  }
}

/** The manifest as it stands, next to what is wrong with it (no dry-run). */
function draftPreview(options: { user: User; draft: ClusterRequestInput; source: ClassSource; config: QuarterdeckConfig; fieldErrors: FieldError[] }): PreviewResult {
  const { draft, config } = options;
  const { entry } = findClass({ user: options.user, managementCluster: draft.managementCluster, namespace: draft.classNamespace, name: draft.className, source: options.source, config });
  const manifest = renderClusterManifest({ spec: buildRequestSpec({ input: draft, entry, config }), apiVersion: entry.apiVersion });
  return { manifest, yaml: stringify(manifest), dryRun: { ok: false, fieldErrors: options.fieldErrors, messages: [] } };
}
