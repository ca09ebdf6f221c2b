/**
 * What a sheet's conditional formats show, since the host only records them: each rule is evaluated
 * at each cell of its range (rule-evaluation.ts, the same evaluator data validation uses). Rules apply
 * in priority order (0 first); where two true rules set the same property the higher-priority one
 * wins, and stopIfTrue stops lower rules for that cell. Custom and CellValue rules are evaluated
 * (what the add-in writes); other types are ignored.
 */
import { rectIntersection, type Rect } from "./address";
import type { CellReader, FormulaEvaluatorFn } from "./evaluator";
import { cellKey, peekCell, type ConditionalFormatModel, type SheetModel, type WorkbookModel } from "./model";
import { storedValueReader } from "./recalc";
import { formulaRuleHolds, ruleOperand, satisfiesOperator, type RuleSite } from "./rule-evaluation";

export interface CfStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Ids of the rules that matched, highest priority first. */
  rules: string[];
}

/** Whether one rule is true at one cell. */
export function ruleMatches(
  evaluate: FormulaEvaluatorFn,
  wb: WorkbookModel,
  sheet: SheetModel,
  cf: ConditionalFormatModel,
  row: number,
  col: number,
  read: CellReader = storedValueReader(wb),
): boolean {
  const site: RuleSite = {
    workbook: wb,
    evaluate,
    read,
    sheetName: sheet.name,
    row,
    col,
    dRow: row - cf.rect.row,
    dCol: col - cf.rect.col,
  };
  if (cf.type === "Custom") return cf.rule.formula ? formulaRuleHolds(site, cf.rule.formula) === true : false;
  if (cf.type === "CellValue") {
    if (!cf.rule.operator || cf.rule.formula1 === undefined) return false;
    const cell = peekCell(sheet, row, col);
    if (cell?.error) return false;
    const first = ruleOperand(site, cf.rule.formula1);
    const second = ruleOperand(site, cf.rule.formula2);
    if (first === undefined || second === undefined) return false;
    return satisfiesOperator(cf.rule.operator, cell ? cell.value : null, first, second);
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
