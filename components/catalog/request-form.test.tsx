import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadSharedExamples } from '@/lib/capi/__fixtures__/load-shared-examples';
import { buildFormVariable } from '@/lib/capi/variables/build-form-fields';
import { defaultValues } from '@/lib/capi/variables/default-values';
import { extractClassVariables } from '@/lib/capi/variables/extract-class-variables';
import type { ClassForm } from '@/lib/catalog/catalog-types';
import { RequestForm } from './request-form';
import { toRequestFormModel } from './request-form-model';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => undefined }) }));

const quickStart = loadSharedExamples('e2e').find((doc) => doc.object.kind === 'ClusterClass' && doc.file.endsWith('e2e/clusterclass-quick-start.yaml'));
const variables = extractClassVariables(quickStart?.object).map(buildFormVariable);

const form: ClassForm = {
  entry: { managementCluster: 'mgmt-ap-south', namespace: 'quarterdeck-classes', name: 'quick-start', description: 'Docker', infrastructureProvider: 'docker', controlPlaneKind: 'KubeadmControlPlaneTemplate', workerClasses: ['default-worker'], versions: ['v1.32.9', 'v1.33.5'], teams: 'all', apiVersion: 'v1beta1', variableCount: variables.length },
  variables,
  workerClasses: [{ class: 'default-worker', variables: ['kubeletLogLevel'] }],
  versions: ['v1.32.9', 'v1.33.5'],
  namespaces: ['team-payments'],
  defaults: { managementCluster: 'mgmt-ap-south', classNamespace: 'quarterdeck-classes', className: 'quick-start', name: '', namespace: 'team-payments', version: 'v1.33.5', controlPlaneReplicas: 1, workers: [{ class: 'default-worker', name: 'md-0', replicas: 1, overrides: {} }], variables: defaultValues(variables) },
};

function render(): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <RequestForm model={toRequestFormModel(form)} />
    </QueryClientProvider>,
  );
}

describe('RequestForm (first render)', () => {
  const html = render();

  it('starts from the defaults: namespace, newest version, one pool, variable defaults', () => {
    expect(html).toMatch(/<option value="team-payments" selected="">team-payments<\/option>/);
    expect(html).toMatch(/<option value="v1.33.5" selected="">v1.33.5<\/option>/);
    expect(html).toMatch(/id="field-workers_0_name"[^>]*value="md-0"/);
    expect(html).toMatch(/id="field-variables_lbImageRepository"[^>]*value="kindest"/);
    expect(html).toMatch(/id="field-variables_controlPlaneTaint"[^>]*checked=""/);
  });

  it('renders every variable of the class and the overrides its worker class allows', () => {
    for (const variable of variables) expect(html).toContain(`id="field-variables_${variable.name}"`);
    expect(html).toContain('Override Kubelet log level in pool 1');
    expect(html).not.toContain('Override Etcd image tag');
  });

  it('shows x-metadata (merged over the deprecated definition metadata) and array item metadata', () => {
    expect(html).toContain('<p class="text-violet-800">Metadata: labels testLabelKey=testXLabelValue; annotations testAnnotationKey=testXAnnotationValue</p>');
    expect(html).toContain('preLoadImages sets the images for the docker machines to preload.');
  });

  it('lists the empty cluster name in the summary, linked to the field, and keeps submit disabled', () => {
    expect(html).toContain('1 problem to fix before submitting');
    expect(html).toContain('<a class="underline" href="#field-name">Cluster name</a>: is required');
    expect(html).toMatch(/<input id="field-name" aria-invalid="true" aria-describedby="field-name-error field-name-help"/);
    expect(html).toMatch(/<button type="submit" disabled=""[^>]*>Submit request<\/button>/);
    expect(html).toContain('Draft: fix the form&#x27;s problems, then it is dry-run against mgmt-ap-south.');
  });
});
