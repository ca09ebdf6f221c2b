/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as "a range of any values" */
import * as formulas from "../core/engine/formulas";
import { plan as planFormula } from "../core/plan-to-target/plan-formula";
import { asOptionalRange, asOptionalText, asRange, asScalar } from "./excel-arguments";
import { excelResult } from "./excel-errors";

/*
 * The PAR.* custom functions. Each one coerces Excel's arguments, calls the scoring core and maps its
 * errors; the JSDoc below is the English metadata (functions.json is generated from it) and
 * metadata.vi.json holds the Vietnamese. The registration calls are appended by the build.
 */

/**
 * Total score of a unit: assessed criterion scores + bonus (capped) − penalty. Blank cells are not assessed yet.
 * @customfunction TOTAL
 * @param scores One column of score cells, one per rubric row. Blank = not assessed yet; N/A = not applicable.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @returns The total points.
 */
export function total(scores: any[][], rubric: any[][]): number {
  return excelResult(() => formulas.total(asRange(scores), asRange(rubric)));
}

/**
 * Maximum points: the full scale of the rubric or, given scores, the maximum of the criteria assessed so far.
 * @customfunction MAX
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param [scores] A unit's score column; when given, only criteria assessed so far count.
 * @param [basis] With scores: "assessed" (default) or "applicable" (all criteria except not applicable ones).
 * @returns The maximum points.
 */
export function max(rubric: any[][], scores?: any[][], basis?: any): number {
  return excelResult(() => formulas.max(asRange(rubric), asOptionalRange(scores), asOptionalText(basis)));
}

/**
 * Points lost: the sum of (max − score) over the criteria assessed so far.
 * @customfunction LOST
 * @param scores One column of score cells, one per rubric row.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @returns The points lost.
 */
export function lost(scores: any[][], rubric: any[][]): number {
  return excelResult(() => formulas.lost(asRange(scores), asRange(rubric)));
}

/**
 * Index as a fraction: total ÷ the unit's applicable maximum (format the cell as a percentage).
 * @customfunction PERCENT
 * @param scores One column of score cells, one per rubric row.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param [basis] "applicable" (default) divides by all applicable criteria; "assessed" by those assessed so far.
 * @returns The index, from 0 to 1 (or above 1 with bonus points).
 */
export function percent(scores: any[][], rubric: any[][], basis?: any): number {
  return excelResult(() => formulas.percent(asRange(scores), asRange(rubric), asOptionalText(basis)));
}

/**
 * Subtotal of one area or criterion: the sum of its assessed sub-criteria; empty while none of
 * them is assessed (blank is not zero).
 * @customfunction AREA
 * @param scores One column of score cells, one per rubric row.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param code The code of the area or criterion, such as "1" or "3.2".
 * @returns The subtotal points, or empty text when nothing under the code is assessed yet.
 */
export function area(scores: any[][], rubric: any[][], code: any): number | string {
  return excelResult(() => formulas.area(asRange(scores), asRange(rubric), asScalar(code)));
}

/**
 * Projected total: each filled planned (expected year-end) score replaces the current one.
 * @customfunction PROJECT
 * @param current The current score column.
 * @param planned The planned score column; blank cells keep the current score.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @returns The projected total points.
 */
export function project(current: any[][], planned: any[][], rubric: any[][]): number {
  return excelResult(() => formulas.project(asRange(current), asRange(planned), asRange(rubric)));
}

/**
 * Gap to a target: target − total. Zero or below means the target is met.
 * @customfunction GAP
 * @param scores One column of score cells, one per rubric row.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param target The target total points.
 * @returns The points still missing.
 */
export function gap(scores: any[][], rubric: any[][], target: any): number {
  return excelResult(() => formulas.gap(asRange(scores), asRange(rubric), asScalar(target)));
}

/**
 * Grade (xếp loại): the label of the highest band whose minimum is not above the value.
 * @customfunction GRADE
 * @param value The value to grade, such as a percentage from PAR.PERCENT.
 * @param bands Two columns: label and inclusive minimum.
 * @returns The grade label.
 */
export function grade(value: any, bands: any[][]): string {
  return excelResult(() => formulas.grade(asScalar(value), asRange(bands)));
}

/**
 * Rank among units: 1 is the highest; equal values share a rank. Non-numbers are ignored.
 * @customfunction RANK
 * @param value The value to rank.
 * @param values The values of all units.
 * @returns The rank.
 */
export function rank(value: any, values: any[][]): number {
  return excelResult(() => formulas.rank(asScalar(value), asRange(values)));
}

/**
 * Checks a unit's scores against the rubric: "OK", or the number of problems and the first one.
 * @customfunction CHECK
 * @param scores One column of score cells, one per rubric row.
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param [language] "vi" (default) or "en".
 * @returns "OK" or a description of the problems.
 */
export function check(scores: any[][], rubric: any[][], language?: any): string {
  return excelResult(() => formulas.check(asRange(scores), asRange(rubric), asOptionalText(language)));
}

/**
 * Plan to target: the criteria whose lost points to win back, most recoverable first, until the gap to the target is closed. Spills two columns: code and recoverable points.
 * @customfunction PLAN
 * @param scores One column of score cells, one per rubric row. Blank = not assessed yet (open up to its max).
 * @param rubric The rubric rows: code, kind, max and optionally the step or allowed scores.
 * @param target The target total points.
 * @param [count] How many criteria to list; by default those needed to close the gap (all of them when they cannot).
 * @returns Rows of code and recoverable points; #N/A when the target is already met.
 */
export function plan(scores: any[][], rubric: any[][], target: any, count?: any): any[][] {
  return excelResult(() => planFormula(asRange(scores), asRange(rubric), asScalar(target), asScalar(count ?? null)));
}
