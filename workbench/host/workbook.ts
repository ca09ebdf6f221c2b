/** Excel.Workbook plus workbook-level collections: settings, named items, application. */
import { formatRect, parseAddress, quoteSheetName } from "./address";
import { HostErrorCodes, hostError } from "./errors";
import { NamedItemModel, WorkbookModel, findSheetById } from "./model";
import { ClientCollection, ClientObject, ClientResult, ContextLike } from "./proxy";
import { Range } from "./range";
import { resolveNamedRange } from "./range-ops";
import { WorksheetCollection } from "./worksheet";

export class Workbook extends ClientObject<WorkbookModel> {
  protected readonly _typeName = "Workbook";
  protected readonly _scalarProps = ["name", "readOnly"] as const;
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;

  constructor(ctx: ContextLike) {
    super(ctx, "workbook", () => ctx._host.workbook);
    this.worksheets = new WorksheetCollection(ctx, "workbook.worksheets", () => ctx._host.workbook);
    this.settings = new SettingCollection(ctx, "workbook.settings", () => ctx._host.workbook);
    this.names = new NamedItemCollection(ctx, "workbook.names", () => ctx._host.workbook);
    this.application = new Application(ctx, "workbook.application", () => ctx._host.workbook);
  }

  protected _read(_wb: WorkbookModel, name: string): unknown {
    return name === "name" ? "Book1.xlsx" : false;
  }

  get name(): string {
    return this._get("name");
  }
  get readOnly(): boolean {
    return this._get("readOnly");
  }

  getSelectedRange(): Range {
    return new Range(this._ctx, "workbook.getSelectedRange()", () => {
      const wb = this._target();
      const sel = wb.selection;
      const sheet = sel ? findSheetById(wb, sel.sheetId) : undefined;
      const parsed = sel ? parseAddress(sel.address) : null;
      if (!sheet || !parsed) throw hostError(HostErrorCodes.invalidSelection, undefined, "Workbook.getSelectedRange");
      return { sheet, rect: parsed.rect };
    });
  }

  getActiveCell(): Range {
    return new Range(this._ctx, "workbook.getActiveCell()", () => {
      const wb = this._target();
      const sel = wb.selection;
      const sheet = sel ? findSheetById(wb, sel.sheetId) : undefined;
      const parsed = sel ? parseAddress(sel.address) : null;
      if (!sheet || !parsed) throw hostError(HostErrorCodes.itemNotFound, undefined, "Workbook.getActiveCell");
      return { sheet, rect: { ...parsed.rect, rowCount: 1, colCount: 1 } };
    });
  }
}

