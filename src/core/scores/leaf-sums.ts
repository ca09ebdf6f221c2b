import type { RubricTable } from "../table/rubric-table";
import { LeafState } from "./leaf-state";
import { lostMicro } from "../rules/totals";

/** Every area's subtotal, applicable max and lost points, by position in `table.areas`. */
export interface AreaTotals {
  achievedMicro: number[];
  applicableMaxMicro: number[];
  lostMicro: number[];
}

/**
 * A unit's sums over the leaves of the scale (not bonus, not penalty), for the unit and for each
 * area, in micro-points. Reading a column adds them up as it goes (readUnitScores), so totalling a
 * unit needs no second pass over its leaves; for 300 units that pass cost a third of the reading.
 */
/** A unit's sums over the scale's leaves, without the per-area ones (what the formulas need). */
export type ScaleSums = Omit<LeafSums, "areas">;

export interface LeafSums {
  achievedMicro: number;
  /** Max of the leaves assessed so far. */
  assessedMaxMicro: number;
  /** Max of the leaves other than not applicable ones (assessed, pending or invalid). */
  applicableMaxMicro: number;
  /** Σ (max − score) over the assessed leaves. */
  lostMicro: number;
  assessedCount: number;
  pendingCount: number;
  notApplicableCount: number;
  /** Invalid cells among all leaves, bonus and penalty included. */
  invalidCount: number;
  areas: AreaTotals;
}

export function emptyAreaTotals(areaCount: number): AreaTotals {
  // Small plain arrays: a typed array costs more to create than a unit's whole pass.
  return {
    achievedMicro: new Array<number>(areaCount).fill(0),
    applicableMaxMicro: new Array<number>(areaCount).fill(0),
    lostMicro: new Array<number>(areaCount).fill(0),
  };
}

/**
 * The one loop that applies the leaf rules (core/rules/totals) to leaf states and points: N/A leaves
 * leave the max, assessed ones add points, assessed max and lost points, pending ones only the
 * applicable max. With `scaleOnly`, bonus and penalty leaves are skipped (their invalid cells still
 * counted); with `areas`, each leaf of the scale is added to its area too. The two passes that read
 * cells (readUnitScores, quickUnitTotals) keep these sums in locals as they read, for speed, and
 * property tests hold them equal to this loop (test/core/engine-fast-paths.test.ts).
 */
export function sumLeafList(
  table: RubricTable,
  states: Uint8Array,
  micro: Float64Array,
  leaves: readonly number[],
  scaleOnly: boolean,
  areas?: AreaTotals,
): LeafSums {
  const { isNormalLeaf, maxMicro, areaOfLeaf } = table;
  const byArea = areas ?? emptyAreaTotals(0);
  let achieved = 0,
    assessedMax = 0,
    applicableMax = 0;
  let assessedCount = 0,
    pendingCount = 0,
    notApplicableCount = 0,
    invalidCount = 0;
  for (const index of leaves) {
    const state = states[index];
    if (state === LeafState.Invalid) invalidCount++;
    if (scaleOnly && isNormalLeaf[index] === 0) continue;
    if (state === LeafState.NotApplicable) {
      notApplicableCount++;
      continue;
    }
    const max = maxMicro[index];
    const area = areas === undefined ? -1 : areaOfLeaf[index];
    applicableMax += max;
    if (area !== -1) byArea.applicableMaxMicro[area] += max;
    if (state === LeafState.Assessed) {
      achieved += micro[index];
      assessedMax += max;
      assessedCount++;
      if (area !== -1) {
        byArea.achievedMicro[area] += micro[index];
        byArea.lostMicro[area] += max - micro[index];
      }
    } else if (state === LeafState.Blank) {
      pendingCount++;
    }
  }
  return {
    achievedMicro: achieved,
    assessedMaxMicro: assessedMax,
    applicableMaxMicro: applicableMax,
    lostMicro: lostMicro(assessedMax, achieved),
    assessedCount,
    pendingCount,
    notApplicableCount,
    invalidCount,
    areas: byArea,
  };
}

/**
 * The same sums from leaf states and points that were not read from a column (a projection merged
 * from two columns). A property test holds readUnitScores's running sums equal to these.
 */
export function sumLeaves(table: RubricTable, states: Uint8Array, micro: Float64Array): LeafSums {
  return sumLeafList(table, states, micro, table.leaves, true, emptyAreaTotals(table.areas.length));
}
