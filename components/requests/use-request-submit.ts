'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiRequestError } from '@/components/ui/fetch-json';
import { requestQueries, submitChangeRequest } from './request-queries';
import { fieldErrorsFromDetails, validateActionInput, type FieldErrors } from './validate-action-input';

/** Validates a dialog's request with the API schema, POSTs it and opens the new request. */
export function useRequestSubmit() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: submitChangeRequest,
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: requestQueries.all() });
      router.push(id ? `/requests/${id}` : '/requests?tab=mine');
    },
    onError: (error) => setErrors(error instanceof ApiRequestError ? fieldErrorsFromDetails(error.details) : {}),
  });
  const submit = (raw: unknown) => {
    const checked = validateActionInput(raw);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    mutation.mutate(checked.input);
  };
  return { submit, errors, pending: mutation.isPending, error: mutation.isError ? mutation.error.message : undefined };
}
