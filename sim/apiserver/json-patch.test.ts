import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from './json-patch';

const doc = { spec: { replicas: 1, list: ['a', 'b'], 'a/b': 1, 'm~n': 2 } };

describe('applyJsonPatch', () => {
  it.each([
    [[{ op: 'replace', path: '/spec/replicas', value: 3 }], { spec: { ...doc.spec, replicas: 3 } }],
    [[{ op: 'add', path: '/spec/new', value: 'x' }], { spec: { ...doc.spec, new: 'x' } }],
    [[{ op: 'add', path: '/spec/list/-', value: 'c' }], { spec: { ...doc.spec, list: ['a', 'b', 'c'] } }],
    [[{ op: 'add', path: '/spec/list/0', value: 'z' }], { spec: { ...doc.spec, list: ['z', 'a', 'b'] } }],
    [[{ op: 'remove', path: '/spec/list/0' }], { spec: { ...doc.spec, list: ['b'] } }],
    [[{ op: 'remove', path: '/spec/a~1b' }], { spec: { replicas: 1, list: ['a', 'b'], 'm~n': 2 } }],
    [[{ op: 'replace', path: '/spec/m~0n', value: 5 }], { spec: { ...doc.spec, 'm~n': 5 } }],
    [[{ op: 'copy', from: '/spec/replicas', path: '/spec/copy' }], { spec: { ...doc.spec, copy: 1 } }],
    [[{ op: 'move', from: '/spec/replicas', path: '/spec/moved' }], { spec: { list: ['a', 'b'], 'a/b': 1, 'm~n': 2, moved: 1 } }],
    [[{ op: 'test', path: '/spec/replicas', value: 1 }], doc],
  ])('applies %j', (ops, expected) => {
    expect(applyJsonPatch(doc, ops)).toEqual(expected);
  });

  it('does not modify the input document', () => {
    applyJsonPatch(doc, [{ op: 'replace', path: '/spec/replicas', value: 9 }]);
    expect(doc.spec.replicas).toBe(1);
  });

  it.each([
    [[{ op: 'test', path: '/spec/replicas', value: 2 }], /test failed/],
    [[{ op: 'replace', path: '/spec/missing', value: 2 }], /missing/],
    [[{ op: 'remove', path: '/nope/deeper' }], /missing/],
    [[{ op: 'frobnicate', path: '/spec' }], /Unexpected kind/],
  ])('rejects %j with 422', (ops, message) => {
    expect(() => applyJsonPatch(doc, ops)).toThrow(message);
  });
});
