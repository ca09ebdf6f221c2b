import { MICRO_PER_POINT } from "../decimal";
import { blankOrNotApplicableFormula } from "./not-applicable";
import type { LeafScoreRule } from "./score";

/*
 * A score cell's data validation: blank, a not-applicable word, or a valid score (0..max, at most 6
 * decimals, on the step, in the list of allowed scores), exactly what readUnitScores accepts from
 * the cell as typed. The leaf's rule written into the formula as constants (validNumberFormula) takes
 * 350 to 450 characters, and Excel refuses a validation formula over 255 (validation-limits.ts): it
 * repairs the file and drops the validation. So the constants live in cells beside the score cell
 * (hidden, locked, written once from the rubric), and the formula only reads them. They are never
 * cells computed from the score cell: Excel checks a typed value before anything recalculates.
 */

/** Where the formula finds the leaf's rule: formula text, normally cell references. */
export interface EntryRuleCells {
  /** The max in micro-points. */
  max: string;
  /** The step in micro-points; 1 when any score with at most 6 decimals is on the step. */
  step: string;
  /** The allowed scores in micro-points as "|0|500000|1000000|", or "*" for any score on the step. */
  allowed: string;
  /** A cell holding notApplicableListText({ blank: true }). */
  notApplicableList: string;
}

/** What the rule's cells hold, from the rule as the rubric table has it. */
export interface EntryRuleValues {
  maxMicro: number;
  stepMicro: number;
  allowedText: string;
}

export function entryRuleValues(rule: LeafScoreRule): EntryRuleValues {
  return {
    maxMicro: rule.maxMicro,
    // One micro-point: every score with at most 6 decimals is a whole number of micro-points.
    stepMicro: rule.stepMicro !== undefined && rule.stepMicro > 0 ? rule.stepMicro : 1,
    allowedText: rule.allowedMicro === undefined ? ANY_SCORE : `|${[...new Set(rule.allowedMicro)].join("|")}|`,
  };
}

/**
 * "Any score on the step" in the allowed-scores cell: text, not an empty cell, because engines differ
 * on whether an empty cell equals "" (Excel and LibreOffice say yes, the workbench's engine no).
 */
export const ANY_SCORE = "*";

// Written out, not as 1E6: Excel writes constants back this way when it saves the file, and the
// formula must stay within the limit in the file Excel saves too.
const MICRO = String(MICRO_PER_POINT);
const TWO_MICRO = String(2 * MICRO_PER_POINT);

/**
 * Formula text (no leading "=") for the data validation of `cell`. With v = the typed number and
 * p = ROUND(v·10⁶) its micro-points (the TypeScript side's scoreMicro and acceptNumber):
 *
 * - at most 6 decimals and on the step at once: v·10⁶ lies within 0.001 of a multiple of the step.
 *   The nearest multiple is ROUND(v·10⁶/step)·step; when it is p, the distance is the TypeScript
 *   side's |scaled − micro|, and when it is not (p off the step), the distance is at least 0.999.
 * - 0 ≤ p ≤ max, on v itself: once v·10⁶ is within 0.001 of p, that is −0.5 < v·10⁶ < max + 0.5,
 *   which is one comparison, |2·v·10⁶ − max| < max + 1.
 * - in the list of allowed scores when there is one: "|p|" is found in the list text.
 *
 * IF(ISNUMBER(...)) guards the arithmetic: on text it is an error, and Excel takes a validation
 * formula whose result is an error as a refusal (OR and AND evaluate every argument).
 */
export function acceptedEntryFormula(cell: string, cells: EntryRuleCells): string {
  const { max, step, allowed, notApplicableList } = cells;
  const onStep = `ABS(${cell}*${MICRO}-ROUND(${cell}*${MICRO}/${step},0)*${step})<=0.001`;
  const inRange = `ABS(${cell}*${TWO_MICRO}-${max})<${max}+1`;
  const inList = `OR(${allowed}="${ANY_SCORE}",ISNUMBER(FIND("|"&ROUND(${cell}*${MICRO},0)&"|",${allowed})))`;
  return `OR(${blankOrNotApplicableFormula(cell, notApplicableList)},IF(ISNUMBER(${cell}),AND(${onStep},${inRange},${inList})))`;
}
