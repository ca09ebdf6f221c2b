/**
 * Writing one cell the way a user does in Excel (en-US locale), through the host's own rules:
 *  - the host's input interpretation (numbers parsed, "8,25" stays text, "=..." is a formula);
 *  - sheet protection (locked cells of a protected sheet refuse the edit with Excel's message);
 *  - data validation for TYPED values: a value that fails the cell's rule is taken back and the
 *    rule's error alert is returned for the UI to show. Pasted values (`validate: false`) are not
 *    validated, exactly like Excel's paste.
 * Then the workbook is recalculated so dependent cells update.
 */
import { rectContains, type Rect } from "../host/address";
import { cellIsValid } from "../host/data-validation";
import { HostError, HostErrorCodes } from "../host/errors";
import type { FormulaEvaluatorFn } from "../host/evaluator";
import type { HostState } from "../host/host-state";
import type { CellModel, DataValidationModel, SheetModel } from "../host/model";
import { cellKey } from "../host/model";
import { writeContents } from "../host/range-ops";
import type { ExcelHost } from "../host";

export const DEFAULT_ALERT_TITLE = "Microsoft Excel";
export const DEFAULT_ALERT_MESSAGE = "This value doesn't match the data validation restrictions defined for this cell.";

export type WriteOutcome =
  | { ok: true }
  | { ok: false; kind: "protected"; message: string }
  | { ok: false; kind: "invalid"; style: "Stop" | "Warning" | "Information"; title: string; message: string }
  | { ok: false; kind: "error"; message: string };

/** The pieces of the host's internal state that its model-level helpers need. */
export function hostStateFor(host: ExcelHost, evaluate: FormulaEvaluatorFn): HostState {
  const state: HostState = {
    workbook: host.workbook,
    stats: { syncs: 0, requests: [], maxRequestBytes: 0, reset() {} },
    maxRequestBytes: 5 * 1024 * 1024,
    maxResponseBytes: 5 * 1024 * 1024,
    evaluator: evaluate,
    dirty: false,
    recalc() {
      state.dirty = false;
      host.recalculate();
    },
  };
  return state;
}

export function validationAt(sheet: SheetModel, row: number, col: number): DataValidationModel | undefined {
  // One rule per cell in Excel; the host keeps them non-overlapping. Take the newest if not.
  for (let i = sheet.dataValidations.length - 1; i >= 0; i--) {
    const dv = sheet.dataValidations[i];
    if (rectContains(dv.rect, row, col)) return dv;
  }
  return undefined;
}

function cloneCell(cell: CellModel): CellModel {
  return {
    value: cell.value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    format: { ...cell.format },
    ...(cell.error ? { error: { ...cell.error } } : {}),
  };
}

export function writeCell(
  host: ExcelHost,
  evaluate: FormulaEvaluatorFn,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
  options: { validate: boolean },
): WriteOutcome {
  const state = hostStateFor(host, evaluate);
  const key = cellKey(row, col);
  const before = sheet.cells.get(key);
  const snapshot = before ? cloneCell(before) : undefined;
  const rect: Rect = { row, col, rowCount: 1, colCount: 1 };
  try {
    writeContents(state, { sheet, rect }, [[input]], "Workbench.editCell");
  } catch (error) {
    if (error instanceof HostError && error.code === HostErrorCodes.accessDenied)
      return { ok: false, kind: "protected", message: error.message };
    return { ok: false, kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (options.validate) {
    const dv = validationAt(sheet, row, col);
    if (dv && dv.errorAlert.showAlert && Object.keys(dv.rule).length > 0) {
      const valid = cellIsValid(state, sheet, dv, row, col);
      if (valid === false) {
        // Take the typed value back; the UI decides (Retry / Cancel, or Yes for a warning).
        if (snapshot) sheet.cells.set(key, snapshot);
        else sheet.cells.delete(key);
        const style = dv.errorAlert.style === "Warning" || dv.errorAlert.style === "Information" ? dv.errorAlert.style : "Stop";
        return {
          ok: false,
          kind: "invalid",
          style,
          title: dv.errorAlert.title || DEFAULT_ALERT_TITLE,
          message: dv.errorAlert.message || DEFAULT_ALERT_MESSAGE,
        };
      }
    }
  }
  host.recalculate();
  return { ok: true };
}

/**
 * Pastes a block of values (a 2-D array matching `rect`) like Excel's paste: input rules and
 * protection apply, data validation does not; one recalculation at the end.
 */
export function pasteRange(
  host: ExcelHost,
  evaluate: FormulaEvaluatorFn,
  sheet: SheetModel,
  rect: Rect,
  values: unknown[][],
  options: { recalculate: boolean } = { recalculate: true },
): WriteOutcome {
  const state = hostStateFor(host, evaluate);
  try {
    writeContents(state, { sheet, rect }, values, "Workbench.paste");
  } catch (error) {
    if (error instanceof HostError && error.code === HostErrorCodes.accessDenied)
      return { ok: false, kind: "protected", message: error.message };
    return { ok: false, kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (options.recalculate) host.recalculate();
  return { ok: true };
}
