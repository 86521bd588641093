import { describe, expect, it } from 'vitest';
import { buildNavigation, navigate } from './graph-navigation';
import { layoutTree } from './layout-tree';

const options = { nodeWidth: 100, nodeHeight: 50, gapX: 0, gapY: 50 };

describe('layoutTree', () => {
  it('puts leaves in columns, parents centred over their children and depth in tiers', () => {
    const positions = layoutTree([{ id: 'r' }, { id: 'a', parentId: 'r' }, { id: 'a1', parentId: 'a' }, { id: 'a2', parentId: 'a' }, { id: 'b', parentId: 'r' }], options);
    expect(Object.fromEntries(positions)).toEqual({ a1: { x: 0, y: 200 }, a2: { x: 100, y: 200 }, a: { x: 50, y: 100 }, b: { x: 200, y: 100 }, r: { x: 125, y: 0 } });
  });

  it('lays out a 20,000-node chain without overflowing the stack', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, ...(i > 0 ? { parentId: `n${i - 1}` } : {}) }));
    expect(layoutTree(nodes, options).get('n19999')).toEqual({ x: 0, y: 19_999 * 100 });
  });
});

describe('navigate', () => {
  const navigation = buildNavigation(['r', 'a', 'a1', 'b'], [
    { from: 'r', to: 'b', relation: 'Other' },
    { from: 'r', to: 'a', relation: 'Other' },
    { from: 'a', to: 'a1', relation: 'Other' },
  ]);

  it.each([
    ['a', 'ArrowUp', 'r'],
    ['r', 'ArrowDown', 'a'],
    ['a', 'ArrowRight', 'b'],
    ['b', 'ArrowLeft', 'a'],
    ['a', 'ArrowLeft', undefined],
    ['a1', 'ArrowDown', undefined],
  ] as const)('moves from %s with %s to %s (siblings in drawing order)', (from, key, to) => {
    expect(navigate(navigation, from, key)).toBe(to);
  });
});
