import { rankTargetMicro, targetPointsMicro, type Band, type RankedUnit } from "../rules";

/**
 * A unit's target as the meeting states it: a point total, a grade ("Tốt"), or a rank ("top 3").
 * The plan needs it in points; the rules for that live in core/rules (target.ts), this only says
 * why a target cannot be turned into points.
 */
export type UnitTarget = { kind: "points"; points: number } | { kind: "grade"; label: string } | { kind: "rank"; rank: number };

/** What a target needs besides the unit's own scores. */
export interface TargetContext {
  /** The unit's applicable max (micro-points): a grade band is a share of it. */
  applicableMaxMicro: number;
  /** Grade bands, minimum as a fraction of the applicable max (like PAR.PERCENT). */
  bands?: readonly Band[];
  /** The other units' totals and applicable maxima (micro-points), for a rank target. */
  others?: readonly RankedUnit[];
}

export type TargetPoints =
  /** targetMicro undefined: any total reaches it (a rank beyond the number of other units). */
  { ok: true; targetMicro: number | undefined } | { ok: false; problem: "unknownGrade" | "invalidRank" | "invalidPoints" };

export function targetPoints(target: UnitTarget, context: TargetContext): TargetPoints {
  switch (target.kind) {
    case "points": {
      const micro = targetPointsMicro("points", target.points, [], context.applicableMaxMicro);
      return micro === undefined || !Number.isSafeInteger(micro)
        ? { ok: false, problem: "invalidPoints" }
        : { ok: true, targetMicro: micro };
    }
    case "grade": {
      const micro = targetPointsMicro("grade", target.label, context.bands ?? [], context.applicableMaxMicro);
      return micro === undefined ? { ok: false, problem: "unknownGrade" } : { ok: true, targetMicro: micro };
    }
    case "rank":
      if (!Number.isInteger(target.rank) || target.rank < 1) return { ok: false, problem: "invalidRank" };
      return { ok: true, targetMicro: rankTargetMicro(target.rank, context.others ?? [], context.applicableMaxMicro) };
  }
}
