import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR } from './migrate/migration-paths';
import { ACTIVITY_KINDS, APPROVAL_DECISIONS, CHANGE_REQUEST_STATES, CHANGE_REQUEST_TYPES, CONDITION_STATUSES, NOTIFICATION_STATUSES, OUTBOX_JOB_KINDS, OUTBOX_JOB_STATES } from './enums';

const migrations = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, entry.name, 'migration.sql'), 'utf8'))
  .join('\n');

function allowedValues(constraint: string): string[] {
  const match = new RegExp(`"${constraint}" CHECK \\("\\w+" IN \\(([^)]*)\\)\\)`).exec(migrations);
  if (!match?.[1]) throw new Error(`CHECK constraint ${constraint} not found in the migrations`);
  return [...match[1].matchAll(/'([^']*)'/g)].map((value) => value[1] ?? '');
}

describe('text enum columns', () => {
  it.each([
    ['ChangeRequest_type_check', CHANGE_REQUEST_TYPES],
    ['ChangeRequest_state_check', CHANGE_REQUEST_STATES],
    ['Approval_decision_check', APPROVAL_DECISIONS],
    ['OutboxJob_kind_check', OUTBOX_JOB_KINDS],
    ['OutboxJob_state_check', OUTBOX_JOB_STATES],
    ['NotificationDelivery_status_check', NOTIFICATION_STATUSES],
    ['ConditionTransition_status_check', CONDITION_STATUSES],
    ['ActivityDuration_activity_check', ACTIVITY_KINDS],
  ])('%s allows exactly the values listed in lib/db/enums.ts', (constraint, values) => {
    expect(allowedValues(constraint)).toEqual([...values]);
  });
});
