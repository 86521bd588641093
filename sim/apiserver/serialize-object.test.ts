import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../core/kube-object';
import { deepFreeze } from '../store/deep-freeze';
import { listBody, servedJson } from './serialize-object';

function stored(uid: string, resourceVersion: string): KubeObject {
  return deepFreeze({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: uid, uid, resourceVersion, creationTimestamp: '' } });
}

describe('servedJson', () => {
  it('serves a stored version from the cache after the first conversion', () => {
    let conversions = 0;
    const object = stored('u-cache-1', '7');
    const serve = () => {
      conversions++;
      return { ...object, apiVersion: 'x/v2' };
    };
    const first = servedJson(object, 'x/v2', serve);
    expect(servedJson(object, 'x/v2', serve)).toBe(first);
    expect(conversions).toBe(1);
  });

  it('does not reuse the JSON of another resourceVersion', () => {
    expect(servedJson(stored('u-cache-2', '1'), 'v1', () => ({ ...stored('u-cache-2', '1'), data: { a: '1' } }))).toContain('"a":"1"');
    expect(servedJson(stored('u-cache-2', '2'), 'v1', () => ({ ...stored('u-cache-2', '2'), data: { a: '2' } }))).toContain('"a":"2"');
  });

  it('never caches objects that are not stored versions', () => {
    let conversions = 0;
    const draft = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'd', uid: 'u-draft', resourceVersion: '1', creationTimestamp: '' } } as KubeObject;
    servedJson(draft, 'v1', () => (conversions++, draft));
    servedJson(draft, 'v1', () => (conversions++, draft));
    expect(conversions).toBe(2);
  });
});

describe('listBody', () => {
  it('joins pre-serialized items into one valid list document', () => {
    const body = listBody({ apiVersion: 'v1', kind: 'ConfigMapList', metadata: { resourceVersion: '3' } }, ['{"a":1}', '{"b":2}']);
    expect(JSON.parse(body.parts.join(''))).toEqual({ apiVersion: 'v1', kind: 'ConfigMapList', metadata: { resourceVersion: '3' }, items: [{ a: 1 }, { b: 2 }] });
  });
});
