import { describe, expect, it } from 'vitest';
import { StringInterner } from './string-interner';

// Equal strings built at run time are distinct heap objects; sharing is observable only as a
// smaller heap, so these tests check values and the table, not identity.
describe('StringInterner', () => {
  it('walks objects and arrays in place without changing any value', () => {
    const strings = new StringInterner();
    const object = { kind: 'Machine', conditions: [{ type: 'Ready', status: 'True' }, { type: 'Ready', status: 'True' }], replicas: { desired: 3 }, paused: false, tags: ['a', 'a'] };
    const copy = structuredClone(object);
    strings.internDeep(object);
    expect(object).toEqual(copy);
    expect(strings.size()).toBe(4);
  });

  it('returns the first copy it saw for an equal string', () => {
    const strings = new StringInterner();
    const first = ['2026-11-20', 'T13:09:59Z'].join('');
    strings.intern(first);
    expect(strings.intern(['2026-11-20T', '13:09:59Z'].join(''))).toBe(first);
  });

  it('starts over when the table is full, so strings of deleted objects are not kept forever', () => {
    const strings = new StringInterner(3);
    for (const value of ['a', 'b', 'c', 'd']) strings.intern(value);
    expect(strings.size()).toBe(1);
  });
});
