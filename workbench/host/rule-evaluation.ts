/**
 * The one way a data-validation or conditional-format rule is evaluated at a cell (Excel evaluates
 * both kinds alike):
 *  - a rule's formulas are written for the top-left cell of its range and shifted by the cell's
 *    offset from it;
 *  - an operand is a number, a quoted text ("ok" or ="ok") or a formula;
 *  - a formula is true when it gives TRUE or a non-zero number (an array: its first value; an
 *    error: false);
 *  - comparisons put numbers before text, compare text without case, read a blank cell as 0 against
 *    a number, and "between" accepts its bounds in either order.
 */
import { isFormulaError, type CellReader, type EvaluationResult, type FormulaEvaluatorFn } from "./evaluator";
import { shiftFormula } from "./formula-refs";
import type { CellValue, WorkbookModel } from "./model";

/** One cell a rule is evaluated at. */
export interface RuleSite {
  workbook: WorkbookModel;
  /** Null when the host has no formula engine: formula rules then cannot be decided. */
  evaluate: FormulaEvaluatorFn | null;
  read: CellReader;
  sheetName: string;
  row: number;
  col: number;
  /** Offset of the cell from the rule range's top-left cell. */
  dRow: number;
  dCol: number;
}

/** The rule formula's result at the site, or undefined when there is no formula engine. */
export function evaluateRuleFormula(site: RuleSite, formula: string): EvaluationResult | undefined {
  if (!site.evaluate) return undefined;
  const body = formula.trim().replace(/^=/, "");
  try {
    return site.evaluate(shiftFormula(`=${body}`, site.dRow, site.dCol), site.sheetName, site.row, site.col, site.workbook, site.read);
  } catch (error) {
    return { error: "#VALUE!", message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a formula result counts as true. */
export function isTrueResult(result: EvaluationResult): boolean {
  let value: unknown = result;
  while (Array.isArray(value)) value = value.length ? value[0] : null;
  if (isFormulaError(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return false;
}

/** A custom rule (formula) at the site: true, false, or null when there is no formula engine. */
export function formulaRuleHolds(site: RuleSite, formula: string): boolean | null {
  const result = evaluateRuleFormula(site, formula);
  return result === undefined ? null : isTrueResult(result);
}

/**
 * An operand's value at the site: null when it is absent or its formula gives an error, undefined
 * when it is a formula and there is no formula engine.
 */
export function ruleOperand(site: RuleSite, operand: string | number | undefined): CellValue | undefined {
  if (operand === undefined || operand === null) return null;
  if (typeof operand === "number") return operand;
  const body = operand.trim().replace(/^=/, "");
  if (body !== "" && !Number.isNaN(Number(body))) return Number(body);
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  const result = evaluateRuleFormula(site, body);
  if (result === undefined) return undefined;
  return isFormulaError(result) || Array.isArray(result) ? null : result;
}

/** Excel's order for comparisons: numbers before text, text without case. */
function compareCells(p: CellValue, q: CellValue): number {
  if (typeof p === "number" && typeof q === "number") return p - q;
  if (typeof p === "number") return -1;
  if (typeof q === "number") return 1;
  return String(p).toLowerCase().localeCompare(String(q).toLowerCase());
}

/**
 * Whether `value` satisfies `operator` with its operands. Takes both spellings Office.js uses
 * (conditional formats "GreaterThanOrEqual", data validation "GreaterThanOrEqualTo").
 */
export function satisfiesOperator(operator: string, value: CellValue, first: CellValue, second: CellValue): boolean {
  if (first === null) return false;
  const blank = value === null || value === "";
  const x: CellValue = blank ? (typeof first === "number" ? 0 : "") : value;
  const c = compareCells(x, first);
  const between = () => {
    if (second === null) return null;
    const [low, high] = compareCells(first, second) <= 0 ? [first, second] : [second, first];
    return compareCells(x, low) >= 0 && compareCells(x, high) <= 0;
  };
  switch (operator) {
    case "Between":
      return between() === true;
    case "NotBetween":
      return between() === false;
    case "EqualTo":
      return c === 0;
    case "NotEqualTo":
      return c !== 0;
    case "GreaterThan":
      return c > 0;
    case "LessThan":
      return c < 0;
    case "GreaterThanOrEqual":
    case "GreaterThanOrEqualTo":
      return c >= 0;
    case "LessThanOrEqual":
    case "LessThanOrEqualTo":
      return c <= 0;
  }
  return false;
}
