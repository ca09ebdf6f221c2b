import type { Language } from "../bilingual";
import { fromMicro, nearestMicro, roundPoints } from "../decimal";
import type { Band } from "./grade";
import { targetKindIsFormula, type TargetKind } from "./target-kind";

/**
 * A unit's target and how far it is: set as a grade ("Tốt"), as points (85) or as a rank (3). The
 * meeting report (TypeScript) and the scoring sheet's target rows (formula text generated below)
 * both follow these rules.
 */
export type { TargetKind };
export type TargetStatus = "below" | "close" | "met";

/**
 * Status words as the sheet shows them, in the sheet's language; the highlight rules look for the
 * words of both languages, so a sheet relabelled in the other language keeps its colours.
 */
export const STATUS_WORDS: Record<Language, Record<TargetStatus, string>> = {
  vi: { below: "Chưa đạt", close: "Sát mục tiêu", met: "Đạt" },
  en: { below: "Below target", close: "Close to target", met: "Met" },
};
/** "Close to target": met, but by less than this share of the unit's applicable max. */
export const CLOSE_MARGIN = 0.05;

/** The band a grade target names; Excel's VLOOKUP ignores case (not spaces, not accents), and so does this. */
export function bandNamed(bands: readonly Band[], label: string): Band | undefined {
  const wanted = label.toLowerCase();
  return bands.find((band) => band.label.toLowerCase() === wanted);
}

/**
 * The points a points or grade target asks for, in micro-points: a grade asks for its band's minimum
 * share of the unit's applicable max, rounded to 6 decimals as the sheet's ROUND(…, 6) does. A typed
 * points target is taken to the nearest micro-point, as the sheet's ROUND(…, 6) takes the gap.
 */
export function targetPointsMicro(
  kind: TargetKind,
  value: string | number,
  bands: readonly Band[],
  applicableMaxMicro: number,
): number | undefined {
  if (kind === "points") return typeof value === "number" && Number.isFinite(value) ? nearestMicro(value) : undefined;
  if (kind !== "grade") return undefined;
  const band = bandNamed(bands, String(value));
  return band === undefined ? undefined : nearestMicro(roundPoints(band.min * fromMicro(applicableMaxMicro), 6));
}

/**
 * Gap to target: positive when short of it. For points (and grades): target − total, exactly. For
 * a rank: current rank − target rank (places still to climb).
 */
export function pointsGap(targetMicro: number, totalMicro: number): number {
  return fromMicro(targetMicro - totalMicro);
}

export function rankGap(rank: number, targetRank: number): number {
  return rank - targetRank;
}

/** Below when short; for a rank, exactly on it is "close"; for points, met by less than CLOSE_MARGIN of the max is "close". */
export function targetStatus(kind: TargetKind, gap: number, applicableMax: number): TargetStatus {
  if (gap > 0) return "below";
  if (kind === "rank") return gap === 0 ? "close" : "met";
  return -gap < CLOSE_MARGIN * applicableMax ? "close" : "met";
}

/** The cells a unit's target rows read, as formula text (references or names). */
export interface TargetCells {
  kind: string;
  value: string;
  applicableMax: string;
  rank: string;
  targetPoints: string;
  gap: string;
  bands: string;
  /** The unit's total (PAR.TOTAL's cell). */
  total: string;
}

/** Target points row: the value for a points target, the band's share of the max for a grade. */
export function targetPointsFormula(at: TargetCells): string {
  const is = (kind: TargetKind) => targetKindIsFormula(at.kind, kind);
  return `IF(${is("points")},${at.value},IF(${is("grade")},IFERROR(ROUND(VLOOKUP(${at.value},${at.bands},2,FALSE)*${at.applicableMax},6),""),""))`;
}

/**
 * Gap row: rank − target for a rank target, else target points − total. Both are decimals of at
 * most 6 places, so their difference rounded to 6 places is pointsGap's exact value. Native on
 * purpose: this cell reads the unit's rank, which reads every unit's index, so a custom function here
 * (PAR.GAP, which reads the whole score column) would run for every unit after any edit.
 */
export function gapFormula(at: TargetCells): string {
  return `IF(${targetKindIsFormula(at.kind, "rank")},IF(AND(ISNUMBER(${at.value}),ISNUMBER(${at.rank})),${at.rank}-${at.value},""),IF(AND(ISNUMBER(${at.targetPoints}),ISNUMBER(${at.total})),ROUND(${at.targetPoints}-${at.total},6),""))`;
}

/** Status row: targetStatus, as formula text, in the sheet's words; empty while there is no gap to judge. */
export function statusFormula(at: TargetCells, language: Language = "vi"): string {
  const w = STATUS_WORDS[language];
  return `IF(NOT(ISNUMBER(${at.gap})),"",IF(${at.gap}>0,"${w.below}",IF(${targetKindIsFormula(at.kind, "rank")},IF(${at.gap}=0,"${w.close}","${w.met}"),IF(-${at.gap}<${CLOSE_MARGIN}*${at.applicableMax},"${w.close}","${w.met}"))))`;
}

/** A unit's total and applicable max, in micro-points, as a rank target compares them. */
export interface RankedUnit {
  totalMicro: number;
  applicableMaxMicro: number;
}

/**
 * The points a rank target asks for: those of the unit now at that rank among the others. Units are
 * ranked by index (total ÷ applicable max, ties sharing a rank), so when maxima differ (criteria not
 * applicable) the points are scaled to this unit's max: the least total whose index is not below
 * that unit's, which is exactly its points when the maxima are equal. At or above the k-th best of
 * the others, at most k − 1 units are ahead. With fewer than k others (units with nothing
 * applicable are not ranked) any total holds that rank: undefined, there are no points to aim at.
 */
export function rankTargetMicro(rank: number, others: readonly RankedUnit[], applicableMaxMicro: number): number | undefined {
  const ranked = others
    .filter((other) => other.applicableMaxMicro > 0)
    .sort((a, b) => b.totalMicro / b.applicableMaxMicro - a.totalMicro / a.applicableMaxMicro);
  const atRank = ranked[rank - 1];
  return atRank === undefined ? undefined : scaledUp(atRank.totalMicro, applicableMaxMicro, atRank.applicableMaxMicro);
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
