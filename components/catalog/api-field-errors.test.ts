import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '@/components/ui/fetch-json';
import { apiFieldErrors } from './api-field-errors';

describe('apiFieldErrors', () => {
  it('takes the field errors prepareClusterRequest reports', () => {
    const error = new ApiRequestError('The request is invalid', 422, 'validation', { fieldErrors: [{ field: 'variables.region', message: 'must be one of "eu-west-1"' }] });
    expect(apiFieldErrors(error)).toEqual({ fieldErrors: [{ field: 'variables.region', message: 'must be one of "eu-west-1"' }], messages: [] });
  });

  it('maps zod issues to form paths, dropping the body key the form sits under', () => {
    const error = new ApiRequestError('The request is invalid', 422, 'validation', {
      issues: [
        { path: ['request', 'workers', '0', 'name'], message: 'must be a lowercase DNS label' },
        { path: ['ttlHours'], message: 'Too big' },
        { path: [], message: 'Invalid input' },
      ],
    });
    expect(apiFieldErrors(error, { bodyPrefix: 'request' })).toEqual({
      fieldErrors: [
        { field: 'workers.0.name', message: 'must be a lowercase DNS label' },
        { field: 'ttlHours', message: 'Too big' },
      ],
      messages: ['Invalid input'],
    });
  });

  it.each([
    { error: new ApiRequestError('You may not use this class', 403, 'forbidden'), message: 'You may not use this class' },
    { error: new Error('Failed to fetch'), message: 'Failed to fetch' },
  ])('falls back to the message of $error.message', ({ error, message }) => {
    expect(apiFieldErrors(error)).toEqual({ fieldErrors: [], messages: [message] });
  });
});
