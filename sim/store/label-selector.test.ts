import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import { compileLabelSelector } from './label-selector';

const labels = { app: 'web', tier: 'frontend', 'cluster.x-k8s.io/cluster-name': 'c1', replicas: '3' };

describe('compileLabelSelector', () => {
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app!=web', false],
    ['app!=db', true],
    ['missing!=x', true],
    ['app in (web, db)', true],
    ['app in (db)', false],
    ['app notin (db)', true],
    ['missing notin (db)', true],
    ['app', true],
    ['missing', false],
    ['!missing', true],
    ['!app', false],
    ['app=web,tier=frontend', true],
    ['app=web,tier=backend', false],
    ['cluster.x-k8s.io/cluster-name=c1', true],
    ['replicas>2', true],
    ['replicas<2', false],
    ['app in (web),tier notin (backend),!gone', true],
    ['', true],
  ])('evaluates %j to %s', (selector, expected) => {
    expect(compileLabelSelector(selector)(labels)).toBe(expected);
  });

  it('treats objects without labels as having no labels', () => {
    expect(compileLabelSelector('app')(undefined)).toBe(false);
    expect(compileLabelSelector('!app')(undefined)).toBe(true);
  });

  it('rejects a malformed key with a BadRequest ApiError', () => {
    expect(() => compileLabelSelector('a b c')).toThrow(ApiError);
  });
});
