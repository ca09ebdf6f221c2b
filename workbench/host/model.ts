/**
 * The workbook model: plain data that the proxies read and write at sync time.
 * Tests inspect it directly (e.g. `host.workbook.sheets[0].cells`), so it holds no behaviour
 * beyond small lookup helpers.
 */
import { Rect, parseAddress, rectContains } from "./address";

/** A cell's value as Office.js reports it in `Range.values` (errors are strings such as "#VALUE!"). */
export type CellValue = string | number | boolean | null;

export interface CellFormat {
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  wrap: boolean;
  /** Excel's default is locked; it only matters once the sheet is protected. */
  locked: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export interface CellModel {
  /** Constant value, or the last computed value of `formula`. Error results are stored as "#DIV/0!" etc. */
  value: CellValue;
  /** Formula text including the leading "=", or null for constants. */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  /** Present when `value` is an Excel error; `message` explains it for UIs (not available from real Office.js). */
  error?: { code: string; message?: string };
}

export interface DataValidationRuleModel {
  wholeNumber?: { formula1: string | number; formula2?: string | number; operator: string };
  decimal?: { formula1: string | number; formula2?: string | number; operator: string };
  textLength?: { formula1: string | number; formula2?: string | number; operator: string };
  date?: { formula1: string | number; formula2?: string | number; operator: string };
  time?: { formula1: string | number; formula2?: string | number; operator: string };
  list?: { source: string; inCellDropDown: boolean };
  custom?: { formula: string };
}

export interface DataValidationModel {
  id: number;
  /** Sheet-local address, e.g. "B2:B40". */
  address: string;
  rect: Rect;
  rule: DataValidationRuleModel;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  /** Sheet-local address the format applies to. */
  address: string;
  rect: Rect;
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: { fillColor: string | null; fontColor: string | null; bold: boolean | null; italic: boolean | null };
  priority: number;
  stopIfTrue: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  /** Full address of the source data, e.g. "Summary!A1:B8". */
  sourceAddress: string;
  seriesBy: string;
  title: string | null;
  position: { startCell: string | null; endCell: string | null };
  legend: { position: string; visible: boolean };
  /** Free-form record of axis settings written by the add-in (title text, min/max...). */
  axes: Record<string, Record<string, unknown>>;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  headersFooters: { centerHeader: string; centerFooter: string; leftFooter: string; rightFooter: string };
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, unknown>;
  password: string | null;
}

export interface SheetModel {
  /** Stable identity: proxies bind to it so renames do not break them. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  /** Sparse cells keyed by `cellKey(row, col)`. */
  cells: Map<number, CellModel>;
  /** Formats applied to entire columns / rows (e.g. "B:B" unlocked); cells created later inherit them. */
  columnFormats: Map<number, Partial<CellFormat> & { numberFormat?: string }>;
  rowFormats: Map<number, Partial<CellFormat> & { numberFormat?: string }>;
  /** Points. Missing entries use the defaults below. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  protection: ProtectionModel;
  dataValidations: DataValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
}

export interface NamedItemModel {
  name: string;
  /** Formula text with leading "=", e.g. "=Scores!$B$2:$B$40". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NamedItemModel[];
  /** Document settings: values are stored as JSON text so they round-trip like Office settings. */
  settings: Map<string, string>;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  /** Counters for generated ids; kept on the model so ids are stable per workbook. */
  counters: { sheet: number; conditionalFormat: number; dataValidation: number; chart: number };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points (64 px, Excel's 8.43-character default)
export const DEFAULT_ROW_HEIGHT = 15; // points (20 px)

export function defaultCellFormat(): CellFormat {
  return {
    fill: null,
    fontColor: "#000000",
    bold: false,
    italic: false,
    fontSize: 11,
    fontName: "Calibri",
    wrap: false,
    locked: true,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
  };
}

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function keyToRowCol(key: number): { row: number; col: number } {
  return { row: Math.floor(key / 16384), col: key % 16384 };
}

export function createWorkbookModel(sheetNames: string[] = ["Sheet1"]): WorkbookModel {
  const wb: WorkbookModel = {
    sheets: [],
    names: [],
    settings: new Map(),
    activeSheetId: null,
    selection: null,
    counters: { sheet: 0, conditionalFormat: 0, dataValidation: 0, chart: 0 },
  };
  for (const name of sheetNames) addSheet(wb, name);
  if (wb.sheets.length > 0) {
    selectCells(wb, wb.sheets[0], "A1");
  }
  return wb;
}

export function addSheet(wb: WorkbookModel, name: string): SheetModel {
  wb.counters.sheet += 1;
  const sheet: SheetModel = {
    id: `{SHEET-${String(wb.counters.sheet).padStart(4, "0")}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    columnFormats: new Map(),
    rowFormats: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    protection: { protected: false, options: {}, password: null },
    dataValidations: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 100 },
      printTitleRows: null,
      printTitleColumns: null,
      printArea: null,
      centerHorizontally: false,
      centerVertically: false,
      printGridlines: false,
      headersFooters: { centerHeader: "", centerFooter: "", leftFooter: "", rightFooter: "" },
    },
  };
  wb.sheets.push(sheet);
  return sheet;
}

/** Makes `sheet` the active sheet with `address` ("B2:D5") selected: what range.select(), worksheet.activate() and a click in the workbench do. */
export function selectCells(wb: WorkbookModel, sheet: SheetModel, address: string): void {
  wb.activeSheetId = sheet.id;
  wb.selection = { sheetId: sheet.id, address };
}

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findSheetById(wb: WorkbookModel, id: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.id === id);
}

/** Format a not-yet-materialized cell would have: row format wins over column format (Excel's rule). */
export function effectiveEmptyFormat(sheet: SheetModel, row: number, col: number): { format: CellFormat; numberFormat: string } {
  const base = defaultCellFormat();
  const colFmt = sheet.columnFormats.get(col);
  const rowFmt = sheet.rowFormats.get(row);
  const { numberFormat: colNf, ...colRest } = colFmt ?? {};
  const { numberFormat: rowNf, ...rowRest } = rowFmt ?? {};
  return { format: { ...base, ...colRest, ...rowRest }, numberFormat: rowNf ?? colNf ?? "General" };
}

export function peekCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** Returns the cell, creating it (with inherited row/column formatting) if needed. */
export function touchCell(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    const eff = effectiveEmptyFormat(sheet, row, col);
    cell = { value: null, formula: null, numberFormat: eff.numberFormat, format: eff.format };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function isCellEmpty(cell: CellModel | undefined): boolean {
  return !cell || (cell.formula === null && (cell.value === null || cell.value === ""));
}

/** Test helper: cell at "Sheet1!B2" or ("Sheet1", "B2"). Returns undefined if never written. */
export function getCell(wb: WorkbookModel, sheetOrAddress: string, address?: string): CellModel | undefined {
  const full =
    address === undefined
      ? sheetOrAddress
      : `${/^'.*'$/.test(sheetOrAddress) ? sheetOrAddress : `'${sheetOrAddress.replace(/'/g, "''")}'`}!${address}`;
  const parsed = parseAddress(full);
  if (!parsed || parsed.sheet === undefined) return undefined;
  const sheet = findSheet(wb, parsed.sheet);
  return sheet ? peekCell(sheet, parsed.rect.row, parsed.rect.col) : undefined;
}

/** Test helper: the value Office.js would report for one cell ("" for blank). */
export function getValue(wb: WorkbookModel, sheetOrAddress: string, address?: string): CellValue {
  const cell = getCell(wb, sheetOrAddress, address);
  return cell ? (cell.value ?? (cell.formula ? null : "")) : "";
}

export function cellsInRect(sheet: SheetModel, rect: Rect): Array<{ row: number; col: number; cell: CellModel }> {
  const out: Array<{ row: number; col: number; cell: CellModel }> = [];
  if (rect.rowCount * rect.colCount <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) out.push({ row: r, col: c, cell });
      }
    return out;
  }
  for (const [key, cell] of sheet.cells) {
    const { row, col } = keyToRowCol(key);
    if (rectContains(rect, row, col)) out.push({ row, col, cell });
  }
  return out;
}
