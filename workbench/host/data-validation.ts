/**
 * Range.dataValidation. Validations are stored per sheet as rectangles; applying a rule to a
 * range replaces whatever rule covered those cells before (Excel keeps one rule per cell).
 * `valid` evaluates decimal / wholeNumber / textLength / list rules against current values,
 * and custom rules through the configured formula evaluator, with the evaluator conditional formats
 * use too (rule-evaluation.ts).
 */
import { Rect, cellCount, formatRect, parseAddress, rectContains, rectIntersection, rectSubtract } from "./address";
import { HostErrorCodes, hostError } from "./errors";
import { HostState } from "./host-state";
import { CellValue, DataValidationModel, DataValidationRuleModel, SheetModel, cellsInRect, findSheet, peekCell } from "./model";
import { formatValue } from "./number-format";
import { assertUnprotected } from "./protection";
import { ClientObject } from "./proxy";
import { RangeTarget, resolveNamedRange } from "./range-ops";
import { storedValueReader } from "./recalc";
import { formulaRuleHolds, ruleOperand, satisfiesOperator, type RuleSite } from "./rule-evaluation";

const RULE_TYPES: Record<keyof DataValidationRuleModel, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function validateRule(rule: unknown): DataValidationRuleModel {
  const loc = "DataValidation.rule";
  if (!rule || typeof rule !== "object") throw hostError(HostErrorCodes.invalidArgument, undefined, loc);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] != null);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES))
    throw hostError(HostErrorCodes.invalidArgument, "A data validation rule must have exactly one rule type.", loc);
  const key = keys[0] as keyof DataValidationRuleModel;
  const body = (rule as Record<string, Record<string, unknown>>)[key];
  if (key === "list") {
    const source = body.source;
    if (typeof source !== "string" || source.trim() === "") throw hostError(HostErrorCodes.invalidArgument, undefined, loc);
    return { list: { source, inCellDropDown: body.inCellDropDown !== false } };
  }
  if (key === "custom") {
    if (typeof body.formula !== "string" || body.formula === "") throw hostError(HostErrorCodes.invalidArgument, undefined, loc);
    return { custom: { formula: body.formula } };
  }
  const operator = String(body.operator ?? "");
  if (!OPERATORS.includes(operator) || body.formula1 === undefined || body.formula1 === null)
    throw hostError(HostErrorCodes.invalidArgument, undefined, loc);
  if ((operator === "Between" || operator === "NotBetween") && (body.formula2 === undefined || body.formula2 === null))
    throw hostError(HostErrorCodes.invalidArgument, undefined, loc);
  const basic: { formula1: string | number; formula2?: string | number; operator: string } = {
    formula1: body.formula1 as string | number,
    operator,
  };
  if (body.formula2 !== undefined && body.formula2 !== null) basic.formula2 = body.formula2 as string | number;
  return { [key]: basic } as DataValidationRuleModel;
}

function ruleType(rule: DataValidationRuleModel): string {
  const key = Object.keys(rule)[0] as keyof DataValidationRuleModel | undefined;
  return key ? RULE_TYPES[key] : "None";
}

/** Removes validation coverage of `rect` from a sheet (rule replacement and clear()). */
function removeCoverage(sheet: SheetModel, rect: Rect): void {
  const next: DataValidationModel[] = [];
  for (const dv of sheet.dataValidations) {
    for (const piece of rectSubtract(dv.rect, rect)) {
      next.push(piece === dv.rect ? dv : { ...dv, rect: piece, address: formatRect(piece) });
    }
  }
  sheet.dataValidations = next;
}

function overlapping(t: RangeTarget): DataValidationModel[] {
  return t.sheet.dataValidations.filter((dv) => rectIntersection(dv.rect, t.rect));
}

