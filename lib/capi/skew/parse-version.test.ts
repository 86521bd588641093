import { describe, expect, it } from 'vitest';
import { compareKubeVersions, minorKey, parseKubeVersion, sameKubeVersion } from './parse-version';

describe('parseKubeVersion', () => {
  it.each([
    ['v1.32.4', { major: 1, minor: 32, patch: 4 }],
    ['1.32', { major: 1, minor: 32 }],
    ['v1.30.2+rke2r1', { major: 1, minor: 30, patch: 2, suffix: '+rke2r1' }],
    ['v1.29.3-eks-1234', { major: 1, minor: 29, patch: 3, suffix: '-eks-1234' }],
    [' v1.31.0-rc.1 ', { major: 1, minor: 31, patch: 0, suffix: '-rc.1' }],
  ])('parses %s', (input, expected) => {
    expect(parseKubeVersion(input)).toMatchObject(expected);
  });

  it.each(['', 'latest', 'v1', '1.x.3', 'vv1.2.3'])('rejects %j without throwing', (input) => {
    expect(parseKubeVersion(input)).toBeUndefined();
  });
});

describe('version comparison', () => {
  it.each([
    ['v1.32.4', 'v1.32.10', -1],
    ['v1.33.0', 'v1.32.10', 1],
    ['1.32', 'v1.32.0', -1],
    ['v1.32.4+rke2r1', 'v1.32.4', 0],
  ])('compares %s with %s as %i', (a, b, sign) => {
    const pa = parseKubeVersion(a);
    const pb = parseKubeVersion(b);
    if (!pa || !pb) throw new Error('test input must parse');
    expect(Math.sign(compareKubeVersions(pa, pb))).toBe(sign);
  });

  it('groups patch versions by minor and ignores distribution suffixes when comparing', () => {
    expect(minorKey('v1.32.4+k3s1')).toBe('1.32');
    expect(minorKey('garbage')).toBeUndefined();
    expect(sameKubeVersion('v1.32.4', '1.32.4+rke2r1')).toBe(true);
    expect(sameKubeVersion('v1.32.4', 'v1.32.5')).toBe(false);
  });
});
