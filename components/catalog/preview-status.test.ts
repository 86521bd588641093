import { describe, expect, it } from 'vitest';
import { previewStatus } from './preview-status';

const clean = { fieldErrors: [], messages: [] };
const broken = { fieldErrors: [{ field: 'variables.region', message: 'Unsupported value' }], messages: ['webhook says no'] };

describe('previewStatus', () => {
  it.each([
    { name: 'live errors wait for a fix', input: { valid: false, settled: true, fresh: true, errors: clean, dryRunOk: true }, status: 'waiting', problemCount: 0 },
    { name: 'typing (not settled) is checking', input: { valid: true, settled: false, fresh: true, errors: clean, dryRunOk: true }, status: 'checking', problemCount: 0 },
    { name: 'a request in flight is checking', input: { valid: true, settled: true, fresh: false, errors: clean, dryRunOk: true }, status: 'checking', problemCount: 0 },
    { name: 'no answer yet is checking', input: { valid: true, settled: true, fresh: true, errors: undefined, dryRunOk: undefined }, status: 'checking', problemCount: 0 },
    { name: 'a clean dry-run passes', input: { valid: true, settled: true, fresh: true, errors: clean, dryRunOk: true }, status: 'passed', problemCount: 0 },
    { name: 'a failed dry-run counts its problems', input: { valid: true, settled: true, fresh: true, errors: broken, dryRunOk: false }, status: 'failed', problemCount: 2 },
    { name: 'a failed dry-run without details still fails', input: { valid: true, settled: true, fresh: true, errors: clean, dryRunOk: false }, status: 'failed', problemCount: 0 },
    { name: 'ok with leftover problems does not pass', input: { valid: true, settled: true, fresh: true, errors: broken, dryRunOk: true }, status: 'failed', problemCount: 2 },
  ] as const)('$name', ({ input, status, problemCount }) => {
    expect(previewStatus({ ...input, errors: input.errors ? { fieldErrors: [...input.errors.fieldErrors], messages: [...input.errors.messages] } : undefined })).toEqual({ status, problemCount });
  });
});