function newValidation(host: HostState, rect: Rect, rule: DataValidationRuleModel): DataValidationModel {
  host.workbook.counters.dataValidation += 1;
  return {
    id: host.workbook.counters.dataValidation,
    address: formatRect(rect),
    rect,
    rule,
    prompt: { showPrompt: true, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    ignoreBlanks: true,
  };
}

function listItems(host: HostState, sheet: SheetModel, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const ref = source.slice(1).trim();
  const parsed = parseAddress(ref);
  let target: RangeTarget | null = null;
  if (parsed) {
    const s = parsed.sheet !== undefined ? findSheet(host.workbook, parsed.sheet) : sheet;
    target = s ? { sheet: s, rect: parsed.rect } : null;
  } else {
    target = resolveNamedRange(host.workbook, ref);
  }
  if (!target) return [];
  return cellsInRect(target.sheet, target.rect).map(({ cell }) => formatValue(cell.value, cell.numberFormat));
}

/** The validation covering one cell, if any (Excel keeps one rule per cell; the newest wins if not). */
export function validationAt(sheet: SheetModel, row: number, col: number): DataValidationModel | undefined {
  for (let i = sheet.dataValidations.length - 1; i >= 0; i--) {
    const dv = sheet.dataValidations[i];
    if (rectContains(dv.rect, row, col)) return dv;
  }
  return undefined;
}

/** Whether one cell satisfies a validation; null when the host cannot tell (no evaluator for a formula). */
export function cellIsValid(host: HostState, sheet: SheetModel, dv: DataValidationModel, row: number, col: number): boolean | null {
  const cell = peekCell(sheet, row, col);
  const value: CellValue = cell ? cell.value : null;
  if (value === null || value === "") return dv.ignoreBlanks ? true : false;
  const site: RuleSite = {
    workbook: host.workbook,
    evaluate: host.evaluator,
    read: storedValueReader(host.workbook),
    sheetName: sheet.name,
    row,
    col,
    dRow: row - dv.rect.row,
    dCol: col - dv.rect.col,
  };
  const r = dv.rule;
  if (r.list) {
    const shown = cell ? formatValue(cell.value, cell.numberFormat) : "";
    return listItems(host, sheet, r.list.source).some((item) => item.toLowerCase() === shown.toLowerCase());
  }
  if (r.custom) return formulaRuleHolds(site, r.custom.formula);
  const basic = r.decimal ?? r.wholeNumber ?? r.textLength ?? r.date ?? r.time;
  if (!basic) return true;
  let x: number;
  if (r.textLength) x = formatValue(value, cell?.numberFormat ?? "General").length;
  else if (typeof value !== "number") return false;
  else x = value;
  if (r.wholeNumber && !Number.isInteger(x)) return false;
  const first = ruleOperand(site, basic.formula1);
  const second = ruleOperand(site, basic.formula2);
  // Number and length rules have number bounds; a bound that is not one cannot be decided here.
  if (typeof first !== "number" || (second !== null && typeof second !== "number")) return null;
  return satisfiesOperator(basic.operator, x, first, second);
}

export class DataValidation extends ClientObject<RangeTarget> {
  protected readonly _typeName = "DataValidation";
  protected readonly _scalarProps = ["rule", "type", "valid", "ignoreBlanks", "prompt", "errorAlert"] as const;

  protected _read(t: RangeTarget, name: string): unknown {
    const host = this._ctx._host;
    const dvs = overlapping(t);
    const single =
      dvs.length === 1 &&
      rectIntersection(dvs[0].rect, t.rect) &&
      cellCount(rectIntersection(dvs[0].rect, t.rect) as Rect) === cellCount(t.rect)
        ? dvs[0]
        : null;
    switch (name) {
      case "type":
        if (dvs.length === 0) return "None";
        return single ? ruleType(single.rule) : "Inconsistent";
      case "rule":
        return single ? single.rule : {};
      case "ignoreBlanks":
        return single ? single.ignoreBlanks : true;
      case "prompt":
        return single ? single.prompt : { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return single ? single.errorAlert : { showAlert: true, style: "Stop", title: "", message: "" };
      case "valid": {
        let sawTrue = false;
        let sawFalse = false;
        for (const dv of dvs) {
          const area = rectIntersection(dv.rect, t.rect) as Rect;
          const cells =
            cellCount(area) <= 200000
              ? (function* () {
                  for (let r = area.row; r < area.row + area.rowCount; r++)
                    for (let c = area.col; c < area.col + area.colCount; c++) yield { row: r, col: c };
                })()
              : cellsInRect(t.sheet, area)[Symbol.iterator]();
          for (const { row, col } of cells) {
            const ok = cellIsValid(host, t.sheet, dv, row, col);
            if (ok === false) sawFalse = true;
            else sawTrue = true;
          }
        }
        if (sawFalse && sawTrue) return null;
        return !sawFalse;
      }
    }
    return undefined;
  }

  get type(): string {
    return this._get("type");
  }
  get valid(): boolean {
    return this._get("valid");
  }

  get rule(): DataValidationRuleModel {
    return this._get("rule");
  }
  set rule(v: DataValidationRuleModel) {
    this._set("rule", v, (t) => {
      assertUnprotected(t.sheet, "DataValidation.rule");
      const rule = validateRule(v);
      const keep = overlapping(t).find(
        (dv) => dv.rect.row === t.rect.row && dv.rect.col === t.rect.col && cellCount(dv.rect) === cellCount(t.rect),
      );
      removeCoverage(t.sheet, t.rect);
      const dv = newValidation(this._ctx._host, t.rect, rule);
      // Prompt / alert set earlier on exactly this range survive a rule change, as in Excel.
      if (keep) {
        dv.prompt = keep.prompt;
        dv.errorAlert = keep.errorAlert;
        dv.ignoreBlanks = keep.ignoreBlanks;
      }
      t.sheet.dataValidations.push(dv);
    });
  }

  private _update(name: string, value: unknown, fn: (dv: DataValidationModel) => void): void {
    this._set(name, value, (t) => {
      assertUnprotected(t.sheet, `DataValidation.${name}`);
      let dvs = overlapping(t);
      if (dvs.length === 0) {
        // Excel allows an input message without a rule ("Any value").
        const dv = newValidation(this._ctx._host, t.rect, {});
        t.sheet.dataValidations.push(dv);
        dvs = [dv];
      }
      dvs.forEach(fn);
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._update("ignoreBlanks", v, (dv) => (dv.ignoreBlanks = !!v));
  }

  get prompt(): DataValidationModel["prompt"] {
    return this._get("prompt");
  }
  set prompt(v: DataValidationModel["prompt"]) {
    this._update("prompt", v, (dv) => (dv.prompt = { showPrompt: v.showPrompt ?? true, title: v.title ?? "", message: v.message ?? "" }));
  }

  get errorAlert(): DataValidationModel["errorAlert"] {
    return this._get("errorAlert");
  }
  set errorAlert(v: DataValidationModel["errorAlert"]) {
    this._update(
      "errorAlert",
      v,
      (dv) =>
        (dv.errorAlert = { showAlert: v.showAlert ?? true, style: v.style ?? "Stop", title: v.title ?? "", message: v.message ?? "" }),
    );
  }

  clear(): void {
    this._call("clear", [], (t) => {
      assertUnprotected(t.sheet, "DataValidation.clear");
      removeCoverage(t.sheet, t.rect);
    });
  }
}
