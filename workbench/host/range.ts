/** Excel.Range proxy and its format sub-objects. Model logic lives in range-ops.ts. */
import { MAX_COLUMNS, MAX_ROWS, Rect, fullAddress, isEntireColumn, isEntireRow, parseAddress, rectIntersection } from "./address";
import { normalizeColor } from "./colors";
import { HostErrorCodes, hostError } from "./errors";
import { CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, findSheet, selectCells } from "./model";
import { formatValue } from "./number-format";
import { assertCanFormat } from "./protection";
import { ClientObject, ContextLike } from "./proxy";
import {
  RangeTarget,
  applyFormat,
  checkedRect,
  clearRange,
  copyRange,
  intersect,
  readCellArray,
  readFormatAggregate,
  usedRect,
  writeContents,
  writeNumberFormat,
} from "./range-ops";
import { DataValidation } from "./data-validation";
import { ConditionalFormat, ConditionalFormatCollection } from "./conditional-formats";

type Resolver = () => RangeTarget | null;

export class Range extends ClientObject<RangeTarget> {
  protected readonly _typeName = "Range";
  protected readonly _scalarProps = [
    "address",
    "addressLocal",
    "cellCount",
    "columnCount",
    "columnIndex",
    "rowCount",
    "rowIndex",
    "values",
    "formulas",
    "formulasLocal",
    "numberFormat",
    "numberFormatLocal",
    "text",
    "valueTypes",
    "isEntireColumn",
    "isEntireRow",
    "hidden",
  ] as const;
  private _format?: RangeFormat;
  private _dv?: DataValidation;
  private _cfs?: ConditionalFormatCollection;

