import type { RubricTable } from "../table/rubric-table";
import { LeafState } from "../scores/leaf-state";
import type { UnitScores } from "../scores/unit-scores";
import { sumLeafList, type ScaleSums } from "../scores/leaf-sums";
import { cappedSum as cappedSumOf, unitTotalMicro } from "../rules/totals";

/**
 * A unit's totals in micro-points (exact integers). Totals come from the leaves, never from typed
 * subtotals. Bonus and penalty sit outside the scale: they change the total, not the max.
 */
export interface UnitTotals {
  /** Normal leaves assessed + capped bonus − capped penalty. */
  totalMicro: number;
  /** Sum of assessed normal leaves. */
  achievedMicro: number;
  bonusMicro: number;
  bonusUncappedMicro: number;
  penaltyMicro: number;
  /** Full scale of the rubric: every normal leaf. */
  fullMaxMicro: number;
  /** The unit's own max: normal leaves other than not applicable (assessed or pending). */
  applicableMaxMicro: number;
  /** Max of the normal leaves assessed so far ("X of the Y points assessed so far"). */
  assessedMaxMicro: number;
  /** Σ (max − score) over assessed normal leaves. */
  lostMicro: number;
  assessedCount: number;
  pendingCount: number;
  notApplicableCount: number;
  invalidCount: number;
}

export interface NodeTotals {
  achievedMicro: number;
  applicableMaxMicro: number;
  assessedMaxMicro: number;
  lostMicro: number;
  assessedCount: number;
  pendingCount: number;
}

/**
 * A unit's totals: the sums over the scale's leaves were added up as its column was read (see
 * LeafSums); bonus and penalty are added here, with their caps.
 */
export function computeUnitTotals(table: RubricTable, scores: UnitScores): UnitTotals {
  const { states, micro, sums } = scores;
  const leafValue = (index: number) => (states[index] === LeafState.Assessed ? micro[index] : 0);
  return unitTotalsFrom(table, sums, bonusAndPenalty(table, leafValue));
}

/** The totals from the scale's sums and the capped bonus and penalty: one assembly for every path. */
export function unitTotalsFrom(
  table: RubricTable,
  sums: ScaleSums,
  extras: { bonusMicro: number; bonusUncappedMicro: number; penaltyMicro: number },
): UnitTotals {
  return {
    totalMicro: unitTotalMicro(sums.achievedMicro, extras.bonusMicro, extras.penaltyMicro),
    achievedMicro: sums.achievedMicro,
    bonusMicro: extras.bonusMicro,
    bonusUncappedMicro: extras.bonusUncappedMicro,
    penaltyMicro: extras.penaltyMicro,
    fullMaxMicro: table.fullMaxMicro,
    applicableMaxMicro: sums.applicableMaxMicro,
    assessedMaxMicro: sums.assessedMaxMicro,
    lostMicro: sums.lostMicro,
    assessedCount: sums.assessedCount,
    pendingCount: sums.pendingCount,
    notApplicableCount: sums.notApplicableCount,
    invalidCount: sums.invalidCount,
  };
}

/** Bonus (capped and not) and penalty (capped), given each leaf's assessed points (0 when not assessed). */
export function bonusAndPenalty(
  table: RubricTable,
  leafValue: (index: number) => number,
): { bonusMicro: number; bonusUncappedMicro: number; penaltyMicro: number } {
  let bonusMicro = 0,
    bonusUncappedMicro = 0,
    penaltyMicro = 0;
  for (const group of table.bonusGroups) {
    for (const leaf of group.leaves) bonusUncappedMicro += leafValue(leaf);
    bonusMicro += cappedSum(table, group.node, leafValue);
  }
  for (const group of table.penaltyGroups) penaltyMicro += cappedSum(table, group.node, leafValue);
  return { bonusMicro, bonusUncappedMicro, penaltyMicro };
}

/** Bonus and penalty caps hold at every level: a group never gives or takes more than its max. */
function cappedSum(table: RubricTable, nodeIndex: number, leafValue: (index: number) => number): number {
  return cappedSumOf(table.nodes, nodeIndex, leafValue);
}

/**
 * One node's subtotal (an area's or a criterion's): the sum of its assessed leaves. A bonus or
 * penalty group's subtotal is capped like in the total.
 */
export function computeNodeTotals(table: RubricTable, scores: UnitScores, nodeIndex: number): NodeTotals {
  const node = table.nodes[nodeIndex];
  // A node of the scale has only scale leaves below it; a bonus or penalty node's own leaves count.
  const sums = sumLeafList(table, scores.states, scores.micro, node.leaves, false);
  const result: NodeTotals = {
    achievedMicro: sums.achievedMicro,
    applicableMaxMicro: sums.applicableMaxMicro,
    assessedMaxMicro: sums.assessedMaxMicro,
    lostMicro: sums.lostMicro,
    assessedCount: sums.assessedCount,
    pendingCount: sums.pendingCount,
  };
  if (node.category !== "normal") {
    result.achievedMicro = cappedSum(table, nodeIndex, (index) => (scores.states[index] === LeafState.Assessed ? scores.micro[index] : 0));
    result.applicableMaxMicro = Math.min(result.applicableMaxMicro, node.maxMicro);
  }
  return result;
}
