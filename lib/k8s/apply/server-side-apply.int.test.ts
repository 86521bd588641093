import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManagementClusterEntry } from '../registry/management-cluster-entry';
import { startFakeKubeServer, type FakeKubeServer } from '../test-support/fake-kube-server';
import { deleteObject } from './delete-object';
import { getObject } from './get-object';
import { readSecret } from './read-secret';
import { serverSideApply } from './server-side-apply';

const MD_PATH = '/apis/cluster.x-k8s.io/v1beta2/namespaces/team-a/machinedeployments/md-0';
const md = { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachineDeployment', metadata: { name: 'md-0', namespace: 'team-a' }, spec: { replicas: 3 } };

function json(response: ServerResponse, status: number, body: unknown, auditId = 'audit-7f3a') {
  response.writeHead(status, { 'content-type': 'application/json', 'audit-id': auditId });
  response.end(JSON.stringify(body));
}

interface Seen {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  authorization: string | undefined;
  body: string;
}

describe('server-side apply and object calls', () => {
  let server: FakeKubeServer;
  let entry: ManagementClusterEntry;
  let seen: Seen[];
  let reply: (request: IncomingMessage, response: ServerResponse, body: string) => void;

  beforeEach(async () => {
    server = await startFakeKubeServer();
    seen = [];
    entry = { name: 'fake', displayName: 'Fake', labels: {}, source: 'config', kubeConfig: server.kubeConfig, refusal: null };
    server.route('/apis/cluster.x-k8s.io/v1beta2', (_request, response) =>
      json(response, 200, { kind: 'APIResourceList', resources: [{ name: 'machinedeployments', kind: 'MachineDeployment', namespaced: true, verbs: ['get', 'patch', 'delete'] }] }),
    );
    server.route(MD_PATH, (request, response, body) => {
      seen.push({ method: request.method, url: request.url, contentType: request.headers['content-type'], authorization: request.headers.authorization, body });
      reply(request, response, body);
    });
  });

  afterEach(async () => {
    await server.close();
  });

  it('patches with the apply content type, field manager, force and dry run and returns the object and Audit-Id', async () => {
    reply = (_request, response, body) => json(response, 200, { ...(JSON.parse(body) as object), metadata: { ...md.metadata, uid: 'u1', resourceVersion: '42' } });
    const result = await serverSideApply({ managementCluster: entry, object: md, force: true, dryRun: true });
    expect(result).toMatchObject({ ok: true, auditId: 'audit-7f3a', value: { kind: 'MachineDeployment', metadata: { resourceVersion: '42' } } });
    expect(seen[0]).toMatchObject({ method: 'PATCH', contentType: 'application/apply-patch+yaml', authorization: 'Bearer fake-token' });
    const query = new URL(seen[0]?.url ?? '', server.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ fieldManager: 'quarterdeck', force: 'true', dryRun: 'All' });
    expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual(md);
  });

  it.each([
    {
      case: 'a 409 conflict',
      status: 409,
      body: { kind: 'Status', code: 409, reason: 'Conflict', message: 'Apply failed with 1 conflict: conflict with "capi" using cluster.x-k8s.io/v1beta2: .spec.replicas', details: { causes: [{ reason: 'FieldManagerConflict', field: '.spec.replicas', message: 'conflict with "capi"' }] } },
      expected: { kind: 'conflict', status: 409, reason: 'Conflict', causes: [{ field: '.spec.replicas', reason: 'FieldManagerConflict', message: 'conflict with "capi"' }] },
    },
    {
      case: 'a 422 invalid object',
      status: 422,
      body: { kind: 'Status', code: 422, reason: 'Invalid', message: 'MachineDeployment.cluster.x-k8s.io "md-0" is invalid: spec.replicas: Invalid value: -1', details: { causes: [{ reason: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1' }] } },
      expected: { kind: 'invalid', status: 422, reason: 'Invalid', causes: [{ field: 'spec.replicas', reason: 'FieldValueInvalid', message: 'Invalid value: -1' }] },
    },
    {
      case: 'a 403 forbidden',
      status: 403,
      body: { kind: 'Status', code: 403, reason: 'Forbidden', message: 'machinedeployments.cluster.x-k8s.io "md-0" is forbidden: User "qd" cannot patch resource' },
      expected: { kind: 'forbidden', status: 403, reason: 'Forbidden', causes: [] },
    },
  ])('maps $case to a typed failure with the Audit-Id', async ({ status, body, expected }) => {
    reply = (_request, response) => json(response, status, body, 'audit-err');
    const result = await serverSideApply({ managementCluster: entry, object: md });
    expect(result).toMatchObject({ ok: false, auditId: 'audit-err', failure: { ...expected, message: body.message } });
  });

  it('reports an unreachable management cluster without leaking the token', async () => {
    await server.close();
    const result = await serverSideApply({ managementCluster: entry, object: md });
    expect(result).toMatchObject({ ok: false, auditId: null, failure: { kind: 'unreachable', status: null, message: 'connection refused' } });
    expect(JSON.stringify(result)).not.toContain('fake-token');
    server = await startFakeKubeServer();
  });

  it('refuses a refused management cluster and an unknown kind without a write', async () => {
    const refused = await serverSideApply({ managementCluster: { ...entry, kubeConfig: null, refusal: 'management cluster "fake": user "u" uses "exec"' }, object: md });
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'forbidden', message: 'management cluster "fake": user "u" uses "exec"' } });
    const unknown = await serverSideApply({ managementCluster: entry, object: { ...md, kind: 'Nope' } });
    expect(unknown).toMatchObject({ ok: false, failure: { kind: 'not-found', message: 'Nope is not served in cluster.x-k8s.io/v1beta2' } });
    expect(seen).toEqual([]);
  });

  it('gets and deletes one object with preconditions', async () => {
    reply = (request, response) => json(response, 200, { ...md, metadata: { ...md.metadata, uid: 'u1', resourceVersion: '9' } }, request.method === 'DELETE' ? 'audit-del' : 'audit-get');
    const got = await getObject({ managementCluster: entry, apiVersion: md.apiVersion, kind: md.kind, namespace: 'team-a', name: 'md-0' });
    expect(got).toMatchObject({ ok: true, auditId: 'audit-get', value: { metadata: { uid: 'u1' } } });
    const deleted = await deleteObject({ managementCluster: entry, apiVersion: md.apiVersion, kind: md.kind, namespace: 'team-a', name: 'md-0', propagationPolicy: 'Foreground', preconditions: { uid: 'u1' } });
    expect(deleted).toMatchObject({ ok: true, auditId: 'audit-del' });
    expect(JSON.parse(seen[1]?.body ?? '{}')).toEqual({ apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Foreground', preconditions: { uid: 'u1' } });
  });

  it('reads and decodes a Secret', async () => {
    server.route('/api/v1/namespaces/team-a/secrets/c1-kubeconfig', (_request, response) =>
      json(response, 200, { apiVersion: 'v1', kind: 'Secret', type: 'cluster.x-k8s.io/secret', metadata: { name: 'c1-kubeconfig', namespace: 'team-a' }, data: { value: Buffer.from('apiVersion: v1\nkind: Config\n').toString('base64') } }),
    );
    const result = await readSecret({ managementCluster: entry, namespace: 'team-a', name: 'c1-kubeconfig' });
    expect(result.ok && result.value.data.value?.toString('utf8')).toBe('apiVersion: v1\nkind: Config\n');
    expect(result.ok && result.value.type).toBe('cluster.x-k8s.io/secret');
  });
});
