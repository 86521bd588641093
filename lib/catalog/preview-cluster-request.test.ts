import { describe, expect, it } from 'vitest';
import type { KubeFailure } from '@/lib/k8s/request/kube-failure';
import { fixtureConfig, fixtureSource, fixtureUser } from './catalog-fixtures';
import type { DryRunApply } from './dry-run-manifest';
import { previewClusterRequest } from './preview-cluster-request';

const input = {
  managementCluster: 'mgmt-eu', classNamespace: 'quarterdeck-classes', className: 'aws-standard', name: 'checkout', namespace: 'team-payments', version: 'v1.33.5',
  controlPlaneReplicas: 1, workers: [{ class: 'general', name: 'md-0', replicas: 2, overrides: {} }], variables: { prefix: 'abc' },
};

function recordingApply(answer: Awaited<ReturnType<DryRunApply>>): DryRunApply & { calls: number } {
  const apply = Object.assign(async () => {
    apply.calls += 1;
    return Promise.resolve(answer);
  }, { calls: 0 });
  return apply;
}

const failing = (failure: Partial<KubeFailure>) => recordingApply({ ok: false, auditId: null, failure: { kind: 'invalid', status: 422, message: 'invalid', reason: 'Invalid', causes: [], ...failure } });
const base = { user: fixtureUser(), source: fixtureSource, config: fixtureConfig };

describe('previewClusterRequest', () => {
  it('returns the manifest, its YAML and a passing dry-run', async () => {
    const apply = recordingApply({ ok: true, auditId: 'a1', value: { apiVersion: 'v1', kind: 'Cluster', metadata: { name: 'checkout', uid: 'u', resourceVersion: '1' } } });
    const preview = await previewClusterRequest({ ...base, input, apply });
    expect(apply.calls).toBe(1);
    expect(preview.dryRun).toEqual({ ok: true, fieldErrors: [], messages: [] });
    expect(preview.yaml).toContain('apiVersion: cluster.x-k8s.io/v1beta2');
    expect(preview.manifest).toMatchObject({ metadata: { name: 'checkout' } });
  });

  it('maps the API server’s causes onto form fields', async () => {
    const apply = failing({ causes: [{ field: 'spec.topology.workers.machineDeployments[0].replicas', message: 'Invalid value: -1: must be positive', reason: 'FieldValueInvalid' }, { field: 'spec.foo', message: 'Forbidden', reason: 'FieldValueForbidden' }] });
    const preview = await previewClusterRequest({ ...base, input, apply });
    expect(preview.dryRun).toEqual({ ok: false, fieldErrors: [{ field: 'workers.0.replicas', message: 'Invalid value: -1: must be positive' }], messages: ['spec.foo: Forbidden'] });
  });

  it('reports an unreachable management cluster as a message', async () => {
    const preview = await previewClusterRequest({ ...base, input, apply: failing({ kind: 'unreachable', status: null, message: 'management cluster mgmt-eu is unreachable' }) });
    expect(preview.dryRun).toEqual({ ok: false, fieldErrors: [], messages: ['management cluster mgmt-eu is unreachable'] });
  });

  it('renders a half-filled form with its field errors and without a dry-run', async () => {
    const apply = failing({});
    const preview = await previewClusterRequest({ ...base, input: { ...input, name: '', controlPlaneReplicas: 2 }, apply });
    expect(apply.calls).toBe(0);
    expect(preview.dryRun.fieldErrors.map((e) => e.field)).toEqual(['name', 'controlPlaneReplicas']);
    expect(preview.manifest).toMatchObject({ metadata: { name: '', namespace: 'team-payments' } });
  });

  it('returns what prepareClusterRequest finds as field errors, without a dry-run', async () => {
    const apply = failing({});
    const preview = await previewClusterRequest({ ...base, input: { ...input, variables: { prefix: 'ABC' } }, apply });
    expect(apply.calls).toBe(0);
    expect(preview.dryRun).toEqual({ ok: false, fieldErrors: [{ field: 'variables.prefix', message: "should match '^[a-z]+$'" }], messages: [] });
  });

  it('answers 404 for a class that does not exist', async () => {
    await expect(previewClusterRequest({ ...base, input: { ...input, className: 'nope' }, apply: failing({}) })).rejects.toMatchObject({ code: 'not-found' });
  });
});