export class Application extends ClientObject<WorkbookModel> {
  protected readonly _typeName = "Application";
  protected readonly _scalarProps = ["calculationMode"] as const;
  protected _read(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  calculate(_calculationType?: string): void {
    this._call("calculate", [], () => {
      this._ctx._host.dirty = true;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

// ---------------------------------------------------------------- settings

/**
 * Document settings (Excel.SettingCollection). Values must be JSON-serialisable; they are
 * stored as JSON text so reads return a fresh copy, like settings persisted in the file.
 */
export class SettingCollection extends ClientCollection<Setting, WorkbookModel> {
  protected readonly _typeName = "SettingCollection";

  protected _enumerate(wb: WorkbookModel): Setting[] {
    return [...wb.settings.keys()].map((k) => this._bound(k));
  }

  private _bound(key: string, nullable = false): Setting {
    return new Setting(
      this._ctx,
      `${this._path}.getItem(${key})`,
      () => (this._target().settings.has(key) ? { wb: this._target(), key } : null),
      nullable,
    );
  }

  add(key: string, value: unknown): Setting {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    this._call("add", [key, value], (wb) => {
      if (typeof key !== "string" || key === "" || key.length > 255 || json === undefined) {
        throw hostError(HostErrorCodes.invalidArgument, undefined, "SettingCollection.add");
      }
      wb.settings.set(key, json);
    });
    return this._bound(key);
  }

  getItem(key: string): Setting {
    return this._bound(key);
  }

  getItemOrNullObject(key: string): Setting {
    return this._bound(key, true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._ctx._enqueue({ a: "call", o: this._path, m: "getCount" }, (commit) => {
      const n = this._target().settings.size;
      commit(() => result._set(n));
    });
    return result;
  }
}

export class Setting extends ClientObject<{ wb: WorkbookModel; key: string }> {
  protected readonly _typeName = "Setting";
  protected readonly _scalarProps = ["key", "value"] as const;

  constructor(ctx: ContextLike, path: string, resolver: () => { wb: WorkbookModel; key: string } | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected _read(t: { wb: WorkbookModel; key: string }, name: string): unknown {
    return name === "key" ? t.key : JSON.parse(t.wb.settings.get(t.key) as string);
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (t) => {
      const json = JSON.stringify(v);
      if (json === undefined) throw hostError(HostErrorCodes.invalidArgument, undefined, "Setting.value");
      t.wb.settings.set(t.key, json);
    });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      t.wb.settings.delete(t.key);
    });
  }
}

// ---------------------------------------------------------------- named items

const NAME_RE = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

/** Excel name rules: identifier-like, not a cell reference (A1 / R1C1), at most 255 chars. */
export function validateName(name: unknown): string {
  const loc = "NamedItemCollection.add";
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME_RE.test(name)) {
    throw hostError(HostErrorCodes.invalidArgument, "The name is not valid.", loc);
  }
  const looksLikeCell = /^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseAddress(name) !== null;
  const looksLikeR1C1 = /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  if (looksLikeCell || looksLikeR1C1) throw hostError(HostErrorCodes.invalidArgument, "The name is not valid.", loc);
  return name;
}

function nameType(formula: string): string {
  const body = formula.replace(/^=/, "").trim();
  if (parseAddress(body)) return "Range";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body !== "" && !Number.isNaN(Number(body))) return Number.isInteger(Number(body)) ? "Integer" : "Double";
  if (/^#/.test(body)) return "Error";
  if (/^".*"$/.test(body)) return "String";
  return "Formula";
}

export class NamedItemCollection extends ClientCollection<NamedItem, WorkbookModel> {
  protected readonly _typeName = "NamedItemCollection";

  protected _enumerate(wb: WorkbookModel): NamedItem[] {
    return wb.names.map((n) => this._bound(n.name));
  }

  private _bound(name: string, nullable = false): NamedItem {
    return new NamedItem(
      this._ctx,
      `${this._path}.getItem(${name})`,
      () => {
        const wb = this._target();
        const item = wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return item ? { wb, item } : null;
      },
      nullable,
    );
  }

  /** reference: a Range (stored as an absolute "=Sheet!$A$1:$B$2") or a formula string. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    this._call("add", [name, typeof reference === "string" ? reference : reference._path, comment ?? ""], (wb) => {
      validateName(name);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw hostError(HostErrorCodes.itemAlreadyExists, undefined, "NamedItemCollection.add");
      }
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        const t = reference._target();
        formula = `=${quoteSheetName(t.sheet.name)}!${formatRect(t.rect, true)}`;
      }
      wb.names.push({ name, formula, comment: comment ?? "", visible: true });
      this._ctx._host.dirty = true;
    });
    return this._bound(name);
  }

  addFormulaLocal(name: string, formula: string, comment?: string): NamedItem {
    return this.add(name, formula, comment);
  }

  getItem(name: string): NamedItem {
    return this._bound(name);
  }

  getItemOrNullObject(name: string): NamedItem {
    return this._bound(name, true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._ctx._enqueue({ a: "call", o: this._path, m: "getCount" }, (commit) => {
      const n = this._target().names.length;
      commit(() => result._set(n));
    });
    return result;
  }
}

interface NamedTarget {
  wb: WorkbookModel;
  item: NamedItemModel;
}

export class NamedItem extends ClientObject<NamedTarget> {
  protected readonly _typeName = "NamedItem";
  protected readonly _scalarProps = ["name", "formula", "type", "value", "comment", "visible", "scope"] as const;

  constructor(ctx: ContextLike, path: string, resolver: () => NamedTarget | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected _read(t: NamedTarget, name: string): unknown {
    switch (name) {
      case "name":
        return t.item.name;
      case "formula":
        return t.item.formula;
      case "type":
        return nameType(t.item.formula);
      case "comment":
        return t.item.comment;
      case "visible":
        return t.item.visible;
      case "scope":
        return "Workbook";
      case "value": {
        // Office.js returns the address for range names and the constant otherwise.
        const body = t.item.formula.replace(/^=/, "");
        const type = nameType(t.item.formula);
        if (type === "Range") return body;
        if (type === "Integer" || type === "Double") return Number(body);
        if (type === "Boolean") return /^true$/i.test(body);
        if (type === "String") return body.slice(1, -1).replace(/""/g, '"');
        return body;
      }
    }
    return undefined;
  }

  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get scope(): string {
    return this._get("scope");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, (t) => {
      t.item.formula = v.startsWith("=") ? v : `=${v}`;
      this._ctx._host.dirty = true;
    });
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._set("comment", v, (t) => (t.item.comment = String(v)));
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => (t.item.visible = !!v));
  }

  getRange(): Range {
    return new Range(this._ctx, `${this._path}.getRange()`, () => {
      const t = this._target();
      const r = resolveNamedRange(t.wb, t.item.name);
      if (!r) throw hostError(HostErrorCodes.invalidOperation, "The named item does not refer to a range.", "NamedItem.getRange");
      return r;
    });
  }

  getRangeOrNullObject(): Range {
    return new Range(
      this._ctx,
      `${this._path}.getRangeOrNullObject()`,
      () => {
        const t = this._targetOrNull();
        return t ? resolveNamedRange(t.wb, t.item.name) : null;
      },
      true,
    );
  }

  delete(): void {
    this._call("delete", [], (t) => {
      t.wb.names = t.wb.names.filter((n) => n !== t.item);
      this._ctx._host.dirty = true;
    });
  }
}
