import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from './admit-object';
import { CEL_GAPS } from './compile-cel-rule';
import { compileSchema } from './compile-schema';
import { findVersionSchema } from './find-version-schema';
import { loadCapiCrds } from './load-capi-crds';
import { exampleObject, schemaFor, upstreamObjects } from './test-fixtures';

const CLUSTER_FILE = 'main_cluster-template-topology.yaml';
const V1BETA2 = 'cluster.x-k8s.io/v1beta2';

function admit(object: KubeObject, oldObject?: KubeObject) {
  return admitObject({ schema: schemaFor(object.apiVersion, object.kind), object, fieldValidation: 'Strict', oldObject });
}

function cluster(): KubeObject {
  return exampleObject({ file: CLUSTER_FILE, kind: 'Cluster' });
}

function topology(object: KubeObject): Record<string, unknown> {
  return (object.spec as { topology: Record<string, unknown> }).topology;
}

function firstMachineDeployment(object: KubeObject): Record<string, unknown> {
  const workers = topology(object).workers as { machineDeployments: Record<string, unknown>[] };
  const first = workers.machineDeployments[0];
  if (!first) throw new Error('the example has no machineDeployments');
  return first;
}

describe('admitObject on upstream objects', () => {
  const objects = upstreamObjects();

  it('finds upstream Cluster and ClusterClass objects to check', () => {
    expect(objects.filter((e) => e.object.kind === 'Cluster').length).toBeGreaterThan(10);
    expect(objects.filter((e) => e.object.kind === 'ClusterClass').length).toBeGreaterThan(3);
  });

  it.each(objects.map((e) => [`${e.file} ${e.object.kind}/${e.object.metadata.name}`, e.object] as const))(
    'accepts %s without causes or pruned fields',
    (_name, object) => {
      const result = admit(object);
      expect(result.causes).toEqual([]);
      expect(result.unknownFields).toEqual([]);
    },
  );

  it('compiles a schema once and reuses it for the same schema object', () => {
    const schema = schemaFor(V1BETA2, 'Cluster');
    expect(compileSchema(schema)).toBe(compileSchema(schema));
    expect(compileSchema(structuredClone(schema))).not.toBe(compileSchema(schema));
  });

  it('compiles every x-kubernetes-validations rule of every CRD version', () => {
    for (const { crd } of loadCapiCrds()) {
      const versions = (crd.spec as { versions: { name: string }[] }).versions;
      for (const { name } of versions) {
        const schema = findVersionSchema(crd, name);
        if (schema) compileSchema(schema);
      }
    }
    expect(CEL_GAPS).toEqual([]);
  }, 120_000);
});

