// Compiles one x-kubernetes-validations entry. A rule cel-js cannot parse is skipped (never
// silently: it is recorded in CEL_GAPS, and the docs list the unsupported functions).
import { celEnvironment } from './cel-environment';

type Program = ReturnType<ReturnType<typeof celEnvironment>['parse']>;

export interface CompiledRule {
  rule: string;
  message: string | undefined;
  messageExpression: Program | undefined;
  reason: string | undefined;
  fieldPath: string | undefined;
  usesOldSelf: boolean;
  program: Program;
}

export interface CelGap {
  rule: string;
  error: string;
}

/** Rules found in a schema that could not be compiled, so are not enforced. */
export const CEL_GAPS: CelGap[] = [];

function recordGap(rule: string, error: unknown): void {
  if (CEL_GAPS.some((gap) => gap.rule === rule)) return;
  CEL_GAPS.push({ rule, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
}

export function compileCelRule(raw: Record<string, unknown>): CompiledRule | undefined {
  const rule = raw.rule;
  if (typeof rule !== 'string') return undefined;
  const env = celEnvironment();
  let program: Program;
  try {
    program = env.parse(rule);
  } catch (error) {
    recordGap(rule, error);
    return undefined;
  }
  // Unknown functions (the Kubernetes libraries not implemented here) only show up when type-checking.
  const checked = program.check();
  if (!checked.valid) {
    recordGap(rule, checked.error);
    return undefined;
  }
  let messageExpression: Program | undefined;
  if (typeof raw.messageExpression === 'string') {
    try {
      messageExpression = env.parse(raw.messageExpression);
    } catch (error) {
      recordGap(raw.messageExpression, error);
    }
  }
  return {
    rule,
    message: typeof raw.message === 'string' ? raw.message : undefined,
    messageExpression,
    reason: typeof raw.reason === 'string' ? raw.reason : undefined,
    fieldPath: typeof raw.fieldPath === 'string' ? raw.fieldPath : undefined,
    usesOldSelf: /\boldSelf\b/.test(rule),
    program,
  };
}
