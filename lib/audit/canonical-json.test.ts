import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it.each([
    ['sorts object keys at every depth', { b: 1, a: { d: [true], c: null } }, '{"a":{"c":null,"d":[true]},"b":1}'],
    ['writes Dates as ISO-8601 with milliseconds', { at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) }, '{"at":"2026-01-02T03:04:05.006Z"}'],
    ['drops undefined members like JSON.stringify', { a: undefined, b: 2 }, '{"b":2}'],
    ['writes undefined array items as null like JSON.stringify', [1, undefined], '[1,null]'],
    ['writes non-finite numbers as null like JSON.stringify', [Number.NaN, Number.POSITIVE_INFINITY], '[null,null]'],
    ['writes bigints as strings', { id: 12n }, '{"id":"12"}'],
    ['escapes strings like JSON', 'a "quoted"\nline', '"a \\"quoted\\"\\nline"'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson({ y: { p: 3, q: 2 }, x: 1 }));
  });

  it('round-trips through JSON.parse to the same canonical text', () => {
    const value = { z: [1.5, 'two', { b: false, a: 0.1 }], at: new Date(0) };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });
});
