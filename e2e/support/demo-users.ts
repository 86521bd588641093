// The demo users of quarterdeck.demo.yaml and what the console should show for each.
export const DEMO_PASSWORD = 'quarterdeck';

export const DEMO_USERS = [
  { username: 'alice', name: 'Alice Requester', roles: ['requester'], teams: ['payments'] },
  { username: 'erin', name: 'Erin Requester', roles: ['requester'], teams: ['search'] },
  { username: 'bob', name: 'Bob Approver', roles: ['approver'], teams: ['platform'] },
  { username: 'carol', name: 'Carol Approver', roles: ['approver'], teams: ['platform'] },
  { username: 'dave', name: 'Dave Manager', roles: ['viewer'], teams: [] },
  { username: 'admin', name: 'Ada Admin', roles: ['admin'], teams: ['platform'] },
] as const;

export type DemoUsername = (typeof DEMO_USERS)[number]['username'];
