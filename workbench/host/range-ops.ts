/**
 * Model-level operations behind Range members (run at sync time). Kept apart from the proxy
 * class so the Excel rules (dimension checks, input interpretation, protection) are easy to find.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, cellCount, isEntireColumn, isEntireRow, parseAddress, rectIntersection } from "./address";
import { interpretInput } from "./cell-input";
import { HostErrorCodes, hostError } from "./errors";
import { shiftFormula } from "./formula-refs";
import { HostState } from "./host-state";
import {
  CellFormat,
  CellModel,
  CellValue,
  SheetModel,
  WorkbookModel,
  cellKey,
  cellsInRect,
  effectiveEmptyFormat,
  findSheet,
  isCellEmpty,
  keyToRowCol,
  peekCell,
  touchCell,
} from "./model";
import { formatValue } from "./number-format";
import { assertCanEditContents, assertCanFormat } from "./protection";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export const DIMENSION_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Guards against materialising giant arrays (e.g. loading values of "A:A"), like Excel's 5 MB response cap. */
export function assertResponseSize(host: HostState, rect: Rect, location: string): void {
  if (cellCount(rect) * 3 > host.maxResponseBytes) {
    throw hostError(HostErrorCodes.responsePayloadSizeLimitExceeded, undefined, location);
  }
}

/**
 * Excel accepts either a 2-D array whose dimensions match the range exactly, or a single
 * non-array value that is applied to every cell (the typings only allow arrays). A 1x1 array
 * on a larger range is rejected.
 */
export function expandInput(input: unknown, rect: Rect, location: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) {
    if (cellCount(rect) > 1000000) throw hostError(HostErrorCodes.invalidArgument, DIMENSION_MESSAGE, location);
    return () => input;
  }
  const ok = input.length === rect.rowCount && input.every((row) => Array.isArray(row) && row.length === rect.colCount);
  if (!ok) throw hostError(HostErrorCodes.invalidArgument, DIMENSION_MESSAGE, location);
  return (r, c) => (input[r] as unknown[])[c];
}

/** values / formulas setter. Both follow the same input rules (see cell-input.ts). */
export function writeContents(host: HostState, t: RangeTarget, input: unknown, location: string): void {
  const get = expandInput(input, t.rect, location);
  const broadcast = !Array.isArray(input);
  assertCanEditContents(t.sheet, t.rect, location);
  for (let r = 0; r < t.rect.rowCount; r++) {
    for (let c = 0; c < t.rect.colCount; c++) {
      const row = t.rect.row + r;
      const col = t.rect.col + c;
      const existing = peekCell(t.sheet, row, col);
      const nf = existing?.numberFormat ?? effectiveEmptyFormat(t.sheet, row, col).numberFormat;
      const parsed = interpretInput(get(r, c), nf);
      if (parsed.kind === "skip") continue;
      const cell = touchCell(t.sheet, row, col);
      delete cell.error;
      if (parsed.kind === "formula") {
        // A single formula written to many cells behaves like fill: relative refs move.
        cell.formula = broadcast ? shiftFormula(parsed.formula, r, c) : parsed.formula;
        cell.value = null;
      } else {
        cell.formula = null;
        cell.value = parsed.value === "" ? null : parsed.value;
        if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
      }
    }
  }
  host.dirty = true;
}

export function writeNumberFormat(t: RangeTarget, input: unknown, location: string): void {
  const get = expandInput(input, t.rect, location);
  assertCanFormat(t.sheet, "cells", location);
  for (let r = 0; r < t.rect.rowCount; r++)
    for (let c = 0; c < t.rect.colCount; c++) {
      const v = get(r, c);
      if (v === null || v === undefined) continue;
      touchCell(t.sheet, t.rect.row + r, t.rect.col + c).numberFormat = String(v);
    }
}

function displayValue(cell: CellModel | undefined): CellValue {
  if (!cell) return "";
  if (cell.formula !== null) return cell.value; // null when no evaluator is configured
  return cell.value ?? "";
}

export type CellArrayProp = "values" | "formulas" | "numberFormat" | "text" | "valueTypes";

