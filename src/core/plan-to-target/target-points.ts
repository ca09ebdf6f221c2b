import { fromMicro, roundPoints, toMicro } from "../decimal";
import type { Band } from "../engine/grading";

/**
 * A unit's target as the meeting states it: a point total, a grade ("Tốt"), or a rank ("top 3").
 * The plan needs it in points; these are the rules for turning each kind into points.
 */
export type UnitTarget =
  | { kind: "points"; points: number }
  | { kind: "grade"; label: string }
  | { kind: "rank"; rank: number };

/** What a target needs besides the unit's own scores. */
export interface TargetContext {
  /** The unit's applicable max (micro-points): a grade band is a share of it. */
  applicableMaxMicro: number;
  /** Grade bands, minimum as a fraction of the applicable max (like PAR.PERCENT). */
  bands?: readonly Band[];
  /** The other units' totals and applicable maxima (micro-points), for a rank target. */
  others?: readonly { totalMicro: number; applicableMaxMicro: number }[];
}

export type TargetPoints =
  /** targetMicro undefined: any total reaches it (a rank beyond the number of other units). */
  | { ok: true; targetMicro: number | undefined }
  | { ok: false; problem: "unknownGrade" | "invalidRank" | "invalidPoints" };

/**
 * The target in micro-points.
 * - points: as given.
 * - grade: the band's minimum share of the unit's applicable max, rounded to 6 decimals as the
 *   scoring sheet's "target in points" row does (ROUND(minimum × applicable max, 6)).
 * - rank: the points of the unit now at that rank. Units are ranked by index, so when maxima differ
 *   (criteria not applicable) those points are scaled to this unit's max: the least total whose
 *   index is not below that unit's, which is exactly its points when the maxima are equal. The
 *   unit now at rank k is the k-th best of the others: at or above it, at most k − 1 units are
 *   ahead. With fewer than k others any total gets that rank: there are no points to aim at.
 */
export function targetPoints(target: UnitTarget, context: TargetContext): TargetPoints {
  switch (target.kind) {
    case "points": {
      const micro = Number.isFinite(target.points) ? toMicro(roundPoints(target.points, 6)) : undefined;
      return micro === undefined ? { ok: false, problem: "invalidPoints" } : { ok: true, targetMicro: micro };
    }
    case "grade": {
      const band = context.bands?.find((candidate) => candidate.label === target.label);
      if (!band) return { ok: false, problem: "unknownGrade" };
      const points = roundPoints(band.min * fromMicro(context.applicableMaxMicro), 6);
      return { ok: true, targetMicro: toMicro(points) ?? 0 };
    }
    case "rank": {
      if (!Number.isInteger(target.rank) || target.rank < 1) return { ok: false, problem: "invalidRank" };
      const ranked = (context.others ?? [])
        .filter((other) => other.applicableMaxMicro > 0)
        .sort((a, b) => b.totalMicro / b.applicableMaxMicro - a.totalMicro / a.applicableMaxMicro);
      const atRank = ranked[target.rank - 1];
      if (!atRank) return { ok: true, targetMicro: undefined };
      return { ok: true, targetMicro: scaledUp(atRank.totalMicro, context.applicableMaxMicro, atRank.applicableMaxMicro) };
    }
  }
}

/** ⌈total × max ÷ otherMax⌉ exactly: the products pass 2^53 for 100-point scales in micro-points. */
function scaledUp(totalMicro: number, maxMicro: number, otherMaxMicro: number): number {
  if (maxMicro === otherMaxMicro) return totalMicro;
  const product = BigInt(totalMicro) * BigInt(maxMicro);
  const divisor = BigInt(otherMaxMicro);
  const quotient = product / divisor;
  // BigInt division truncates towards zero, which is already the ceiling for a negative total.
  return Number(product % divisor > 0n ? quotient + 1n : quotient);
}
