import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from './admit-object';
import { exampleObject, schemaFor } from './test-fixtures';

type Json = Record<string, unknown>;

function admit(object: KubeObject) {
  return admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict' });
}

function dig(object: Json, path: string): Json {
  return path.split('.').reduce<Json>((v, k) => v[k] as Json, object);
}

const sources = {
  ClusterClass: { file: 'clusterclass-in-memory.yaml', kind: 'ClusterClass' },
  MachineDeployment: { file: 'main_cluster-template-ignition.yaml', kind: 'MachineDeployment' },
  KubeadmControlPlane: { file: 'main_cluster-template-ignition.yaml', kind: 'KubeadmControlPlane' },
  MachineHealthCheck: { file: 'main_cluster-template-kcp-remediation.yaml', kind: 'MachineHealthCheck' },
  MachinePool: { file: 'main_cluster-template-machine-pool.yaml', kind: 'MachinePool' },
} as const;

const cases: [keyof typeof sources, string, (o: Json) => void, { reason: string; message: string; field: string }][] = [
  [
    'ClusterClass',
    'a missing control plane template',
    (o) => void delete dig(o, 'spec.controlPlane').templateRef,
    { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.controlPlane.templateRef' },
  ],
  [
    'ClusterClass',
    'an unknown variable schema type',
    (o) => void ((dig(o, 'spec') as { variables: unknown[] }).variables = [{ name: 'v', required: true, schema: { openAPIV3Schema: { type: 'date' } } }]),
    {
      reason: 'FieldValueNotSupported',
      message: 'Unsupported value: "date": supported values: "object", "array", "string", "integer", "number", "boolean"',
      field: 'spec.variables[0].schema.openAPIV3Schema.type',
    },
  ],
  [
    'MachineDeployment',
    'a clusterName over 63 characters',
    (o) => void (dig(o, 'spec').clusterName = 'c'.repeat(64)),
    { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 63 bytes', field: 'spec.clusterName' },
  ],
  [
    'MachineDeployment',
    'an unsupported rollout strategy',
    (o) => void (dig(o, 'spec').rollout = { strategy: { type: 'Recreate' } }),
    { reason: 'FieldValueNotSupported', message: 'Unsupported value: "Recreate": supported values: "RollingUpdate", "OnDelete"', field: 'spec.rollout.strategy.type' },
  ],
  [
    'KubeadmControlPlane',
    'a missing version',
    (o) => void delete dig(o, 'spec').version,
    { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.version' },
  ],
  [
    'KubeadmControlPlane',
    'duplicate extraArgs (a CEL rule on a list)',
    (o) =>
      void (dig(o, 'spec.kubeadmConfigSpec.clusterConfiguration.apiServer').extraArgs = [
        { name: 'v', value: '1' },
        { name: 'v', value: '2' },
      ]),
    { reason: 'FieldValueInvalid', message: 'Invalid value: extraArgs name must be unique', field: 'spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs' },
  ],
  [
    'MachineHealthCheck',
    'a negative timeout',
    (o) => void (dig(o, 'spec.checks').nodeStartupTimeoutSeconds = -1),
    {
      reason: 'FieldValueInvalid',
      message: 'Invalid value: -1: spec.checks.nodeStartupTimeoutSeconds in body should be greater than or equal to 0',
      field: 'spec.checks.nodeStartupTimeoutSeconds',
    },
  ],
  [
    'MachinePool',
    'a replicas string',
    (o) => void (dig(o, 'spec').replicas = 'two'),
    {
      reason: 'FieldValueTypeInvalid',
      message: 'Invalid value: "string": spec.replicas in body must be of type integer: "string"',
      field: 'spec.replicas',
    },
  ],
];

describe('admitObject across CAPI kinds', () => {
  it.each(Object.entries(sources))('accepts the upstream %s', (_kind, source) => {
    expect(admit(exampleObject(source)).causes).toEqual([]);
  });

  it.each(cases)('rejects a %s with %s', (kind, _name, mutate, expected) => {
    const object = exampleObject(sources[kind]);
    mutate(object);
    expect(admit(object).causes).toContainEqual(expected);
  });
});