  constructor(ctx: ContextLike, path: string, resolver: Resolver, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  /** Derived range: resolved from this range's target at sync time. */
  private _derive(name: string, fn: (t: RangeTarget) => RangeTarget | null, nullable = false): Range {
    return new Range(
      this._ctx,
      `${this._path}.${name}`,
      () => {
        const t = this._target();
        return fn(t);
      },
      nullable,
    );
  }

  protected _read(t: RangeTarget, name: string): unknown {
    const host = this._ctx._host;
    const loc = `Range.${name}`;
    switch (name) {
      case "address":
      case "addressLocal":
        return fullAddress(t.sheet.name, t.rect);
      case "cellCount":
        return t.rect.rowCount * t.rect.colCount;
      case "columnCount":
        return t.rect.colCount;
      case "rowCount":
        return t.rect.rowCount;
      case "columnIndex":
        return t.rect.col;
      case "rowIndex":
        return t.rect.row;
      case "isEntireColumn":
        return isEntireColumn(t.rect);
      case "isEntireRow":
        return isEntireRow(t.rect);
      case "hidden":
        return false;
      case "values":
      case "formulas":
      case "numberFormat":
      case "text":
      case "valueTypes":
        return readCellArray(host, t, name, loc);
      case "formulasLocal":
        return readCellArray(host, t, "formulas", loc);
      case "numberFormatLocal":
        return readCellArray(host, t, "numberFormat", loc);
    }
    return undefined;
  }

  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this._get("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) {
    this._set("values", v, (t) => writeContents(this._ctx._host, t, v, "Range.values"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this._get("formulas");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(v: any[][]) {
    this._set("formulas", v, (t) => writeContents(this._ctx._host, t, v, "Range.formulas"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulasLocal(): any[][] {
    return this._get("formulasLocal");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulasLocal(v: any[][]) {
    this._set("formulasLocal", v, (t) => writeContents(this._ctx._host, t, v, "Range.formulasLocal"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this._get("numberFormat");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) {
    this._set("numberFormat", v, (t) => writeNumberFormat(t, v, "Range.numberFormat"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormatLocal(): any[][] {
    return this._get("numberFormatLocal");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormatLocal(v: any[][]) {
    this._set("numberFormatLocal", v, (t) => writeNumberFormat(t, v, "Range.numberFormatLocal"));
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this._ctx, `${this._path}.format`, () => this._target()));
  }

  get dataValidation(): DataValidation {
    return (this._dv ??= new DataValidation(this._ctx, `${this._path}.dataValidation`, () => this._target()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cfs ??= new ConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, () => this._target()));
  }

  // `worksheet` is added by worksheet.ts (a Worksheet makes Ranges; this file cannot import it back).

  getCell(row: number, column: number): Range {
    return this._derive(`getCell(${row},${column})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row + row, t.rect.col + column, 1, 1, "Range.getCell"),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row + rowOffset, t.rect.col + columnOffset, t.rect.rowCount, t.rect.colCount, "Range.getOffsetRange"),
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row, t.rect.col, t.rect.rowCount + deltaRows, t.rect.colCount + deltaColumns, "Range.getResizedRange"),
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derive(`getAbsoluteResizedRange(${numRows},${numColumns})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row, t.rect.col, numRows, numColumns, "Range.getAbsoluteResizedRange"),
    }));
  }

  getRow(row: number): Range {
    return this._derive(`getRow(${row})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row + row, t.rect.col, 1, t.rect.colCount, "Range.getRow"),
    }));
  }

  getColumn(column: number): Range {
    return this._derive(`getColumn(${column})`, (t) => ({
      sheet: t.sheet,
      rect: checkedRect(t.rect.row, t.rect.col + column, t.rect.rowCount, 1, "Range.getColumn"),
    }));
  }

  getEntireColumn(): Range {
    return this._derive("getEntireColumn()", (t) => ({
      sheet: t.sheet,
      rect: { row: 0, col: t.rect.col, rowCount: MAX_ROWS, colCount: t.rect.colCount },
    }));
  }

  getEntireRow(): Range {
    return this._derive("getEntireRow()", (t) => ({
      sheet: t.sheet,
      rect: { row: t.rect.row, col: 0, rowCount: t.rect.rowCount, colCount: MAX_COLUMNS },
    }));
  }

  getLastCell(): Range {
    return this._derive("getLastCell()", (t) => ({
      sheet: t.sheet,
      rect: { row: t.rect.row + t.rect.rowCount - 1, col: t.rect.col + t.rect.colCount - 1, rowCount: 1, colCount: 1 },
    }));
  }

  getLastRow(): Range {
    return this._derive("getLastRow()", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 },
    }));
  }

  getLastColumn(): Range {
    return this._derive("getLastColumn()", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, col: t.rect.col + t.rect.colCount - 1, colCount: 1 },
    }));
  }

  private _other(other: Range | string, t: RangeTarget): RangeTarget {
    if (typeof other !== "string") return other._target();
    const parsed = parseAddress(other);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, undefined, "Range.getIntersection");
    const sheet = parsed.sheet !== undefined ? findSheet(this._ctx._host.workbook, parsed.sheet) : t.sheet;
    if (!sheet) throw hostError(HostErrorCodes.invalidArgument, undefined, "Range.getIntersection");
    return { sheet, rect: parsed.rect };
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derive("getIntersection()", (t) => {
      const i = intersect(t, this._other(anotherRange, t));
      if (!i) throw hostError(HostErrorCodes.itemNotFound, undefined, "Range.getIntersection");
      return i;
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derive("getIntersectionOrNullObject()", (t) => intersect(t, this._other(anotherRange, t)), true);
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive("getBoundingRect()", (t) => {
      const o = this._other(anotherRange, t);
      const r0 = Math.min(t.rect.row, o.rect.row);
      const c0 = Math.min(t.rect.col, o.rect.col);
      const r1 = Math.max(t.rect.row + t.rect.rowCount, o.rect.row + o.rect.rowCount);
      const c1 = Math.max(t.rect.col + t.rect.colCount, o.rect.col + o.rect.colCount);
      return { sheet: t.sheet, rect: { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 } };
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive("getUsedRange()", (t) => {
      const u = usedRect(t.sheet, !!valuesOnly);
      const i = u ? rectIntersection(u, t.rect) : null;
      if (!i) throw hostError(HostErrorCodes.itemNotFound, undefined, "Range.getUsedRange");
      return { sheet: t.sheet, rect: i };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._derive(
      "getUsedRangeOrNullObject()",
      (t) => {
        const u = usedRect(t.sheet, !!valuesOnly);
        const i = u ? rectIntersection(u, t.rect) : null;
        return i ? { sheet: t.sheet, rect: i } : null;
      },
      true,
    );
  }

  clear(applyTo?: string): void {
    this._call("clear", [applyTo ?? "All"], (t) => clearRange(this._ctx._host, t, applyTo ?? "All", "Range.clear"));
  }

  copyFrom(sourceRange: Range | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    if (transpose) throw hostError(HostErrorCodes.invalidArgument, "transpose is not supported by the in-memory host", "Range.copyFrom");
    this._call("copyFrom", [typeof sourceRange === "string" ? sourceRange : "(range)", copyType ?? "All", !!skipBlanks], (t) =>
      copyRange(this._ctx._host, t, this._other(sourceRange, t), copyType ?? "All", !!skipBlanks, "Range.copyFrom"),
    );
  }

  select(): void {
    this._call("select", [], (t) => {
      const wb = this._ctx._host.workbook;
      if (t.sheet.visibility !== "Visible") throw hostError(HostErrorCodes.invalidOperation, undefined, "Range.select");
      selectCells(wb, t.sheet, fullAddress(t.sheet.name, t.rect).split("!").pop() as string);
    });
  }

  /** Excel recalculates automatically; kept so add-in code calling it works. */
  calculate(): void {
    this._call("calculate", [], () => {
      this._ctx._host.dirty = true;
    });
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFormat";
  protected readonly _scalarProps = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"] as const;
  private _fill?: RangeFill;
  private _font?: RangeFont;
  private _protection?: FormatProtection;
  private _borders?: RangeBorderCollection;

  protected _read(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = t.rect.col; c < t.rect.col + Math.min(t.rect.colCount, 16384); c++)
          widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set<number>();
        const rows = Math.min(t.rect.rowCount, 100000);
        for (let r = t.rect.row; r < t.rect.row + rows; r++) heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "wrapText":
        return readFormatAggregate(t, (f) => f.wrap);
      case "horizontalAlignment":
        return readFormatAggregate(t, (f) => f.horizontalAlignment);
      case "verticalAlignment":
        return readFormatAggregate(t, (f) => f.verticalAlignment);
    }
    return undefined;
  }

  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "protection") return this.protection;
    return undefined;
  }

  private _patch(name: string, value: unknown, patch: Partial<CellFormat>): void {
    this._set(name, value, (t) => applyFormat(t, patch, `RangeFormat.${name}`));
  }

  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this._ctx, `${this._path}.fill`, () => this._target()));
  }
  get font(): RangeFont {
    return (this._font ??= new RangeFont(this._ctx, `${this._path}.font`, () => this._target()));
  }
  get protection(): FormatProtection {
    return (this._protection ??= new FormatProtection(this._ctx, `${this._path}.protection`, () => this._target()));
  }
  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(this._ctx, `${this._path}.borders`, () => this._target()));
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._patch("wrapText", v, { wrap: !!v });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._patch("horizontalAlignment", v, { horizontalAlignment: v });
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._patch("verticalAlignment", v, { verticalAlignment: v });
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (t) => {
      assertCanFormat(t.sheet, "columns", "RangeFormat.columnWidth");
      if (!(v >= 0)) throw hostError(HostErrorCodes.invalidArgument, undefined, "RangeFormat.columnWidth");
      for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) t.sheet.columnWidths.set(c, v);
    });
  }

  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (t) => {
      assertCanFormat(t.sheet, "rows", "RangeFormat.rowHeight");
      if (!(v >= 0) || t.rect.rowCount > 100000) throw hostError(HostErrorCodes.invalidArgument, undefined, "RangeFormat.rowHeight");
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) t.sheet.rowHeights.set(r, v);
    });
  }

  /**
   * Approximation of Excel's autofit: Calibri 11 digits are ~7 px wide. Good enough for layout
   * assertions ("wider than default"); not pixel-exact.
   */
  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => {
      assertCanFormat(t.sheet, "columns", "RangeFormat.autofitColumns");
      const widest = new Map<number, number>();
      for (const [key, cell] of t.sheet.cells) {
        const row = Math.floor(key / 16384);
        const col = key % 16384;
        if (row < t.rect.row || row >= t.rect.row + t.rect.rowCount || col < t.rect.col || col >= t.rect.col + t.rect.colCount) continue;
        if (cell.format.wrap) continue;
        const text = formatValue(cell.value, cell.numberFormat);
        const px = text.length * 7 * (cell.format.bold ? 1.1 : 1) * (cell.format.fontSize / 11) + 5;
        widest.set(col, Math.max(widest.get(col) ?? 0, px));
      }
      for (let c = t.rect.col; c < t.rect.col + Math.min(t.rect.colCount, 16384); c++) {
        const px = widest.get(c);
        if (px === undefined) t.sheet.columnWidths.delete(c);
        else t.sheet.columnWidths.set(c, Math.round(Math.max(px, 12) * 0.75 * 100) / 100);
      }
    });
  }

  autofitRows(): void {
    this._call("autofitRows", [], (t) => {
      assertCanFormat(t.sheet, "rows", "RangeFormat.autofitRows");
      const lines = new Map<number, number>();
      for (const [key, cell] of t.sheet.cells) {
        const row = Math.floor(key / 16384);
        const col = key % 16384;
        if (row < t.rect.row || row >= t.rect.row + t.rect.rowCount || col < t.rect.col || col >= t.rect.col + t.rect.colCount) continue;
        const text = formatValue(cell.value, cell.numberFormat);
        let n = text.split("\n").length;
        if (cell.format.wrap) {
          const widthPx = (t.sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH) / 0.75 - 5;
          n = text.split("\n").reduce((acc, line) => acc + Math.max(1, Math.ceil((line.length * 7) / Math.max(widthPx, 7))), 0);
        }
        lines.set(row, Math.max(lines.get(row) ?? 1, n));
      }
      for (const [row, n] of lines) t.sheet.rowHeights.set(row, DEFAULT_ROW_HEIGHT * n);
    });
  }
}

export class RangeFill extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFill";
  protected readonly _scalarProps = ["color"] as const;
  protected _read(t: RangeTarget): unknown {
    // Office.js reports "#FFFFFF" for cells without a fill.
    return readFormatAggregate(t, (f) => f.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => applyFormat(t, { fill: normalizeColor(v, "RangeFill.color") }, "RangeFill.color"));
  }
  clear(): void {
    this._call("clear", [], (t) => applyFormat(t, { fill: null }, "RangeFill.clear"));
  }
}

export class RangeFont extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeFont";
  protected readonly _scalarProps = ["bold", "italic", "color", "size", "name"] as const;
  protected _read(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "bold":
        return readFormatAggregate(t, (f) => f.bold);
      case "italic":
        return readFormatAggregate(t, (f) => f.italic);
      case "color":
        return readFormatAggregate(t, (f) => f.fontColor ?? "#000000");
      case "size":
        return readFormatAggregate(t, (f) => f.fontSize);
      case "name":
        return readFormatAggregate(t, (f) => f.fontName);
    }
    return undefined;
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (t) => applyFormat(t, { bold: !!v }, "RangeFont.bold"));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v, (t) => applyFormat(t, { italic: !!v }, "RangeFont.italic"));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => applyFormat(t, { fontColor: normalizeColor(v, "RangeFont.color") }, "RangeFont.color"));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v, (t) => {
      if (!(v >= 1 && v <= 409)) throw hostError(HostErrorCodes.invalidArgument, undefined, "RangeFont.size");
      applyFormat(t, { fontSize: v }, "RangeFont.size");
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t) => applyFormat(t, { fontName: String(v) }, "RangeFont.name"));
  }
}

export class FormatProtection extends ClientObject<RangeTarget> {
  protected readonly _typeName = "FormatProtection";
  protected readonly _scalarProps = ["locked", "formulaHidden"] as const;
  protected _read(t: RangeTarget, name: string): unknown {
    return name === "locked" ? readFormatAggregate(t, (f) => f.locked) : false;
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(v: boolean) {
    this._set("locked", v, (t) => applyFormat(t, { locked: !!v }, "FormatProtection.locked"));
  }
  get formulaHidden(): boolean {
    return this._get("formulaHidden");
  }
  set formulaHidden(v: boolean) {
    this._set("formulaHidden", v, (t) => assertCanFormat(t.sheet, "locking", "FormatProtection.formulaHidden"));
  }
}

/**
 * Borders are accepted and recorded per range (address -> edge -> settings) on the sheet-less
 * `bordersLog` so layout code runs; they do not affect any other behaviour.
 */
export class RangeBorderCollection extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeBorderCollection";
  protected readonly _scalarProps = [] as const;
  protected _read(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorder {
    return new RangeBorder(this._ctx, `${this._path}.getItem(${index})`, () => this._target(), index);
  }
}

export const bordersLog = new WeakMap<object, Array<{ address: string; edge: string; prop: string; value: unknown }>>();

export class RangeBorder extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeBorder";
  protected readonly _scalarProps = ["style", "color", "weight"] as const;
  private readonly _edge: string;
  constructor(ctx: ContextLike, path: string, resolver: () => RangeTarget, edge: string) {
    super(ctx, path, resolver);
    this._edge = edge;
  }
  protected _read(t: RangeTarget, name: string): unknown {
    const log = bordersLog.get(t.sheet) ?? [];
    const address = fullAddress(t.sheet.name, t.rect);
    const hit = [...log].reverse().find((e) => e.address === address && e.edge === this._edge && e.prop === name);
    return hit ? hit.value : name === "style" ? "None" : name === "color" ? "#000000" : "Thin";
  }
  private _record(prop: string, value: unknown): void {
    this._set(prop, value, (t) => {
      assertCanFormat(t.sheet, "cells", `RangeBorder.${prop}`);
      const log = bordersLog.get(t.sheet) ?? [];
      log.push({
        address: fullAddress(t.sheet.name, t.rect),
        edge: this._edge,
        prop,
        value: prop === "color" ? normalizeColor(value, "RangeBorder.color") : value,
      });
      bordersLog.set(t.sheet, log);
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._record("style", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._record("color", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._record("weight", v);
  }
}

/** Helper used by worksheets: a range proxy over a fixed rect of a sheet resolver. */
export function rangeOn(
  ctx: ContextLike,
  path: string,
  sheetResolver: () => RangeTarget["sheet"],
  rectFn: (sheet: RangeTarget["sheet"]) => Rect,
): Range {
  return new Range(ctx, path, () => {
    const sheet = sheetResolver();
    return { sheet, rect: rectFn(sheet) };
  });
}

/*
 * ConditionalFormat.getRange lives here rather than in conditional-formats.ts: a Range makes its
 * conditional-format collection, so that file cannot import Range without an import circle.
 */
declare module "./conditional-formats" {
  interface ConditionalFormat {
    getRange(): Range;
  }
}
ConditionalFormat.prototype.getRange = function getRange(this: ConditionalFormat): Range {
  return new Range(this._ctx, `${this._path}.getRange()`, () => {
    const t = this._target();
    return { sheet: t.sheet, rect: t.cf.rect as Rect };
  });
};
