'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { fetchJson } from '@/components/ui/fetch-json';
import type { ChangeRequestInput } from '@/lib/change-requests/change-request-input';
import type { RequestFormState } from './request-form-state';

// POST /api/change-requests answers with the request view; only its id matters here.
const createdSchema = z.union([z.object({ id: z.string().min(1) }), z.object({ item: z.object({ id: z.string().min(1) }) }).transform((body) => body.item)]);

export function changeRequestBody(state: RequestFormState): ChangeRequestInput {
  const comment = state.comment.trim();
  return { type: 'create-cluster', request: state.values, ...(state.ttlHours === undefined ? {} : { ttlHours: state.ttlHours }), ...(comment ? { comment } : {}) };
}

/** Files the create-cluster change request and opens it. */
export function useSubmitRequest() {
  const router = useRouter();
  return useMutation({
    mutationFn: async (state: RequestFormState) => createdSchema.parse(await fetchJson<unknown>('/api/change-requests', { method: 'POST', json: changeRequestBody(state) })),
    onSuccess: ({ id }) => router.push(`/requests/${encodeURIComponent(id)}`),
  });
}
