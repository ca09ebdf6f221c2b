/** Excel.Worksheet, WorksheetCollection and the worksheet sub-objects (protection, panes, page layout). */
import { MAX_COLUMNS, MAX_ROWS, Rect, formatRect, fullAddress } from "./address";
import { ChartCollection } from "./charts";
import { normalizeColor } from "./colors";
import { HostErrorCodes, hostError } from "./errors";
import { renameSheetInFormula } from "./formula-refs";
import { HostState } from "./host-state";
import { SheetModel, WorkbookModel, addSheet, findSheet, findSheetById, selectCells } from "./model";
import { ClientCollection, ClientObject, ClientResult, ContextLike } from "./proxy";
import { Range } from "./range";
import { checkedRect, resolveAddressOnSheet, usedRect } from "./range-ops";

/** Excel's sheet-name rules. Violations are InvalidArgument, duplicates ItemAlreadyExists. */
export function validateSheetName(wb: WorkbookModel, name: unknown, self: SheetModel | null, location: string): string {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw hostError(
      HostErrorCodes.invalidArgument,
      "The sheet name is invalid: it must be 1-31 characters, not contain []:*?/\\ and not begin or end with an apostrophe.",
      location,
    );
  }
  if (name.toLowerCase() === "history") throw hostError(HostErrorCodes.invalidArgument, undefined, location);
  const other = findSheet(wb, name);
  if (other && other !== self)
    throw hostError(HostErrorCodes.itemAlreadyExists, "A worksheet with that name already exists. Enter a unique name.", location);
  return name;
}

/** Keeps formulas, names and rules pointing at a sheet after rename (or #REF! after delete). */
function rewriteSheetReferences(wb: WorkbookModel, oldName: string, newName: string | null): void {
  const fix = (f: string) => renameSheetInFormula(f, oldName, newName);
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = fix(cell.formula);
    for (const dv of sheet.dataValidations) {
      const r = dv.rule;
      if (r.list && r.list.source.startsWith("=")) r.list.source = fix(r.list.source);
      if (r.custom) r.custom.formula = fix(r.custom.formula);
      for (const b of [r.decimal, r.wholeNumber, r.textLength, r.date, r.time]) {
        if (b && typeof b.formula1 === "string") b.formula1 = fix(b.formula1);
        if (b && typeof b.formula2 === "string") b.formula2 = fix(b.formula2);
      }
    }
    for (const cf of sheet.conditionalFormats) {
      for (const k of ["formula", "formula1", "formula2"] as const) if (cf.rule[k]) cf.rule[k] = fix(cf.rule[k] as string);
    }
  }
  for (const n of wb.names) n.formula = fix(n.formula);
}

/** Binds to a sheet by name on first resolution, then by id, so renames keep the proxy valid. */
export function sheetResolver(host: HostState, key: string): () => SheetModel | null {
  let boundId: string | null = null;
  return () => {
    const wb = host.workbook;
    if (boundId) return findSheetById(wb, boundId) ?? null;
    const s = findSheet(wb, key) ?? findSheetById(wb, key) ?? null;
    if (s) boundId = s.id;
    return s;
  };
}

export class Worksheet extends ClientObject<SheetModel> {
  protected readonly _typeName = "Worksheet";
  protected readonly _scalarProps = [
    "id",
    "name",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
    "standardWidth",
    "standardHeight",
  ] as const;
  private _protection?: WorksheetProtection;
  private _freeze?: WorksheetFreezePanes;
  private _layout?: PageLayout;
  private _charts?: ChartCollection;

