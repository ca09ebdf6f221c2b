/**
 * The pluggable formula-evaluation contract. The host stores formula text; an evaluator turns
 * it into a value. Keeping this an interface lets tests run without a formula engine and lets
 * the browser bundle choose whether to ship one.
 */
import { CellValue, WorkbookModel } from "./model";

export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#CALC!",
  "#SPILL!",
  "#BUSY!",
  "#GETTING_DATA",
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** An Excel error result. In `Range.values` it surfaces as the `error` string, e.g. "#VALUE!". */
export interface FormulaErrorResult {
  error: ExcelErrorCode | string;
  message?: string;
}

export type EvaluationResult = CellValue | FormulaErrorResult;

/**
 * Reads a cell's current value (0-based row/col). Blank cells read as null, error cells as a
 * FormulaErrorResult. During recalculation it computes stale formula cells first, so evaluators
 * that use it see values in dependency order.
 */
export type CellReader = (sheetName: string, row: number, col: number) => EvaluationResult;

export type FormulaEvaluatorFn = (
  formula: string,
  sheetName: string,
  row: number,
  col: number,
  workbook: WorkbookModel,
  read: CellReader,
) => EvaluationResult;

export type FormulaEvaluator = FormulaEvaluatorFn | { evaluate: FormulaEvaluatorFn };

export function isFormulaError(v: unknown): v is FormulaErrorResult {
  return typeof v === "object" && v !== null && typeof (v as FormulaErrorResult).error === "string";
}

export function isErrorCode(v: unknown): v is ExcelErrorCode {
  return typeof v === "string" && (EXCEL_ERROR_CODES as readonly string[]).includes(v);
}

export function toEvaluatorFn(e: FormulaEvaluator): FormulaEvaluatorFn {
  return typeof e === "function" ? e : e.evaluate.bind(e);
}
