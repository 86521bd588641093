import { describe, expect, it } from 'vitest';
import { getAt, isAtOrBelow, removeItemAt, setAt } from './form-path';

describe('form paths', () => {
  it('reads nested values and answers undefined past a missing step', () => {
    const root = { a: { list: [{ b: 1 }] } };
    expect(getAt(root, ['a', 'list', 0, 'b'])).toBe(1);
    expect(getAt(root, ['a', 'nope', 0])).toBeUndefined();
    expect(getAt(root, [])).toBe(root);
  });

  it('writes without mutating, creating missing objects and arrays', () => {
    const root = { a: { keep: true } };
    const next = setAt(root, ['a', 'list', 1, 'b'], 2);
    expect(next).toEqual({ a: { keep: true, list: [undefined, { b: 2 }] } });
    expect(root).toEqual({ a: { keep: true } });
  });

  it('removes an object key when set to undefined and an array item by index', () => {
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(removeItemAt({ l: ['x', 'y', 'z'] }, { path: ['l'], index: 1 })).toEqual({ l: ['x', 'z'] });
    expect(removeItemAt({ l: 'not a list' }, { path: ['l'], index: 0 })).toEqual({ l: 'not a list' });
  });

  it.each([
    { key: 'workers.0.replicas', prefix: 'workers.0', below: true },
    { key: 'workers.0', prefix: 'workers.0', below: true },
    { key: 'workers.10', prefix: 'workers.1', below: false },
    { key: 'name', prefix: '', below: true },
  ])('$key is at or below "$prefix": $below', ({ key, prefix, below }) => {
    expect(isAtOrBelow(key, prefix)).toBe(below);
  });
});
