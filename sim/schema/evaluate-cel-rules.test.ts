// The CAPI CRDs use only plain `rule` + `message`; these small inline schemas exercise the other
// x-kubernetes-validations features kube-apiserver supports (not a CRD served by the simulator).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { admitObject } from './admit-object';
import { CEL_GAPS } from './compile-cel-rule';

function objectWith(spec: Record<string, unknown>): KubeObject {
  return {
    apiVersion: 'example.quarterdeck.dev/v1',
    kind: 'Widget',
    metadata: { name: 'w', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec,
  };
}

function schemaWith(spec: Record<string, unknown>): Record<string, unknown> {
  return { type: 'object', properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec } };
}

const replicasSpec = (rule: Record<string, unknown>) =>
  schemaWith({ type: 'object', properties: { replicas: { type: 'integer' }, max: { type: 'integer' } }, 'x-kubernetes-validations': [rule] });

describe('x-kubernetes-validations features', () => {
  it.each([
    [
      'the default message',
      { rule: 'self.replicas <= self.max' },
      { reason: 'FieldValueInvalid', message: 'Invalid value: failed rule: self.replicas <= self.max', field: 'spec' },
    ],
    [
      'messageExpression',
      { rule: 'self.replicas <= self.max', messageExpression: "'replicas ' + string(self.replicas) + ' over ' + string(self.max)" },
      { reason: 'FieldValueInvalid', message: 'Invalid value: replicas 5 over 3', field: 'spec' },
    ],
    [
      'reason FieldValueForbidden and fieldPath',
      { rule: 'self.replicas <= self.max', message: 'too many', reason: 'FieldValueForbidden', fieldPath: '.replicas' },
      { reason: 'FieldValueForbidden', message: 'Forbidden: too many', field: 'spec.replicas' },
    ],
    [
      'reason FieldValueRequired',
      { rule: 'self.replicas <= self.max', message: 'max is needed', reason: 'FieldValueRequired' },
      { reason: 'FieldValueRequired', message: 'Required value: max is needed', field: 'spec' },
    ],
  ])('reports a failed rule with %s', (_name, rule, expected) => {
    const result = admitObject({ schema: replicasSpec(rule), object: objectWith({ replicas: 5, max: 3 }), fieldValidation: 'Strict' });
    expect(result.causes).toEqual([expected]);
  });

  it('passes integers to CEL as int so arithmetic and comparisons type-check', () => {
    const schema = replicasSpec({ rule: 'self.replicas + 1 <= self.max * 2' });
    expect(admitObject({ schema, object: objectWith({ replicas: 5, max: 3 }), fieldValidation: 'Strict' }).causes).toEqual([]);
  });

  it('records a rule using an unsupported Kubernetes CEL function in CEL_GAPS and skips it', () => {
    const rule = "quantity(self.size).isGreaterThan(quantity('1Gi'))";
    const schema = schemaWith({ type: 'object', properties: { size: { type: 'string' } }, 'x-kubernetes-validations': [{ rule }] });
    const result = admitObject({ schema, object: objectWith({ size: '1Mi' }), fieldValidation: 'Strict' });
    expect(result.causes).toEqual([]);
    expect(CEL_GAPS.map((g) => g.rule)).toContain(rule);
  });

  it('evaluates rules on map values with the [key] path', () => {
    const schema = schemaWith({
      type: 'object',
      additionalProperties: { type: 'string', 'x-kubernetes-validations': [{ rule: "self != 'bad'", message: 'no bad' }] },
    });
    const result = admitObject({ schema, object: objectWith({ a: 'ok', b: 'bad' }), fieldValidation: 'Strict' });
    expect(result.causes).toEqual([{ reason: 'FieldValueInvalid', message: 'Invalid value: "bad": no bad', field: 'spec[b]' }]);
  });
});
