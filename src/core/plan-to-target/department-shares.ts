import { fromMicro } from "../decimal";

/**
 * The same plan by responsible department (cơ quan chủ trì), as the meeting assigns the work: what
 * each one can win back, and its part in closing the gap.
 */
export interface DepartmentShare {
  /** Blank when the rubric names no department for those leaves. */
  responsible: string;
  leafCount: number;
  /** Everything its leaves can win back; the departments' figures add up to the plan's total. */
  recoverable: number;
  /**
   * Its points among the leaves that close the gap, the last of them counted only up to the gap:
   * the departments' figures add up to the gap when it can be closed, to the total otherwise.
   */
  towardsGap: number;
  /** towardsGap ÷ gap; undefined when there is no gap. */
  shareOfGap?: number;
}

/** A plan leaf as the grouping needs it, in plan order. */
export interface LeafGain {
  responsible: string;
  gainMicro: number;
  closesGap: boolean;
}

export function departmentShares(leaves: readonly LeafGain[], gapMicro: number): DepartmentShare[] {
  const byName = new Map<string, { leafCount: number; recoverableMicro: number; towardsMicro: number }>();
  let remainingMicro = gapMicro;
  for (const leaf of leaves) {
    const { gainMicro } = leaf;
    const entry = byName.get(leaf.responsible) ?? { leafCount: 0, recoverableMicro: 0, towardsMicro: 0 };
    entry.leafCount++;
    entry.recoverableMicro += gainMicro;
    if (leaf.closesGap) {
      const used = Math.min(gainMicro, remainingMicro);
      entry.towardsMicro += used;
      remainingMicro -= used;
    }
    byName.set(leaf.responsible, entry);
  }
  return [...byName.entries()]
    .map(([responsible, entry]): DepartmentShare => ({
      responsible,
      leafCount: entry.leafCount,
      recoverable: fromMicro(entry.recoverableMicro),
      towardsGap: fromMicro(entry.towardsMicro),
      shareOfGap: gapMicro > 0 ? entry.towardsMicro / gapMicro : undefined,
    }))
    .sort(
      (a, b) =>
        b.towardsGap - a.towardsGap ||
        b.recoverable - a.recoverable ||
        (a.responsible === "" ? 1 : b.responsible === "" ? -1 : a.responsible.localeCompare(b.responsible, "vi")),
    );
}