export function readCellArray(host: HostState, t: RangeTarget, prop: CellArrayProp, location: string): unknown[][] {
  assertResponseSize(host, t.rect, location);
  const out: unknown[][] = [];
  for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
    const line: unknown[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) {
      const cell = peekCell(t.sheet, r, c);
      switch (prop) {
        case "values":
          line.push(displayValue(cell));
          break;
        case "formulas":
          line.push(cell?.formula ?? displayValue(cell));
          break;
        case "numberFormat":
          line.push(cell?.numberFormat ?? effectiveEmptyFormat(t.sheet, r, c).numberFormat);
          break;
        case "text":
          line.push(cell ? formatValue(cell.value, cell.numberFormat) : "");
          break;
        case "valueTypes":
          line.push(valueType(cell));
          break;
      }
    }
    out.push(line);
  }
  return out;
}

function valueType(cell: CellModel | undefined): string {
  if (!cell) return "Empty";
  if (cell.error) return "Error";
  const v = cell.value;
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** Reads a format attribute across a range: the common value, or null when cells differ (Excel's rule). */
export function readFormatAggregate<V>(t: RangeTarget, pick: (f: CellFormat) => V): V | null {
  let first = true;
  let result: V | null = null;
  const consider = (v: V): boolean => {
    if (first) {
      result = v;
      first = false;
      return true;
    }
    return v === result;
  };
  if (cellCount(t.rect) <= 100000) {
    for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++)
      for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) {
        const cell = peekCell(t.sheet, r, c);
        const f = cell ? cell.format : effectiveEmptyFormat(t.sheet, r, c).format;
        if (!consider(pick(f))) return null;
      }
    return result;
  }
  for (const { cell } of cellsInRect(t.sheet, t.rect)) if (!consider(pick(cell.format))) return null;
  for (let c = t.rect.col; c < t.rect.col + Math.min(t.rect.colCount, 1000); c++)
    if (!consider(pick(effectiveEmptyFormat(t.sheet, t.rect.row, c).format))) return null;
  return result;
}

/**
 * Applies a format patch. Entire columns/rows set column/row formats (so cells written later
 * inherit them, e.g. an unlocked input column) in addition to existing cells.
 */
export function applyFormat(t: RangeTarget, patch: Partial<CellFormat>, location: string): void {
  assertCanFormat(t.sheet, "locked" in patch ? "locking" : "cells", location);
  const { sheet, rect } = t;
  if (isEntireColumn(rect)) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.columnFormats.set(c, { ...sheet.columnFormats.get(c), ...patch });
    for (const { cell } of cellsInRect(sheet, rect)) Object.assign(cell.format, patch);
    return;
  }
  if (isEntireRow(rect)) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowFormats.set(r, { ...sheet.rowFormats.get(r), ...patch });
    for (const { cell } of cellsInRect(sheet, rect)) Object.assign(cell.format, patch);
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) Object.assign(touchCell(sheet, r, c).format, patch);
}

/** Range.clear(applyTo): "All" (default), "Contents", "Formats". */
export function clearRange(host: HostState, t: RangeTarget, applyTo: string, location: string): void {
  const mode = applyTo || "All";
  const { sheet, rect } = t;
  if (mode === "All" || mode === "Contents") assertCanEditContents(sheet, rect, location, true);
  if (mode === "All" || mode === "Formats") assertCanFormat(sheet, "cells", location);
  for (const { row, col, cell } of cellsInRect(sheet, rect)) {
    if (mode === "All" || mode === "Contents") {
      cell.value = null;
      cell.formula = null;
      delete cell.error;
    }
    if (mode === "All" || mode === "Formats") {
      const base = effectiveEmptyFormat(sheet, row, col);
      // Clearing formats resets to Normal style; locking is not part of what Clear Formats keeps.
      cell.format = { ...base.format, locked: true };
      cell.numberFormat = "General";
    }
    if (isCellEmpty(cell) && mode !== "Contents") sheet.cells.delete(cellKey(row, col));
  }
  host.dirty = true;
}

