/** Sizes and extents of the grid view of one sheet (pure functions, unit-testable). */
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, keyToRowCol, type SheetModel } from "../host";

export const MAX_VIEW_ROWS = 3000;
export const MAX_VIEW_COLS = 200;

/** Points to CSS pixels (Excel: 1 pt = 4/3 px at 100 % zoom). */
export const px = (points: number, zoom: number) => Math.round((points * 4 * zoom) / 3);

export interface GridExtent {
  rows: number;
  cols: number;
}

/** The used range plus room to type beyond it, like Excel's visible empty grid. */
export function gridExtent(sheet: SheetModel, selection?: { row: number; col: number }): GridExtent {
  let lastRow = -1;
  let lastCol = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === null && cell.format.fill === null) continue;
    const { row, col } = keyToRowCol(key);
    if (row > lastRow) lastRow = row;
    if (col > lastCol) lastCol = col;
  }
  for (const cw of sheet.columnWidths.keys()) if (cw > lastCol) lastCol = cw;
  if (selection) {
    lastRow = Math.max(lastRow, selection.row);
    lastCol = Math.max(lastCol, selection.col);
  }
  return {
    rows: Math.min(MAX_VIEW_ROWS, Math.max(lastRow + 1 + 20, 40)),
    cols: Math.min(MAX_VIEW_COLS, Math.max(lastCol + 1 + 4, 20)),
  };
}

export function columnWidthPx(sheet: SheetModel, col: number, zoom: number): number {
  return Math.max(4, px(sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH, zoom));
}

export function rowHeightPx(sheet: SheetModel, row: number, zoom: number): number | undefined {
  const h = sheet.rowHeights.get(row);
  return h === undefined ? undefined : Math.max(4, px(h, zoom));
}

export function defaultRowHeightPx(zoom: number): number {
  return px(DEFAULT_ROW_HEIGHT, zoom);
}
