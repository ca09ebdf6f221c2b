import { MICRO_PER_POINT, toMicro } from "../decimal";

/**
 * A valid score of a leaf: a number in [0, max], with at most 6 decimals, on the leaf's step or in
 * its list of allowed scores. The TypeScript side works in integer micro-points (see core/decimal.ts
 * and plainScoreMicro in scores/unit-scores.ts); the formula text below does the same arithmetic in
 * the sheet, so a form or a sheet refuses exactly what the PAR.* formulas refuse.
 */

/** A number or formula text (a cell reference such as "$C5") standing for one. */
export type Operand = number | string;

const operand = (value: Operand) => (typeof value === "number" ? String(value) : value);
/** Micro-points of a value in formula text: Excel's ROUND halves away from zero, like Math.round on the non-negative values that count. */
const micro = (value: Operand) => `ROUND(${operand(value)}*${MICRO_PER_POINT},0)`;

/**
 * The sheet's first line of defence (its data validation): a number from 0 to max. Step and allowed
 * scores are left to Validate, which says what is wrong; the sheet's message only says the range.
 */
export function scoreInRangeFormula(cell: string, max: Operand): string {
  return `AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=${operand(max)})`;
}

export interface ScoreRuleOperands {
  max: Operand;
  /** A step (a number, or a cell holding a number or nothing); omitted, blank or 0 means any 6-decimal score. */
  step?: Operand;
  /** Allowed scores (then there is no step). */
  allowed?: readonly number[];
}

/**
 * Formula text that is TRUE exactly when `cell` holds a valid score (not blank, not N/A: those are
 * tested apart). Every comparison is on micro-points, as in plainScoreMicro, so 0.1 + 0.2 style
 * binary noise cannot make the sheet and the formulas disagree.
 */
export function validScoreFormula(cell: string, rule: ScoreRuleOperands): string {
  const points = micro(cell);
  const tests = [`${points}>=0`, `${points}<=${micro(rule.max)}`, `ABS(${cell}*${MICRO_PER_POINT}-${points})<=0.001`];
  if (rule.allowed !== undefined) {
    const allowed = [...new Set(rule.allowed.map((value) => toMicro(value)).filter((value) => value !== undefined))];
    tests.push(`OR(${allowed.map((value) => `${points}=${value}`).join(",")})`);
  } else if (rule.step !== undefined) {
    const step = micro(rule.step);
    // INT(p/s)*s=p is the TypeScript check's own arithmetic (Math.floor(points / step) * step === points).
    const onStep = `INT(${points}/${step})*${step}=${points}`;
    tests.push(typeof rule.step === "number" ? onStep : `OR(${operand(rule.step)}="",${step}<=0,${onStep})`);
  }
  return `IF(ISNUMBER(${cell}),AND(${tests.join(",")}),FALSE)`;
}