const invalidCases: [string, (c: KubeObject) => void, { reason: string; message: string; field: string }][] = [
  ['a missing required field', (c) => void delete topology(c).version, { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.topology.version' }],
  [
    'a value of the wrong type',
    (c) => void ((topology(c).controlPlane as Record<string, unknown>).replicas = 'three'),
    {
      reason: 'FieldValueTypeInvalid',
      message: 'Invalid value: "string": spec.topology.controlPlane.replicas in body must be of type integer: "string"',
      field: 'spec.topology.controlPlane.replicas',
    },
  ],
  [
    'a boolean for an int32 field (kube-openapi checks the format first for non-strings)',
    (c) => void ((topology(c).controlPlane as Record<string, unknown>).replicas = true),
    {
      reason: 'FieldValueTypeInvalid',
      message: 'Invalid value: "": spec.topology.controlPlane.replicas in body must be of type int32: ""',
      field: 'spec.topology.controlPlane.replicas',
    },
  ],
  [
    'an int-or-string value of another type',
    (c) => void (firstMachineDeployment(c).rollout = { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: true } } }),
    {
      reason: 'FieldValueTypeInvalid',
      message:
        'Invalid value: "boolean": spec.topology.workers.machineDeployments[0].rollout.strategy.rollingUpdate.maxSurge in body must be of type integer: "boolean"',
      field: 'spec.topology.workers.machineDeployments[0].rollout.strategy.rollingUpdate.maxSurge',
    },
  ],
  [
    'an int-or-string value of another type (the anyOf summary)',
    (c) => void (firstMachineDeployment(c).rollout = { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: true } } }),
    {
      reason: 'FieldValueInvalid',
      message:
        'Invalid value: "": "spec.topology.workers.machineDeployments[0].rollout.strategy.rollingUpdate.maxSurge" must validate at least one schema (anyOf)',
      field: '<nil>',
    },
  ],
  [
    'a value outside the enum',
    (c) => void (firstMachineDeployment(c).deletion = { order: 'Sometimes' }),
    {
      reason: 'FieldValueNotSupported',
      message: 'Unsupported value: "Sometimes": supported values: "Random", "Newest", "Oldest"',
      field: 'spec.topology.workers.machineDeployments[0].deletion.order',
    },
  ],
  [
    'a string over maxLength',
    (c) => void ((topology(c).classRef as Record<string, unknown>).namespace = 'a'.repeat(64)),
    { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 63 bytes', field: 'spec.topology.classRef.namespace' },
  ],
  [
    'a string that does not match the pattern',
    (c) => void ((topology(c).classRef as Record<string, unknown>).name = 'Quick_Start'),
    {
      reason: 'FieldValueInvalid',
      message:
        "Invalid value: \"Quick_Start\": spec.topology.classRef.name in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'",
      field: 'spec.topology.classRef.name',
    },
  ],
  [
    'a number over the maximum',
    (c) => void ((c.spec as { clusterNetwork: Record<string, unknown> }).clusterNetwork.apiServerPort = 70000),
    {
      reason: 'FieldValueInvalid',
      message: 'Invalid value: 70000: spec.clusterNetwork.apiServerPort in body should be less than or equal to 65535',
      field: 'spec.clusterNetwork.apiServerPort',
    },
  ],
  [
    'an empty list under minItems',
    (c) => void ((topology(c).workers as Record<string, unknown>).machineDeployments = []),
    {
      reason: 'FieldValueInvalid',
      message: 'Invalid value: 0: spec.topology.workers.machineDeployments in body should have at least 1 items',
      field: 'spec.topology.workers.machineDeployments',
    },
  ],
  [
    'a bad date-time format',
    (c) => void ((topology(c).controlPlane as Record<string, unknown>).rollout = { after: 'tomorrow' }),
    {
      reason: 'FieldValueTypeInvalid',
      message: 'Invalid value: "tomorrow": spec.topology.controlPlane.rollout.after in body must be of type date-time: "tomorrow"',
      field: 'spec.topology.controlPlane.rollout.after',
    },
  ],
  [
    'a duplicate key in a map list',
    (c) => {
      const workers = topology(c).workers as { machineDeployments: unknown[] };
      workers.machineDeployments.push(structuredClone(firstMachineDeployment(c)));
    },
    {
      reason: 'FieldValueDuplicate',
      message: 'Duplicate value: map[string]interface {}{"name":"md-0"}',
      field: 'spec.topology.workers.machineDeployments[1]',
    },
  ],
  [
    'a metadata.name that is not a DNS subdomain',
    (c) => void (c.metadata.name = 'My_Cluster'),
    {
      reason: 'FieldValueInvalid',
      message:
        "Invalid value: \"My_Cluster\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      field: 'metadata.name',
    },
  ],
  [
    'a label key that is not a qualified name',
    (c) => void (c.metadata.labels = { 'bad key!': 'x' }),
    {
      reason: 'FieldValueInvalid',
      message:
        "Invalid value: \"bad key!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      field: 'metadata.labels',
    },
  ],
  [
    'a label value over 63 characters',
    (c) => void (c.metadata.labels = { team: 'a'.repeat(64) }),
    { reason: 'FieldValueInvalid', message: `Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`, field: 'metadata.labels' },
  ],
  [
    'a violated CEL rule',
    (c) =>
      void ((topology(c).controlPlane as Record<string, unknown>).healthCheck = {
        checks: { unhealthyMachineConditions: [{ type: 'Ready', status: 'False', timeoutSeconds: 10 }] },
      }),
    {
      reason: 'FieldValueInvalid',
      message: 'Invalid value: "Ready": type must not be one of: Ready, Available, HealthCheckSucceeded, OwnerRemediated, ExternallyRemediated',
      field: 'spec.topology.controlPlane.healthCheck.checks.unhealthyMachineConditions[0].type',
    },
  ],
];

