'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import type { PreviewResult } from '@/lib/catalog/catalog-types';
import type { ClusterRequestInput } from '@/lib/catalog/cluster-request-input';
import { apiFieldErrors, type FormErrors } from './api-field-errors';
import { previewStatus, type PreviewStatus } from './preview-status';

export interface PreviewState {
  status: PreviewStatus;
  managementCluster: string;
  yaml: string | undefined;
  problemCount: number;
}

const DEBOUNCE_MS = 400;

function errorsOf(data: PreviewResult | undefined, error: unknown): FormErrors | undefined {
  if (error) return apiFieldErrors(error);
  if (data) return { fieldErrors: data.dryRun.fieldErrors, messages: data.dryRun.messages };
  return undefined;
}

/**
 * Debounced POST /api/catalog/preview (render + server-side dry-run). Half-filled values are sent
 * too (the server renders a draft manifest without a dry-run); its errors are handed to `onErrors`
 * only once the live checks pass and while they still describe the values on screen.
 */
export function useRequestPreview(options: { values: ClusterRequestInput; valid: boolean; onErrors: (errors: FormErrors) => void }): PreviewState {
  const { values, valid, onErrors } = options;
  const [debounced, setDebounced] = useState(values);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(values), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values]);
  const settled = debounced === values;
  const query = useQuery({
    queryKey: ['catalog', debounced.managementCluster, 'preview', JSON.stringify(debounced)] as const,
    queryFn: ({ signal }) => fetchJson<PreviewResult>('/api/catalog/preview', { method: 'POST', json: debounced, signal }),
    enabled: settled,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const errors = useMemo(() => errorsOf(query.data, query.error), [query.data, query.error]);
  const fresh = !query.isPlaceholderData && !query.isFetching;
  useEffect(() => {
    // Live errors speak for themselves until they are fixed; a late answer for values the user has since changed would put stale errors on fresh input.
    if (valid && errors && fresh && values === debounced) onErrors(errors);
  }, [valid, errors, fresh, debounced, values, onErrors]);
  const managementCluster = values.managementCluster;
  const yaml = query.data?.yaml;
  const dryRunOk = query.error ? false : query.data?.dryRun.ok;
  return { ...previewStatus({ valid, settled, fresh, errors, dryRunOk }), managementCluster, yaml };
}
