/**
 * Worksheet protection checks.
 * Error code choice: Excel rejects edits to locked cells of a protected sheet with
 * "AccessDenied" (the Office.js docs use AccessDenied for operations blocked by worksheet
 * protection, e.g. AllowEditRange members and protect() on an already protected sheet).
 * The message mirrors Excel's UI text so add-in UIs can surface it.
 */
import { Rect, cellCount, isEntireColumn, isEntireRow } from "./address";
import { HostError, HostErrorCodes } from "./errors";
import { SheetModel, cellKey, cellsInRect, effectiveEmptyFormat } from "./model";

export const PROTECTED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.";

function denied(location: string): HostError {
  return new HostError(HostErrorCodes.accessDenied, PROTECTED_MESSAGE, location);
}

function anyEmptyCellLocked(sheet: SheetModel, rect: Rect): boolean {
  if (cellCount(rect) <= 200000) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        if (!sheet.cells.has(r * 16384 + c) && effectiveEmptyFormat(sheet, r, c).format.locked) return true;
      }
    return false;
  }
  // Huge (entire row/column) ranges: decide from column / row formats instead of per cell.
  if (isEntireColumn(rect)) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) if ((sheet.columnFormats.get(c)?.locked ?? true) === true) return true;
    return false;
  }
  if (isEntireRow(rect)) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) if ((sheet.rowFormats.get(r)?.locked ?? true) === true) return true;
    return false;
  }
  return true;
}

/** Whether typing into this cell is refused: a locked cell (or an empty cell formatted locked) of a protected sheet. */
export function isCellLocked(sheet: SheetModel, row: number, col: number): boolean {
  if (!sheet.protection.protected) return false;
  return sheet.cells.get(cellKey(row, col))?.format.locked ?? effectiveEmptyFormat(sheet, row, col).format.locked;
}

/** Writing contents (values, formulas, clear) needs every target cell unlocked on a protected sheet. */
export function assertCanEditContents(sheet: SheetModel, rect: Rect, location: string, onlyExisting = false): void {
  if (!sheet.protection.protected) return;
  for (const { cell } of cellsInRect(sheet, rect)) if (cell.format.locked) throw denied(location);
  if (!onlyExisting && anyEmptyCellLocked(sheet, rect)) throw denied(location);
}

export type FormatKind = "cells" | "columns" | "rows" | "locking" | "objects";

const OPTION_FOR: Record<Exclude<FormatKind, "locking">, string> = {
  cells: "allowFormatCells",
  columns: "allowFormatColumns",
  rows: "allowFormatRows",
  objects: "allowEditObjects",
};

/** Formatting is allowed on a protected sheet only when the matching protection option is on. */
export function assertCanFormat(sheet: SheetModel, kind: FormatKind, location: string): void {
  if (!sheet.protection.protected) return;
  if (kind === "locking") throw denied(location);
  if (sheet.protection.options[OPTION_FOR[kind]] === true) return;
  throw denied(location);
}

/** Structural features (conditional formats, data validation) cannot be changed while protected. */
export function assertUnprotected(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) throw denied(location);
}