describe('admitObject on invalid Clusters', () => {
  it('starts from a Cluster the schema accepts', () => {
    expect(cluster().apiVersion).toBe(V1BETA2);
    expect(admit(cluster()).causes).toEqual([]);
  });

  it.each(invalidCases)('rejects %s with the exact cause', (_name, mutate, expected) => {
    const object = cluster();
    mutate(object);
    expect(admit(object).causes).toContainEqual(expected);
  });

  it('reports that CEL rules were skipped when a blocking error exists', () => {
    const object = cluster();
    delete topology(object).version;
    expect(admit(object).causes).toEqual([
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.topology.version' },
      {
        reason: 'FieldValueInvalid',
        message:
          'Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
        field: '<nil>',
      },
    ]);
  });

  it('requires a name or generateName', () => {
    const object = cluster();
    object.metadata.name = '';
    expect(admit(object).causes).toContainEqual({
      reason: 'FieldValueRequired',
      message: 'Required value: name or generateName is required',
      field: 'metadata.name',
    });
  });
});

describe('admitObject pruning and defaulting', () => {
  it('prunes unknown fields and reports their paths', () => {
    const object = cluster();
    (object.spec as Record<string, unknown>).foo = 1;
    firstMachineDeployment(object).bar = 'x';
    (object.metadata as unknown as Record<string, unknown>).extra = true;
    const result = admit(object);
    expect(result.unknownFields.sort()).toEqual(['metadata.extra', 'spec.foo', 'spec.topology.workers.machineDeployments[0].bar']);
    expect(result.object.spec).not.toHaveProperty('foo');
    expect(object.spec).toHaveProperty('foo');
    expect(result.causes).toEqual([]);
  });

  it('keeps fields under x-kubernetes-preserve-unknown-fields', () => {
    const object = cluster();
    const variables = topology(object).variables as { name: string; value: unknown }[];
    variables.push({ name: 'free', value: { any: { nested: ['thing'] } } });
    const result = admit(object);
    expect(result.unknownFields).toEqual([]);
    expect(topology(result.object).variables).toContainEqual({ name: 'free', value: { any: { nested: ['thing'] } } });
  });

  it('does not report pruned fields with fieldValidation=Ignore', () => {
    const object = cluster();
    (object.spec as Record<string, unknown>).foo = 1;
    const result = admitObject({ schema: schemaFor(V1BETA2, 'Cluster'), object, fieldValidation: 'Ignore' });
    expect(result.unknownFields).toEqual([]);
    expect(result.object.spec).not.toHaveProperty('foo');
  });

  it('applies nested defaults (a ClusterClass variable rule gets reason FieldValueInvalid)', () => {
    const object = exampleObject({ file: 'clusterclass-quick-start.yaml', kind: 'ClusterClass' });
    const variables = (object.spec as { variables: { schema: { openAPIV3Schema: Record<string, unknown> } }[] }).variables;
    const first = variables[0];
    if (!first) throw new Error('the ClusterClass has no variables');
    first.schema.openAPIV3Schema['x-kubernetes-validations'] = [{ rule: 'self.size() > 0' }];
    const result = admit(object);
    const defaulted = (result.object.spec as { variables: typeof variables }).variables[0];
    expect(defaulted?.schema.openAPIV3Schema['x-kubernetes-validations']).toEqual([{ rule: 'self.size() > 0', reason: 'FieldValueInvalid' }]);
  });
});
