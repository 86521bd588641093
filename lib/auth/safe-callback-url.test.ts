import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

describe('safeCallbackUrl', () => {
  it.each([
    ['/triage?x=1', '/triage?x=1'],
    ['https://evil.example/', '/fleet'],
    ['//evil.example/', '/fleet'],
    ['/\\evil.example', '/fleet'],
    [undefined, '/fleet'],
    [42, '/fleet'],
  ])('turns %j into %j', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
