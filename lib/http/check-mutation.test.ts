import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { checkMutation } from './check-mutation';

function post(headers: Record<string, string>, body = '{}') {
  return new Request('http://localhost:3000/api/change-requests', { method: 'POST', headers, body });
}

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'unexpected';
  }
}

describe('checkMutation', () => {
  it.each([
    ['a same-origin JSON post from localhost', { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/json' }, true, null],
    ['a same-origin JSON post from 127.0.0.1', { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' }, true, null],
    ['a cross-site post', { host: 'localhost:3000', origin: 'https://evil.example', 'content-type': 'application/json' }, true, 'bad-origin'],
    ['a cookie post without Origin', { host: 'localhost:3000', 'content-type': 'application/json' }, true, 'bad-origin'],
    ['a form post', { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/x-www-form-urlencoded' }, true, 'unsupported-media-type'],
    ['a bearer-token post without Origin', { host: 'localhost:3000', 'content-type': 'application/json' }, false, null],
    ['a bearer-token text post', { host: 'localhost:3000', 'content-type': 'text/plain' }, false, 'unsupported-media-type'],
  ])('judges %s', (_name, headers, viaCookie, expected) => {
    expect(codeOf(() => checkMutation({ request: post(headers), viaCookie }))).toBe(expected);
  });

  it('lets a same-origin DELETE without a body or Content-Type through', () => {
    const request = new Request('http://localhost:3000/api/tokens/1', { method: 'DELETE', headers: { host: 'localhost:3000', origin: 'http://localhost:3000' } });
    expect(codeOf(() => checkMutation({ request, viaCookie: true }))).toBeNull();
  });

  it('still refuses a DELETE whose body is declared as something other than JSON', () => {
    const request = new Request('http://localhost:3000/api/tokens/1', { method: 'DELETE', headers: { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'text/plain' }, body: 'x' });
    expect(codeOf(() => checkMutation({ request, viaCookie: true }))).toBe('unsupported-media-type');
  });
});
