/**
 * Which sheet is shown and which cells are selected. The workbook model holds both, so the add-in's
 * `range.select()` / `worksheet.activate()` move the view and `getSelectedRange()` returns what the
 * user selected; this hook adds what the model does not keep: the active cell inside a selection, the
 * far corner a Shift+arrow extends, and each sheet's last selection for when its tab is clicked again.
 */
import { useRef, useState } from "react";
import { formatRect, parseAddress, rectContains, selectCells, type Rect, type SheetModel, type WorkbookModel } from "../host";

export type Cell = { row: number; col: number };

function rectBetween(a: Cell, b: Cell): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
}

export interface SelectionState {
  /** The shown sheet (the model's active sheet if visible, else the first visible one). */
  sheet: SheetModel | undefined;
  visibleSheets: SheetModel[];
  selection: Rect;
  active: Cell;
  /** Where Shift+arrows extend from: the far corner of the selection. */
  extendFrom: Cell;
  /** Changes when only the view changed (no recalculation needed). */
  viewTick: number;
  select(cell: Cell, extend?: boolean): void;
  /** The Name box: "G7", "B2:D5" or "'Sheet name'!G7". False when the text names no visible range. */
  goTo(text: string): boolean;
  activateSheet(target: SheetModel): void;
}

export function useSelection(wb: WorkbookModel): SelectionState {
  const [viewTick, setViewTick] = useState(0);
  const viewChanged = () => setViewTick((tick) => tick + 1);
  const anchors = useRef(new Map<string, Cell>());
  const ends = useRef(new Map<string, Cell>());
  const lastAddress = useRef(new Map<string, string>());

  const visibleSheets = wb.sheets.filter((s) => s.visibility === "Visible");
  const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId && s.visibility === "Visible") ?? visibleSheets[0];

  let selection: Rect = { row: 0, col: 0, rowCount: 1, colCount: 1 };
  if (sheet && wb.selection && wb.selection.sheetId === sheet.id) {
    const parsed = parseAddress(wb.selection.address);
    if (parsed) selection = parsed.rect;
  }
  let active: Cell = anchors.current.get(sheet?.id ?? "") ?? { row: selection.row, col: selection.col };
  if (!rectContains(selection, active.row, active.col)) active = { row: selection.row, col: selection.col };

  const show = (target: SheetModel, rect: Rect) => {
    const address = formatRect(rect);
    selectCells(wb, target, address);
    lastAddress.current.set(target.id, address);
    viewChanged();
  };

  return {
    sheet,
    visibleSheets,
    selection,
    active,
    extendFrom: (sheet && ends.current.get(sheet.id)) ?? active,
    viewTick,
    select(cell, extend = false) {
      if (!sheet) return;
      const to = { row: Math.max(0, cell.row), col: Math.max(0, cell.col) };
      if (extend) {
        ends.current.set(sheet.id, to);
        anchors.current.set(sheet.id, active);
        show(sheet, rectBetween(active, to));
      } else {
        anchors.current.set(sheet.id, to);
        ends.current.delete(sheet.id);
        show(sheet, { ...to, rowCount: 1, colCount: 1 });
      }
    },
    goTo(text) {
      const parsed = parseAddress(text.trim());
      if (!parsed) return false;
      const target = parsed.sheet !== undefined ? wb.sheets.find((s) => s.name.toLowerCase() === parsed.sheet?.toLowerCase()) : sheet;
      if (!target || target.visibility !== "Visible") return false;
      anchors.current.set(target.id, { row: parsed.rect.row, col: parsed.rect.col });
      ends.current.delete(target.id);
      show(target, parsed.rect);
      return true;
    },
    activateSheet(target) {
      if (sheet && wb.selection?.sheetId === sheet.id) lastAddress.current.set(sheet.id, wb.selection.address);
      selectCells(wb, target, lastAddress.current.get(target.id) ?? "A1");
      viewChanged();
    },
  };
}
