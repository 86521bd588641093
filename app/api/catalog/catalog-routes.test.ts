// The catalog routes over fixture ClusterClasses: permissions, filters, 404/403 and the preview's
// 200-with-field-errors answer (authentication and the informer caches are replaced).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/lib/auth/user';
import { fixtureConfig, fixtureSource, fixtureUser } from '@/lib/catalog/catalog-fixtures';
import { GET as getForm } from './[managementCluster]/[namespace]/[name]/route';
import { POST as preview } from './preview/route';
import { GET as listRoute } from './route';

const state: { user: User; listed: boolean } = { user: fixtureUser({ via: 'api-token' }), listed: true };
vi.mock('@/lib/http/authenticate-request', () => ({ authenticateRequest: () => Promise.resolve(state.user) }));
vi.mock('@/lib/catalog/read-class-objects', () => ({ readClassObjects: () => fixtureSource(), classesListed: () => state.listed }));
vi.mock('@/lib/config/get-config', () => ({ getConfig: () => ({ config: fixtureConfig, demo: false, source: 'test' }) }));

const get = (handler: typeof listRoute, path: string, params: Record<string, string> = {}) => handler(new Request(`http://127.0.0.1${path}`), { params: Promise.resolve(params) });
const post = (body: unknown) =>
  preview(new Request('http://127.0.0.1/api/catalog/preview', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
const ref = { managementCluster: 'mgmt-eu', namespace: 'quarterdeck-classes', name: 'aws-standard' };

describe('catalog routes', () => {
  beforeEach(() => {
    state.user = fixtureUser({ via: 'api-token' });
    state.listed = true;
  });

  it('answers 503, not 404, for a class of a management cluster that has not listed its ClusterClasses yet', async () => {
    state.listed = false;
    const response = await get(getForm, '/api/catalog/x', { ...ref, name: 'not-there-yet' });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('mgmt-eu is still loading its ClusterClasses; try again in a moment');
  });

  it('lists the classes the caller may use, filtered by the query', async () => {
    const response = await get(listRoute, '/api/catalog?provider=aws');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: { name: string }[] }).items.map((e) => e.name)).toEqual(['aws-standard']);
  });

  it('answers the class form, 404 for an unknown class and 403 for another team’s class', async () => {
    expect((await get(getForm, '/api/catalog/x', ref)).status).toBe(200);
    expect((await get(getForm, '/api/catalog/x', { ...ref, name: 'nope' })).status).toBe(404);
    state.user = fixtureUser({ via: 'api-token', teams: ['search'] });
    expect((await get(getForm, '/api/catalog/x', ref)).status).toBe(403);
  });

  it('answers a preview of a half-filled form with 200 and field errors', async () => {
    const response = await post({ managementCluster: 'mgmt-eu', classNamespace: 'quarterdeck-classes', className: 'aws-standard', name: '', namespace: 'team-payments', version: 'v1.33.5', controlPlaneReplicas: 1, workers: [], variables: { prefix: 'abc' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dryRun: { ok: false, fieldErrors: [{ field: 'name' }] }, manifest: { kind: 'Cluster' } });
  });

  it('refuses a preview to a viewer, who may not request clusters', async () => {
    state.user = fixtureUser({ via: 'api-token', roles: ['viewer'] });
    expect((await post({})).status).toBe(403);
  });
});
