import { describe, expect, it } from 'vitest';
import type { NotificationWebhookConfig } from '@/lib/config/config-schema';
import { notificationEventOf, webhookWants } from './enqueue-notifications';

const hook = (extra: Partial<NotificationWebhookConfig>): NotificationWebhookConfig => ({ name: 'h', url: 'https://example.com/h', secretEnv: 'S', ...extra });

describe('webhookWants', () => {
  it.each<[string, Partial<NotificationWebhookConfig>, boolean]>([
    ['a webhook without filters wants everything', {}, true],
    ['a team webhook wants its team', { teams: ['payments'] }, true],
    ['a team webhook ignores other teams', { teams: ['search'] }, false],
    ['an approver-group webhook wants requests its group approves', { approverGroups: ['platform-approvers'] }, true],
    ['either filter may match', { teams: ['search'], approverGroups: ['platform-approvers'] }, true],
    ['an event filter excludes other events', { events: ['ready'] }, false],
  ])('%s', (_name, extra, expected) => {
    expect(webhookWants(hook(extra), { event: 'requested', team: 'payments', approverGroups: ['platform-approvers'] })).toBe(expected);
  });
});

describe('notificationEventOf', () => {
  it.each([
    ['pending', 'requested'],
    ['approved', 'approved'],
    ['ready', 'ready'],
    ['stuck', 'stuck'],
    ['applying', null],
    ['cancelled', null],
  ])('maps %s to %s', (state, event) => {
    expect(notificationEventOf(state)).toBe(event);
  });
});
