import { describe, expect, it } from 'vitest';
import { resolvePlaceholders } from './resolve-placeholders';

describe('resolvePlaceholders', () => {
  it.each([
    ['name: ${CLUSTER_NAME}', { CLUSTER_NAME: 'a' }, 'name: a'],
    ['cidr: ${POD_CIDR:=["192.168.0.0/16"]}', {}, 'cidr: ["192.168.0.0/16"]'],
    ['domain: ${SERVICE_DOMAIN:="cluster.local"}', {}, 'domain: "cluster.local"'],
    ['n: ${COUNT:-3}', { COUNT: '5' }, 'n: 5'],
    ['plain text', {}, 'plain text'],
  ])('resolves %s', (text, variables, expected) => {
    expect(resolvePlaceholders(text, variables)).toBe(expected);
  });

  it('rejects a variable without value or default', () => {
    expect(() => resolvePlaceholders('${MISSING}', {})).toThrow(/MISSING/);
  });
});
