import { describe, expect, it } from 'vitest';
import { diffObjects } from './diff-objects';
import { keyOf, type K8sObject } from './kube-object';

function machine(name: string, uid: string, resourceVersion: string): K8sObject {
  return { apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'Machine', metadata: { name, namespace: 'ns', uid, resourceVersion } };
}

const toMap = (objects: K8sObject[]) => new Map(objects.map((object) => [keyOf(object), object]));

describe('diffObjects', () => {
  it.each([
    { case: 'nothing changed', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u1', '1')], expected: [] },
    { case: 'an object appeared', previous: [], next: [machine('a', 'u1', '1')], expected: ['added a u1'] },
    { case: 'an object disappeared', previous: [machine('a', 'u1', '1')], next: [], expected: ['deleted a u1'] },
    { case: 'an object changed', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u1', '7')], expected: ['updated a u1'] },
    { case: 'an object was recreated with a new uid', previous: [machine('a', 'u1', '1')], next: [machine('a', 'u2', '9')], expected: ['deleted a u1', 'added a u2'] },
    {
      case: 'a mix of everything',
      previous: [machine('keep', 'k', '1'), machine('gone', 'g', '2'), machine('change', 'c', '3')],
      next: [machine('keep', 'k', '1'), machine('change', 'c', '4'), machine('new', 'n', '5')],
      expected: ['deleted gone g', 'updated change c', 'added new n'],
    },
  ])('reports $case', ({ previous, next, expected }) => {
    const events = diffObjects({ previous: toMap(previous), next: toMap(next) });
    expect(events.map((event) => `${event.type} ${event.object.metadata.name} ${event.object.metadata.uid}`)).toEqual(expected);
  });

  it('carries the previous object on updates', () => {
    const [event] = diffObjects({ previous: toMap([machine('a', 'u1', '1')]), next: toMap([machine('a', 'u1', '2')]) });
    expect(event?.type === 'updated' ? event.previous.metadata.resourceVersion : null).toBe('1');
  });
});
