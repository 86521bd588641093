// Test fixtures: a small fleet of ClusterClasses, a config with team access rules, and users.
import type { User } from '@/lib/auth/user';
import { configSchema, type QuarterdeckConfig } from '@/lib/config/config-schema';
import type { ClassObject } from './class-object';

export const fixtureConfig: QuarterdeckConfig = configSchema.parse({
  teams: [
    { name: 'payments', namespaces: ['team-payments'] },
    { name: 'search', namespaces: ['team-search'] },
  ],
  policies: { kubernetesVersions: ['v1.33.5', 'v1.34.1'], classAccess: { 'quarterdeck-classes/aws-standard': ['payments'], 'mgmt-us/quarterdeck-classes/quick-start': ['search'] } },
});

export function fixtureUser(overrides: Partial<User> = {}): User {
  return { id: 'u-alice', name: 'Alice', email: 'alice@example.com', roles: ['requester'], teams: ['payments'], via: 'session', ...overrides };
}

const variables = [
  { name: 'region', required: true, schema: { openAPIV3Schema: { type: 'string', enum: ['eu-west-1', 'eu-central-1'], default: 'eu-west-1', description: 'AWS region.' } } },
  { name: 'workerSize', required: false, schema: { openAPIV3Schema: { type: 'integer', minimum: 1, maximum: 8, default: 2 } } },
  { name: 'prefix', required: true, schema: { openAPIV3Schema: { type: 'string', pattern: '^[a-z]+$' } } },
];

export const awsClass: ClassObject = {
  managementCluster: 'mgmt-eu',
  object: {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'ClusterClass',
    metadata: { name: 'aws-standard', namespace: 'quarterdeck-classes', annotations: { 'quarterdeck.dev/description': 'Standard AWS cluster.' } },
    spec: {
      infrastructure: { templateRef: { kind: 'AWSClusterTemplate' } },
      controlPlane: { templateRef: { kind: 'KubeadmControlPlaneTemplate' } },
      workers: { machineDeployments: [{ class: 'general' }, { class: 'memory' }] },
      kubernetesVersions: ['v1.32.9', 'v1.33.5'],
    },
    status: { variables: variables.map(({ name, required, schema }) => ({ name, definitions: [{ from: 'inline', required, schema }] })) },
  },
};

function quickStart(managementCluster: string, apiVersion: string): ClassObject {
  const v1beta1 = apiVersion.endsWith('v1beta1');
  const ref = (kind: string) => (v1beta1 ? { ref: { kind } } : { templateRef: { kind } });
  return {
    managementCluster,
    object: {
      apiVersion,
      kind: 'ClusterClass',
      metadata: { name: 'quick-start', namespace: 'quarterdeck-classes' },
      spec: { infrastructure: ref('DockerClusterTemplate'), controlPlane: ref('KubeadmControlPlaneTemplate'), workers: { machineDeployments: [{ class: 'default-worker' }] }, variables: [{ name: 'imageRepository', required: false, schema: { openAPIV3Schema: { type: 'string', default: 'kindest' } } }] },
    },
  };
}

export const fixtureClasses: ClassObject[] = [awsClass, quickStart('mgmt-eu', 'cluster.x-k8s.io/v1beta2'), quickStart('mgmt-us', 'cluster.x-k8s.io/v1beta2'), quickStart('mgmt-ap', 'cluster.x-k8s.io/v1beta1')];
export const fixtureSource = () => fixtureClasses;
