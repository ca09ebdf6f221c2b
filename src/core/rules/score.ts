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

/** A leaf's scoring rule in micro-points, as the rubric table holds it. */
export interface LeafScoreRule {
  maxMicro: number;
  stepMicro?: number;
  allowedMicro?: readonly number[];
}

/**
 * The tests a number must pass, on micro-points (as in plainScoreMicro, so 0.1 + 0.2 style binary
 * noise cannot make the sheet and the formulas disagree): at most 6 decimals, from 0 to max, on the
 * step or in the list. `step.micro` is formula text in micro-points; `step.cell` the sheet cell
 * holding the step, which may be blank (no step).
 */
function numberTests(
  cell: string,
  maxMicro: string,
  step: { micro: string; cell?: string } | undefined,
  allowedMicro: readonly number[] | undefined,
): string {
  const points = micro(cell);
  const tests = [`ABS(${cell}*${MICRO_PER_POINT}-${points})<=0.001`, `${points}>=0`, `${points}<=${maxMicro}`];
  if (allowedMicro !== undefined) {
    tests.push(`OR(${[...new Set(allowedMicro)].map((value) => `${points}=${value}`).join(",")})`);
  } else if (step !== undefined) {
    // INT(p/s)*s=p is the TypeScript check's own arithmetic (Math.floor(points / step) * step === points),
    // and has no MOD's size limit in older Excel.
    const onStep = `INT(${points}/${step.micro})*${step.micro}=${points}`;
    tests.push(step.cell === undefined ? onStep : `OR(${step.cell}="",${step.micro}<=0,${onStep})`);
  }
  return `AND(${tests.join(",")})`;
}

/**
 * TRUE when a NUMBER in the cell is a valid score of the leaf (call it only where the cell is known to
 * hold a number: on text it is an error). The same checks, in the same units, as acceptNumber.
 */
export function validNumberFormula(cell: string, rule: LeafScoreRule): string {
  const step = rule.stepMicro !== undefined && rule.stepMicro > 0 ? { micro: String(rule.stepMicro) } : undefined;
  return numberTests(cell, String(rule.maxMicro), step, rule.allowedMicro);
}

/**
 * Formula text that is TRUE exactly when `cell` holds a valid score (not blank, not N/A: those are
 * tested apart), with max and step given as numbers or as the sheet's cells.
 */
export function validScoreFormula(cell: string, rule: ScoreRuleOperands): string {
  const allowed =
    rule.allowed === undefined ? undefined : rule.allowed.map((value) => toMicro(value)).filter((value) => value !== undefined);
  const noStep = rule.step === undefined || (typeof rule.step === "number" && !(rule.step > 0));
  const step =
    noStep || allowed !== undefined ? undefined : { micro: micro(rule.step!), cell: typeof rule.step === "number" ? undefined : rule.step };
  return `IF(ISNUMBER(${cell}),${numberTests(cell, micro(rule.max), step, allowed)},FALSE)`;
}
