import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { compileFieldSelector } from './field-selector';

const object = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1', namespace: 'ns1' }, involvedObject: { kind: 'Machine', name: 'm1' } } as unknown as KubeObject;

describe('compileFieldSelector', () => {
  it.each([
    ['metadata.name=e1', true],
    ['metadata.name==e1', true],
    ['metadata.name!=e1', false],
    ['metadata.namespace=ns1,metadata.name=e1', true],
    ['metadata.namespace=other', false],
  ])('evaluates %j to %s', (selector, expected) => {
    expect(compileFieldSelector(selector)(object)).toBe(expected);
  });

  it('supports involvedObject fields for events', () => {
    expect(compileFieldSelector('involvedObject.name=m1,involvedObject.kind=Machine', { events: true })(object)).toBe(true);
  });

  it('rejects an unsupported field with the apiserver message', () => {
    expect(() => compileFieldSelector('spec.replicas=1')).toThrow('field label not supported: spec.replicas');
  });
});
