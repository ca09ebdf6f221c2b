/**
 * How a unit's totals come from its leaves (blank is not zero; N/A lowers the max; totals from the
 * leaves, never from typed subtotals):
 *   - a leaf of the scale that is not applicable leaves the unit's max: applicable max = Σ max of
 *     the other leaves (assessed, pending or invalid);
 *   - an assessed leaf adds its score to the achieved points and its max to the assessed max
 *     ("X of the Y points assessed so far"); lost points = assessed max − achieved;
 *   - a pending (blank) leaf adds only to the applicable max;
 *   - bonus and penalty sit outside the scale: they change the total, not the max, and only when
 *     scored; each group gives or takes at most its max, at every level (capped sums);
 *   - total = achieved + capped bonus − capped penalty.
 * The loops that apply the first three rules share one accumulator (scores/leaf-sums.ts).
 */

/** What the capped sums need of a rubric node. */
export interface CapNode {
  isLeaf: boolean;
  children: readonly number[];
  maxMicro: number;
}

/** A bonus or penalty group's points: the sum of its children's, capped at its max, at every level. */
export function cappedSum(nodes: readonly CapNode[], nodeIndex: number, leafValue: (index: number) => number): number {
  const node = nodes[nodeIndex];
  if (node.isLeaf) return leafValue(nodeIndex);
  let sum = 0;
  for (const child of node.children) sum += cappedSum(nodes, child, leafValue);
  return Math.min(sum, node.maxMicro);
}

export function unitTotalMicro(achievedMicro: number, bonusMicro: number, penaltyMicro: number): number {
  return achievedMicro + bonusMicro - penaltyMicro;
}

export function lostMicro(assessedMaxMicro: number, achievedMicro: number): number {
  return assessedMaxMicro - achievedMicro;
}
