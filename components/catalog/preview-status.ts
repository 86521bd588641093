// The preview panel's verdict from where the debounced dry-run stands. Pure, so every state of the
// submit gate is tested.
import type { FormErrors } from './api-field-errors';

export type PreviewStatus = 'waiting' | 'checking' | 'passed' | 'failed';

export function previewStatus(options: { valid: boolean; settled: boolean; fresh: boolean; errors: FormErrors | undefined; dryRunOk: boolean | undefined }): { status: PreviewStatus; problemCount: number } {
  const { errors } = options;
  if (!options.valid) return { status: 'waiting', problemCount: 0 };
  if (!options.settled || !options.fresh || !errors) return { status: 'checking', problemCount: 0 };
  const problemCount = errors.fieldErrors.length + errors.messages.length;
  return { status: options.dryRunOk === true && problemCount === 0 ? 'passed' : 'failed', problemCount };
}
