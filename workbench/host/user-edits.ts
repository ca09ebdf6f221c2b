/**
 * What a user does in the grid, through the host's own rules (Excel, en-US input):
 *  - the host's input interpretation (numbers parsed, "8,25" stays text, "=..." is a formula);
 *  - sheet protection (a locked cell of a protected sheet refuses the edit with Excel's message);
 *  - data validation for TYPED values: a value failing the cell's rule is taken back and the rule's
 *    error alert is returned for the page to show. Pasted values are not validated, as in Excel.
 * Then the workbook is recalculated once, so dependent cells update.
 */
import { type Rect } from "./address";
import { cellIsValid, validationAt } from "./data-validation";
import { HostError, HostErrorCodes } from "./errors";
import type { HostState } from "./host-state";
import { cellKey, type CellModel, type SheetModel } from "./model";
import { writeContents } from "./range-ops";

export const DEFAULT_ALERT_TITLE = "Microsoft Excel";
export const DEFAULT_ALERT_MESSAGE = "This value doesn't match the data validation restrictions defined for this cell.";

export type WriteOutcome =
  | { ok: true }
  | { ok: false; kind: "protected"; message: string }
  | { ok: false; kind: "invalid"; style: "Stop" | "Warning" | "Information"; title: string; message: string }
  | { ok: false; kind: "error"; message: string };

function cloneCell(cell: CellModel): CellModel {
  return {
    value: cell.value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    format: { ...cell.format },
    ...(cell.error ? { error: { ...cell.error } } : {}),
  };
}

/** Writes contents; a refusal (protection, bad input) comes back as an outcome instead of a throw. */
function tryWrite(state: HostState, sheet: SheetModel, rect: Rect, values: unknown[][], location: string): WriteOutcome {
  try {
    writeContents(state, { sheet, rect }, values, location);
    return { ok: true };
  } catch (error) {
    if (error instanceof HostError && error.code === HostErrorCodes.accessDenied)
      return { ok: false, kind: "protected", message: error.message };
    return { ok: false, kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

/** One value typed into one cell (`validate: false` writes it like a paste). */
export function typeIntoCell(
  state: HostState,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
  options: { validate: boolean },
): WriteOutcome {
  const key = cellKey(row, col);
  const before = sheet.cells.get(key);
  const snapshot = before ? cloneCell(before) : undefined;
  const written = tryWrite(state, sheet, { row, col, rowCount: 1, colCount: 1 }, [[input]], "Workbench.editCell");
  if (!written.ok) return written;
  if (options.validate) {
    const dv = validationAt(sheet, row, col);
    if (dv && dv.errorAlert.showAlert && Object.keys(dv.rule).length > 0 && cellIsValid(state, sheet, dv, row, col) === false) {
      // Take the typed value back; the page decides (Retry / Cancel, or Yes for a warning).
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
  state.recalc();
  return { ok: true };
}

/** A block of values (a 2-D array matching `rect`) pasted at once; recalculated at the end unless told not to. */
export function pasteIntoRange(
  state: HostState,
  sheet: SheetModel,
  rect: Rect,
  values: unknown[][],
  options: { recalculate: boolean } = { recalculate: true },
): WriteOutcome {
  const written = tryWrite(state, sheet, rect, values, "Workbench.paste");
  if (written.ok && options.recalculate) state.recalc();
  return written;
}

/** The Delete key: empties the filled cells of `rect`, stopping at the first one protection refuses. */
export function clearCells(state: HostState, sheet: SheetModel, rect: Rect): WriteOutcome {
  let outcome: WriteOutcome = { ok: true };
  for (let row = rect.row; row < rect.row + rect.rowCount && outcome.ok; row++)
    for (let col = rect.col; col < rect.col + rect.colCount && outcome.ok; col++) {
      if (sheet.cells.has(cellKey(row, col)))
        outcome = tryWrite(state, sheet, { row, col, rowCount: 1, colCount: 1 }, [[""]], "Workbench.clear");
    }
  state.recalc();
  return outcome;
}