/** Bounding rect of used cells. valuesOnly ignores cells that only carry formatting. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && isCellEmpty(cell)) continue;
    const { row, col } = keyToRowCol(key);
    if (row < r0) r0 = row;
    if (col < c0) c0 = col;
    if (row > r1) r1 = row;
    if (col > c1) c1 = col;
  }
  if (r1 < 0) return null;
  return { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
}

/** Offsets/resizes with Excel's bounds check (InvalidArgument when leaving the grid). */
export function checkedRect(row: number, col: number, rowCount: number, colCount: number, location: string): Rect {
  if (row < 0 || col < 0 || rowCount < 1 || colCount < 1 || row + rowCount > MAX_ROWS || col + colCount > MAX_COLUMNS) {
    throw hostError(HostErrorCodes.invalidArgument, undefined, location);
  }
  return { row, col, rowCount, colCount };
}

/** Resolves a workbook-scope name whose formula is a plain range reference. */
export function resolveNamedRange(wb: WorkbookModel, name: string): RangeTarget | null {
  const item = wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!item) return null;
  const parsed = parseAddress(item.formula.replace(/^=/, ""));
  if (!parsed || parsed.sheet === undefined) return null;
  const sheet = findSheet(wb, parsed.sheet);
  return sheet ? { sheet, rect: parsed.rect } : null;
}

/**
 * Resolves an address given to worksheet.getRange / freezeAt / setPrintTitleRows etc.
 * Accepts local addresses, addresses qualified with this sheet's name, and defined names.
 */
export function resolveAddressOnSheet(wb: WorkbookModel, sheet: SheetModel, address: string, location: string): Rect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw hostError(HostErrorCodes.invalidArgument, undefined, location);
    }
    return parsed.rect;
  }
  const named = resolveNamedRange(wb, address.trim());
  if (named && named.sheet === sheet) return named.rect;
  throw hostError(HostErrorCodes.invalidArgument, undefined, location);
}

export function intersect(a: RangeTarget, b: RangeTarget): RangeTarget | null {
  if (a.sheet !== b.sheet) return null;
  const rect = rectIntersection(a.rect, b.rect);
  return rect ? { sheet: a.sheet, rect } : null;
}

/**
 * Range.copyFrom: like Paste Special. The source tiles the destination when the destination is
 * a multiple of it (as when pasting one column over many); formulas move their relative references
 * by the distance from the source cell. "Formulas" copies formulas and constants, "Values" the
 * values, "Formats" number formats and cell formats (locking included, as in Excel), "All" both.
 */
export function copyRange(
  host: HostState,
  target: RangeTarget,
  source: RangeTarget,
  copyType: string,
  skipBlanks: boolean,
  location: string,
): void {
  const mode = copyType || "All";
  const contents = mode === "All" || mode === "Formulas" || mode === "Values";
  const formats = mode === "All" || mode === "Formats";
  if (contents) assertCanEditContents(target.sheet, target.rect, location);
  if (formats) assertCanFormat(target.sheet, "cells", location);
  const { rowCount: sr, colCount: sc } = source.rect;
  const rows = target.rect.rowCount % sr === 0 ? target.rect.rowCount : sr;
  const cols = target.rect.colCount % sc === 0 ? target.rect.colCount : sc;
  // Read every source cell before writing: source and destination may overlap.
  const snapshot = Array.from({ length: sr }, (_, r) =>
    Array.from({ length: sc }, (_, c) => {
      const cell = peekCell(source.sheet, source.rect.row + r, source.rect.col + c);
      const base = effectiveEmptyFormat(source.sheet, source.rect.row + r, source.rect.col + c);
      return { cell: cell ? { ...cell, format: { ...cell.format } } : undefined, base };
    }),
  );
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const { cell: from, base } = snapshot[r % sr][c % sc];
      const row = target.rect.row + r;
      const col = target.rect.col + c;
      const empty = !from || (from.formula === null && (from.value === null || from.value === ""));
      if (skipBlanks && empty && !formats) continue;
      const cell = touchCell(target.sheet, row, col);
      if (contents && !(skipBlanks && empty)) {
        delete cell.error;
        if (from?.formula && mode !== "Values") {
          cell.formula = shiftFormula(from.formula, row - (source.rect.row + (r % sr)), col - (source.rect.col + (c % sc)));
          cell.value = null;
        } else {
          cell.formula = null;
          cell.value = from?.value ?? null;
        }
      }
      if (formats) {
        cell.format = { ...(from?.format ?? base.format) };
        cell.numberFormat = from?.numberFormat ?? base.numberFormat;
      }
    }
  }
  host.dirty = true;
}