  constructor(ctx: ContextLike, path: string, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected _read(s: SheetModel, name: string): unknown {
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this._ctx._host.workbook.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "showGridlines":
        return s.showGridlines;
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return 15;
    }
    return undefined;
  }

  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "charts") return this.charts;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s) => {
      const wb = this._ctx._host.workbook;
      validateSheetName(wb, v, s, "Worksheet.name");
      const old = s.name;
      s.name = v;
      if (old !== v) {
        rewriteSheetReferences(wb, old, v);
        this._ctx._host.dirty = true;
      }
    });
  }

  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (s) => {
      const sheets = this._ctx._host.workbook.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length)
        throw hostError(HostErrorCodes.invalidArgument, undefined, "Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v, (s) => {
      const wb = this._ctx._host.workbook;
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        throw hostError(HostErrorCodes.invalidArgument, undefined, "Worksheet.visibility");
      if (v !== "Visible" && !wb.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw hostError(HostErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      s.visibility = v as SheetModel["visibility"];
      if (v !== "Visible" && wb.activeSheetId === s.id) activateFallback(wb, s);
    });
  }

  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v, (s) => (s.tabColor = v === "" || v === null ? "" : normalizeColor(v, "Worksheet.tabColor")));
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set("showGridlines", v, (s) => (s.showGridlines = !!v));
  }

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(this._ctx, `${this._path}.protection`, () => this._target()));
  }

  get freezePanes(): WorksheetFreezePanes {
    return (this._freeze ??= new WorksheetFreezePanes(this._ctx, `${this._path}.freezePanes`, () => this._target()));
  }

  get pageLayout(): PageLayout {
    return (this._layout ??= new PageLayout(this._ctx, `${this._path}.pageLayout`, () => this._target()));
  }

  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this._ctx, `${this._path}.charts`, () => this._target()));
  }

  /** No address = the whole sheet, as in Office.js. Accepts "A1:B2", "Sheet!A1", "A:C", "1:3" and defined names. */
  getRange(address?: string): Range {
    return new Range(this._ctx, `${this._path}.getRange(${address ?? ""})`, () => {
      const sheet = this._target();
      if (address === undefined || address === "") return { sheet, rect: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS } };
      return { sheet, rect: resolveAddressOnSheet(this._ctx._host.workbook, sheet, address, "Worksheet.getRange") };
    });
  }

  /** 0-based, like Office.js. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this._ctx, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => ({
      sheet: this._target(),
      rect: checkedRect(startRow, startColumn, rowCount, columnCount, "Worksheet.getRangeByIndexes"),
    }));
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this._ctx, `${this._path}.getUsedRange(${!!valuesOnly})`, () => {
      const sheet = this._target();
      return { sheet, rect: usedRect(sheet, !!valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this._ctx,
      `${this._path}.getUsedRangeOrNullObject(${!!valuesOnly})`,
      () => {
        const sheet = this._targetOrNull();
        if (!sheet) return null;
        const rect = usedRect(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this._call("activate", [], (s) => {
      const wb = this._ctx._host.workbook;
      if (s.visibility !== "Visible") throw hostError(HostErrorCodes.invalidOperation, undefined, "Worksheet.activate");
      selectCells(wb, s, "A1");
    });
  }

  delete(): void {
    this._call("delete", [], (s) => {
      const wb = this._ctx._host.workbook;
      if (!wb.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw hostError(HostErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      if (wb.activeSheetId === s.id) activateFallback(wb, s);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      rewriteSheetReferences(wb, s.name, null);
      this._ctx._host.dirty = true;
    });
  }

  calculate(_markAllDirty?: boolean): void {
    this._call("calculate", [], () => {
      this._ctx._host.dirty = true;
    });
  }
}

function activateFallback(wb: WorkbookModel, leaving: SheetModel): void {
  const idx = wb.sheets.indexOf(leaving);
  const candidates = [...wb.sheets.slice(idx + 1), ...wb.sheets.slice(0, idx).reverse()];
  const next = candidates.find((o) => o.visibility === "Visible");
  if (next) {
    selectCells(wb, next, "A1");
  }
}

export class WorksheetCollection extends ClientCollection<Worksheet, WorkbookModel> {
  protected readonly _typeName = "WorksheetCollection";

  protected _enumerate(wb: WorkbookModel): Worksheet[] {
    return wb.sheets.map((s) => new Worksheet(this._ctx, `${this._path}.getItem(${s.id})`, sheetResolver(this._ctx._host, s.id)));
  }

  /** New sheets go last and are not activated (Office.js behaviour). */
  add(name?: string): Worksheet {
    let createdId: string | null = null;
    const requested = name;
    this._call("add", [name ?? null], (wb) => {
      let n = requested;
      if (n === undefined || n === null) {
        let i = wb.sheets.length + 1;
        while (findSheet(wb, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      validateSheetName(wb, n, null, "WorksheetCollection.add");
      createdId = addSheet(wb, n).id;
    });
    return new Worksheet(this._ctx, `${this._path}.add(${name ?? ""})`, () =>
      createdId ? (findSheetById(this._ctx._host.workbook, createdId) ?? null) : null,
    );
  }

  /** Lookup by name (case-insensitive, like Excel) or by id. */
  getItem(key: string): Worksheet {
    const ws = new Worksheet(this._ctx, `${this._path}.getItem(${key})`, sheetResolver(this._ctx._host, key));
    return ws;
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this._ctx, `${this._path}.getItemOrNullObject(${key})`, sheetResolver(this._ctx._host, key), true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._ctx, `${this._path}.getActiveWorksheet()`, () => {
      const wb = this._ctx._host.workbook;
      return wb.activeSheetId ? (findSheetById(wb, wb.activeSheetId) ?? null) : null;
    });
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this._ctx,
      `${this._path}.getFirst()`,
      () => this._ctx._host.workbook.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? null,
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this._ctx,
      `${this._path}.getLast()`,
      () => [...this._ctx._host.workbook.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? null,
    );
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    const result = new ClientResult<number>();
    this._ctx._enqueue({ a: "call", o: this._path, m: "getCount" }, (commit) => {
      const n = this._target().sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length;
      commit(() => result._set(n));
    });
    return result;
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetProtection";
  protected readonly _scalarProps = ["protected", "options", "isPasswordProtected"] as const;

  protected _read(s: SheetModel, name: string): unknown {
    if (name === "protected") return s.protection.protected;
    if (name === "isPasswordProtected") return s.protection.protected && s.protection.password !== null;
    return s.protection.options;
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, unknown> {
    return this._get("options");
  }
  get isPasswordProtected(): boolean {
    return this._get("isPasswordProtected");
  }

  /** Docs: "Fails if the worksheet has already been protected" -> AccessDenied (current Excel behaviour). */
  protect(options?: Record<string, unknown>, password?: string): void {
    this._call("protect", [options ?? null, password === undefined ? null : "***"], (s) => {
      if (s.protection.protected)
        throw hostError(HostErrorCodes.accessDenied, "The worksheet is already protected.", "WorksheetProtection.protect");
      s.protection = { protected: true, options: { ...(options ?? {}) }, password: password ?? null };
    });
  }

  /** A wrong password is InvalidArgument (as documented for pauseProtection); unprotecting an unprotected sheet is a no-op. */
  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== null && s.protection.password !== password) {
        throw hostError(HostErrorCodes.invalidArgument, "The password you supplied is not correct.", "WorksheetProtection.unprotect");
      }
      s.protection = { protected: false, options: {}, password: null };
    });
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetFreezePanes";
  protected readonly _scalarProps = [] as const;
  protected _read(): unknown {
    return undefined;
  }

  freezeRows(count: number = 1): void {
    this._call("freezeRows", [count], (s) => {
      if (!(count >= 0)) throw hostError(HostErrorCodes.invalidArgument, undefined, "WorksheetFreezePanes.freezeRows");
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }

  freezeColumns(count: number = 1): void {
    this._call("freezeColumns", [count], (s) => {
      if (!(count >= 0)) throw hostError(HostErrorCodes.invalidArgument, undefined, "WorksheetFreezePanes.freezeColumns");
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }

  /** Freezes the rows above and columns left of the range's bottom-right edge (Excel: the range becomes the frozen pane). */
  freezeAt(frozenRange: Range | string): void {
    this._call("freezeAt", [typeof frozenRange === "string" ? frozenRange : frozenRange._path], (s) => {
      const rect: Rect =
        typeof frozenRange === "string"
          ? resolveAddressOnSheet(this._ctx._host.workbook, s, frozenRange, "WorksheetFreezePanes.freezeAt")
          : frozenRange._target().rect;
      s.frozenRows = rect.row + rect.rowCount;
      s.frozenColumns = rect.col + rect.colCount;
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): Range {
    return new Range(
      this._ctx,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const s = this._target();
        if (!s.frozenRows && !s.frozenColumns) return null;
        return { sheet: s, rect: { row: 0, col: 0, rowCount: s.frozenRows || MAX_ROWS, colCount: s.frozenColumns || MAX_COLUMNS } };
      },
      true,
    );
  }
}

export class PageLayout extends ClientObject<SheetModel> {
  protected readonly _typeName = "PageLayout";
  protected readonly _scalarProps = [
    "orientation",
    "paperSize",
    "zoom",
    "centerHorizontally",
    "centerVertically",
    "printGridlines",
  ] as const;

  protected _read(s: SheetModel, name: string): unknown {
    return (s.pageLayout as unknown as Record<string, unknown>)[name];
  }

  private _rec<K extends keyof SheetModel["pageLayout"]>(name: K, v: SheetModel["pageLayout"][K], check?: () => void): void {
    this._set(name, v, (s) => {
      check?.();
      s.pageLayout[name] = v;
    });
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._rec("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") throw hostError(HostErrorCodes.invalidArgument, undefined, "PageLayout.orientation");
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._rec("paperSize", v);
  }
  get zoom(): SheetModel["pageLayout"]["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: SheetModel["pageLayout"]["zoom"]) {
    this._rec("zoom", { ...v }, () => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
        throw hostError(HostErrorCodes.invalidArgument, undefined, "PageLayout.zoom");
    });
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._rec("centerHorizontally", !!v);
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._rec("centerVertically", !!v);
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._rec("printGridlines", !!v);
  }

  private _addressFor(s: SheetModel, input: Range | string, location: string): string {
    const rect = typeof input === "string" ? resolveAddressOnSheet(this._ctx._host.workbook, s, input, location) : input._target().rect;
    return formatRect(rect, true);
  }

  /** Stored like Excel's Print_Titles, e.g. "$1:$3". */
  setPrintTitleRows(titleRows: Range | string): void {
    this._call("setPrintTitleRows", [typeof titleRows === "string" ? titleRows : titleRows._path], (s) => {
      const rect =
        typeof titleRows === "string"
          ? resolveAddressOnSheet(this._ctx._host.workbook, s, titleRows, "PageLayout.setPrintTitleRows")
          : titleRows._target().rect;
      s.pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
    });
  }

  setPrintTitleColumns(titleColumns: Range | string): void {
    this._call("setPrintTitleColumns", [typeof titleColumns === "string" ? titleColumns : titleColumns._path], (s) => {
      s.pageLayout.printTitleColumns = this._addressFor(s, titleColumns, "PageLayout.setPrintTitleColumns");
    });
  }

  setPrintArea(printArea: Range | string): void {
    this._call("setPrintArea", [typeof printArea === "string" ? printArea : printArea._path], (s) => {
      s.pageLayout.printArea = fullAddress(
        s.name,
        typeof printArea === "string"
          ? resolveAddressOnSheet(this._ctx._host.workbook, s, printArea, "PageLayout.setPrintArea")
          : printArea._target().rect,
        true,
      );
    });
  }

  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const call = this._call.bind(this);
    const field = (name: keyof SheetModel["pageLayout"]["headersFooters"]) => ({
      get: () => "",
      set: (v: string) => call(`headersFooters.${name}`, [v], (s) => (s.pageLayout.headersFooters[name] = v)),
      enumerable: true,
    });
    const page = Object.defineProperties({} as Record<string, string>, {
      centerHeader: field("centerHeader"),
      centerFooter: field("centerFooter"),
      leftFooter: field("leftFooter"),
      rightFooter: field("rightFooter"),
    });
    return { defaultForAllPages: page };
  }
}

/*
 * Range.worksheet lives here rather than in range.ts: a Worksheet makes Ranges, so range.ts cannot
 * import Worksheet without an import circle.
 */
declare module "./range" {
  interface Range {
    readonly worksheet: Worksheet;
  }
}
/** One Worksheet proxy per Range, as in Office.js, so `range.load("worksheet/name")` is readable later. */
const worksheetOfRange = new WeakMap<Range, Worksheet>();
Object.defineProperty(Range.prototype, "worksheet", {
  configurable: true,
  get(this: Range): Worksheet {
    let sheet = worksheetOfRange.get(this);
    if (!sheet) {
      sheet = new Worksheet(this._ctx, `${this._path}.worksheet`, () => this._target().sheet);
      worksheetOfRange.set(this, sheet);
    }
    return sheet;
  },
});
