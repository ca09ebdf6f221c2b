import type { RubricTable } from "../table/rubric-table";
import { LeafState, type UnitScores } from "../scores/unit-scores";

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

export function computeUnitTotals(table: RubricTable, scores: UnitScores): UnitTotals {
  // Locals, not object fields, in the loop: this runs for every unit on every recalculation.
  let fullMax = 0, applicableMax = 0, assessedMax = 0, achieved = 0, lost = 0;
  let assessedCount = 0, pendingCount = 0, notApplicableCount = 0, invalidCount = 0;
  const { normalLeaves, maxMicro } = table;
  const { states, micro } = scores;
  for (let i = 0; i < normalLeaves.length; i++) {
    const index = normalLeaves[i];
    const max = maxMicro[index];
    const state = states[index];
    fullMax += max;
    if (state === LeafState.Assessed) {
      applicableMax += max;
      assessedMax += max;
      achieved += micro[index];
      lost += max - micro[index];
      assessedCount++;
    } else if (state === LeafState.Blank) {
      applicableMax += max;
      pendingCount++;
    } else if (state === LeafState.NotApplicable) {
      notApplicableCount++;
    } else {
      applicableMax += max;
      invalidCount++;
    }
  }
  for (const group of [...table.bonusGroups, ...table.penaltyGroups]) {
    for (const index of group.leaves) if (states[index] === LeafState.Invalid) invalidCount++;
  }
  const totals: UnitTotals = {
    totalMicro: 0, achievedMicro: achieved, bonusMicro: 0, bonusUncappedMicro: 0, penaltyMicro: 0,
    fullMaxMicro: fullMax, applicableMaxMicro: applicableMax, assessedMaxMicro: assessedMax, lostMicro: lost,
    assessedCount, pendingCount, notApplicableCount, invalidCount,
  };
  for (const group of table.bonusGroups) {
    totals.bonusUncappedMicro += uncappedSum(group.leaves, states, micro);
    totals.bonusMicro += cappedSum(table, group.node, scores);
  }
  for (const group of table.penaltyGroups) {
    totals.penaltyMicro += cappedSum(table, group.node, scores);
  }
  totals.totalMicro = totals.achievedMicro + totals.bonusMicro - totals.penaltyMicro;
  return totals;
}

function uncappedSum(leaves: readonly number[], states: Uint8Array, micro: Float64Array): number {
  let sum = 0;
  for (const leaf of leaves) if (states[leaf] === LeafState.Assessed) sum += micro[leaf];
  return sum;
}

/** Bonus and penalty caps hold at every level: a group never gives or takes more than its max. */
function cappedSum(table: RubricTable, nodeIndex: number, scores: UnitScores): number {
  const node = table.nodes[nodeIndex];
  if (node.isLeaf) return scores.states[nodeIndex] === LeafState.Assessed ? scores.micro[nodeIndex] : 0;
  let sum = 0;
  for (const child of node.children) sum += cappedSum(table, child, scores);
  return Math.min(sum, node.maxMicro);
}

/**
 * One node's subtotal (an area's or a criterion's): the sum of its assessed leaves. A bonus or
 * penalty group's subtotal is capped like in the total.
 */
export function computeNodeTotals(table: RubricTable, scores: UnitScores, nodeIndex: number): NodeTotals {
  const node = table.nodes[nodeIndex];
  const result: NodeTotals = {
    achievedMicro: 0, applicableMaxMicro: 0, assessedMaxMicro: 0, lostMicro: 0, assessedCount: 0, pendingCount: 0,
  };
  for (const leaf of node.leaves) {
    const leafNode = table.nodes[leaf];
    const state = scores.states[leaf];
    if (state === LeafState.NotApplicable) continue;
    result.applicableMaxMicro += leafNode.maxMicro;
    if (state === LeafState.Assessed) {
      result.assessedCount++;
      result.achievedMicro += scores.micro[leaf];
      result.assessedMaxMicro += leafNode.maxMicro;
      result.lostMicro += leafNode.maxMicro - scores.micro[leaf];
    } else if (state === LeafState.Blank) {
      result.pendingCount++;
    }
  }
  if (node.category !== "normal") {
    result.achievedMicro = cappedSum(table, nodeIndex, scores);
    result.applicableMaxMicro = Math.min(result.applicableMaxMicro, node.maxMicro);
  }
  return result;
}

/** Every area's subtotal, max and lost points in one pass over the leaves (positions as `table.areas`). */
export interface AreaTotals {
  achievedMicro: number[];
  applicableMaxMicro: number[];
  lostMicro: number[];
}

export function computeAreaTotals(table: RubricTable, scores: UnitScores): AreaTotals {
  const count = table.areas.length;
  // Small plain arrays: a typed array costs more to create than this whole pass for one unit.
  const result: AreaTotals = {
    achievedMicro: new Array<number>(count).fill(0),
    applicableMaxMicro: new Array<number>(count).fill(0),
    lostMicro: new Array<number>(count).fill(0),
  };
  const { normalLeaves, areaOfLeaf, maxMicro } = table;
  for (let i = 0; i < normalLeaves.length; i++) {
    const index = normalLeaves[i];
    const area = areaOfLeaf[index];
    const state = scores.states[index];
    if (area === -1 || state === LeafState.NotApplicable) continue;
    result.applicableMaxMicro[area] += maxMicro[index];
    if (state !== LeafState.Assessed) continue;
    result.achievedMicro[area] += scores.micro[index];
    result.lostMicro[area] += maxMicro[index] - scores.micro[index];
  }
  return result;
}
