/**
 * Evaluates a sheet's conditional formats the way Excel does, since the host only records them:
 * a rule's formula is written relative to the top-left cell of its range, so for each cell it is
 * shifted by the cell's offset (the host's own shiftFormula) and evaluated there with the host's
 * formula evaluator. Rules apply in priority order (0 first); where two true rules set the same
 * property the higher-priority one wins, and stopIfTrue stops lower rules for that cell.
 * Supported: Custom and CellValue rules (what the add-in writes); other types are ignored.
 */
import { rectIntersection, type Rect } from "../host/address";
import { isFormulaError, type CellReader, type EvaluationResult, type FormulaEvaluatorFn } from "../host/evaluator";
import { shiftFormula } from "../host/formula-refs";
import { storedValueReader } from "../host/recalc";
import { cellKey, peekCell, type CellValue, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from "../host/model";

export interface CfStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Ids of the rules that matched, highest priority first. */
  rules: string[];
}

function truthy(result: EvaluationResult): boolean {
  let r: unknown = result;
  while (Array.isArray(r)) r = r.length ? r[0] : null;
  if (isFormulaError(r)) return false;
  if (typeof r === "boolean") return r;
  if (typeof r === "number") return r !== 0;
  return false;
}

function evaluateAt(
  evaluate: FormulaEvaluatorFn,
  wb: WorkbookModel,
  read: CellReader,
  formula: string,
  sheet: string,
  row: number,
  col: number,
): EvaluationResult {
  try {
    return evaluate(formula.startsWith("=") ? formula : `=${formula}`, sheet, row, col, wb, read);
  } catch (e) {
    return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
  }
}

function operandValue(
  text: string | undefined,
  ctx: {
    evaluate: FormulaEvaluatorFn;
    wb: WorkbookModel;
    read: CellReader;
    sheet: string;
    row: number;
    col: number;
    dRow: number;
    dCol: number;
  },
): CellValue | null {
  if (text === undefined) return null;
  const trimmed = String(text).trim();
  const body = trimmed.replace(/^=/, "");
  if (body !== "" && !Number.isNaN(Number(body))) return Number(body);
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  const r = evaluateAt(ctx.evaluate, ctx.wb, ctx.read, shiftFormula(`=${body}`, ctx.dRow, ctx.dCol), ctx.sheet, ctx.row, ctx.col);
  return isFormulaError(r) || Array.isArray(r) ? null : (r as CellValue);
}

function compareValues(op: string, x: CellValue, a: CellValue | null, b: CellValue | null): boolean {
  if (x === null || x === "" || a === null) {
    // Excel compares a blank cell as 0 against numbers.
    if ((x === null || x === "") && typeof a === "number") x = 0;
    else if (a === null) return false;
  }
  const cmp = (p: CellValue, q: CellValue): number => {
    if (typeof p === "number" && typeof q === "number") return p - q;
    if (typeof p === "number") return -1; // numbers sort before text
    if (typeof q === "number") return 1;
    return String(p).toLowerCase().localeCompare(String(q).toLowerCase());
  };
  const c = cmp(x, a as CellValue);
  switch (op) {
    case "Between":
      return b !== null && c >= 0 && cmp(x, b) <= 0;
    case "NotBetween":
      return b !== null && (c < 0 || cmp(x, b) > 0);
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

/** Whether one rule is true at one cell. */
export function ruleMatches(
  evaluate: FormulaEvaluatorFn,
  wb: WorkbookModel,
  sheet: SheetModel,
  cf: ConditionalFormatModel,
  row: number,
  col: number,
  read = storedValueReader(wb),
): boolean {
  const dRow = row - cf.rect.row;
  const dCol = col - cf.rect.col;
  if (cf.type === "Custom") {
    if (!cf.rule.formula) return false;
    return truthy(evaluateAt(evaluate, wb, read, shiftFormula(cf.rule.formula, dRow, dCol), sheet.name, row, col));
  }
  if (cf.type === "CellValue") {
    if (!cf.rule.operator || cf.rule.formula1 === undefined) return false;
    const cell = peekCell(sheet, row, col);
    if (cell?.error) return false;
    const x = cell ? cell.value : null;
    const ctx = { evaluate, wb, read, sheet: sheet.name, row, col, dRow, dCol };
    return compareValues(cf.rule.operator, x, operandValue(cf.rule.formula1, ctx), operandValue(cf.rule.formula2, ctx));
  }
  return false;
}

/**
 * Conditional styles of every cell in `view` (default: the whole rule ranges), keyed by cellKey.
 * Cells no rule matches are absent.
 */
export function evaluateConditionalFormats(
  evaluate: FormulaEvaluatorFn,
  wb: WorkbookModel,
  sheet: SheetModel,
  view?: Rect,
  options: { skip?: (key: number) => boolean; into?: Map<number, CfStyle> } = {},
): Map<number, CfStyle> {
  const out = options.into ?? new Map<number, CfStyle>();
  const skip = options.skip;
  const rules = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  if (rules.length === 0) return out;
  const read = storedValueReader(wb);
  const stopped = new Set<number>();
  for (const cf of rules) {
    const area = view ? rectIntersection(cf.rect, view) : cf.rect;
    if (!area) continue;
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.col; c < area.col + area.colCount; c++) {
        const key = cellKey(r, c);
        if (stopped.has(key) || (skip && skip(key))) continue;
        if (!ruleMatches(evaluate, wb, sheet, cf, r, c, read)) continue;
        let style = out.get(key);
        if (!style) {
          style = { rules: [] };
          out.set(key, style);
        }
        style.rules.push(cf.id);
        if (style.fill === undefined && cf.format.fillColor) style.fill = cf.format.fillColor;
        if (style.fontColor === undefined && cf.format.fontColor) style.fontColor = cf.format.fontColor;
        if (style.bold === undefined && cf.format.bold !== null) style.bold = cf.format.bold;
        if (style.italic === undefined && cf.format.italic !== null) style.italic = cf.format.italic;
        if (cf.stopIfTrue) stopped.add(key);
      }
    }
  }
  return out;
}
