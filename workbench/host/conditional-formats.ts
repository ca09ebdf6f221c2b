/**
 * Range.conditionalFormats. Formats are stored per sheet with a generated, stable id.
 * As in Excel, a newly added format goes to the top of the priority list (priority 0).
 * Custom and CellValue rules are recorded with their format; other types are recorded with
 * their type only.
 */
import { formatRect, rectIntersection, rectSubtract } from "./address";
import { normalizeColor } from "./colors";
import { HostErrorCodes, hostError } from "./errors";
import { ConditionalFormatModel, SheetModel } from "./model";
import { assertUnprotected } from "./protection";
import { ClientCollection, ClientObject, ClientResult, ContextLike } from "./proxy";
import { RangeTarget } from "./range-ops";

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

function renumber(sheet: SheetModel): void {
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority);
  sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
}

function inRange(t: RangeTarget): ConditionalFormatModel[] {
  return t.sheet.conditionalFormats.filter((cf) => rectIntersection(cf.rect, t.rect)).sort((a, b) => a.priority - b.priority);
}

function formatId(n: number): string {
  return `{00000000-0000-0000-0000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
}

export class ConditionalFormatCollection extends ClientCollection<ConditionalFormat, RangeTarget> {
  protected readonly _typeName = "ConditionalFormatCollection";

  protected _enumerate(t: RangeTarget): ConditionalFormat[] {
    return inRange(t).map((cf) => this._bound(cf.id));
  }

  private _bound(id: string, nullable = false): ConditionalFormat {
    return new ConditionalFormat(
      this._ctx,
      `${this._path}.getItem(${id})`,
      () => {
        const t = this._target();
        const cf = t.sheet.conditionalFormats.find((c) => c.id === id);
        return cf ? { sheet: t.sheet, cf } : null;
      },
      nullable,
    );
  }

  add(type: string): ConditionalFormat {
    const wb = this._ctx._host.workbook;
    wb.counters.conditionalFormat += 1;
    const id = formatId(wb.counters.conditionalFormat);
    this._call("add", [type], (t) => {
      assertUnprotected(t.sheet, "ConditionalFormatCollection.add");
      if (!TYPES.includes(type)) throw hostError(HostErrorCodes.invalidArgument, undefined, "ConditionalFormatCollection.add");
      for (const cf of t.sheet.conditionalFormats) cf.priority += 1;
      t.sheet.conditionalFormats.push({
        id,
        type,
        address: formatRect(t.rect),
        rect: t.rect,
        rule: {},
        format: { fillColor: null, fontColor: null, bold: null, italic: null },
        priority: 0,
        stopIfTrue: false,
      });
      renumber(t.sheet);
    });
    return this._bound(id);
  }

  getItem(id: string): ConditionalFormat {
    return this._bound(id);
  }

  getItemOrNullObject(id: string): ConditionalFormat {
    return this._bound(id, true);
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      const cf = inRange(t)[index];
      if (!cf) throw hostError(HostErrorCodes.invalidArgument, undefined, "ConditionalFormatCollection.getItemAt");
      return { sheet: t.sheet, cf };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._ctx._enqueue({ a: "call", o: this._path, m: "getCount" }, (commit) => {
      const n = inRange(this._target()).length;
      commit(() => result._set(n));
    });
    return result;
  }

  /** Removes formats on this range; a format partly outside keeps the remaining rectangle when that is one piece. */
  clearAll(): void {
    this._call("clearAll", [], (t) => {
      assertUnprotected(t.sheet, "ConditionalFormatCollection.clearAll");
      const next: ConditionalFormatModel[] = [];
      for (const cf of t.sheet.conditionalFormats) {
        if (!rectIntersection(cf.rect, t.rect)) {
          next.push(cf);
          continue;
        }
        const rest = rectSubtract(cf.rect, t.rect);
        if (rest.length === 1) next.push({ ...cf, rect: rest[0], address: formatRect(rest[0]) });
      }
      t.sheet.conditionalFormats = next;
      renumber(t.sheet);
    });
  }
}

export class ConditionalFormat extends ClientObject<CfTarget> {
  protected readonly _typeName = "ConditionalFormat";
  protected readonly _scalarProps = ["id", "type", "priority", "stopIfTrue"] as const;

  constructor(ctx: ContextLike, path: string, resolver: () => CfTarget | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected _read(t: CfTarget, name: string): unknown {
    switch (name) {
      case "id":
        return t.cf.id;
      case "type":
        return t.cf.type;
      case "priority":
        return t.cf.priority;
      case "stopIfTrue":
        return t.cf.stopIfTrue;
    }
    return undefined;
  }

  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "cellValue") return this.cellValue;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v, (t) => {
      assertUnprotected(t.sheet, "ConditionalFormat.priority");
      const list = t.sheet.conditionalFormats.filter((c) => c !== t.cf).sort((a, b) => a.priority - b.priority);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, t.cf);
      list.forEach((c, i) => (c.priority = i));
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, (t) => {
      assertUnprotected(t.sheet, "ConditionalFormat.stopIfTrue");
      t.cf.stopIfTrue = !!v;
    });
  }

  /** Sub-objects only work for the matching type (Excel rejects e.g. `.custom` on a CellValue format). */
  private _typed(type: string): () => CfTarget {
    return () => {
      const t = this._target();
      if (t.cf.type !== type)
        throw hostError(
          HostErrorCodes.invalidOperation,
          `The conditional format is of type ${t.cf.type}, not ${type}.`,
          `ConditionalFormat.${type}`,
        );
      return t;
    };
  }

  get custom(): CustomConditionalFormat {
    return new CustomConditionalFormat(this._ctx, `${this._path}.custom`, this._typed("Custom"));
  }

  get cellValue(): CellValueConditionalFormat {
    return new CellValueConditionalFormat(this._ctx, `${this._path}.cellValue`, this._typed("CellValue"));
  }

  // getRange() is added by range.ts (a Range makes this file's collection; it cannot import Range back).

  delete(): void {
    this._call("delete", [], (t) => {
      assertUnprotected(t.sheet, "ConditionalFormat.delete");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      renumber(t.sheet);
    });
  }
}

export class CustomConditionalFormat extends ClientObject<CfTarget> {
  protected readonly _typeName = "CustomConditionalFormat";
  protected readonly _scalarProps = [] as const;
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  get rule(): ConditionalFormatRule {
    return new ConditionalFormatRule(this._ctx, `${this._path}.rule`, () => this._target());
  }
  get format(): ConditionalRangeFormat {
    return new ConditionalRangeFormat(this._ctx, `${this._path}.format`, () => this._target());
  }
}

export class ConditionalFormatRule extends ClientObject<CfTarget> {
  protected readonly _typeName = "ConditionalFormatRule";
  protected readonly _scalarProps = ["formula", "formulaLocal"] as const;
  protected _read(t: CfTarget): unknown {
    return t.cf.rule.formula ?? null;
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, (t) => {
      assertUnprotected(t.sheet, "ConditionalFormatRule.formula");
      t.cf.rule = { formula: String(v) };
    });
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(v: string) {
    this.formula = v;
  }
}

export class CellValueConditionalFormat extends ClientObject<CfTarget> {
  protected readonly _typeName = "CellValueConditionalFormat";
  protected readonly _scalarProps = ["rule"] as const;
  protected _read(t: CfTarget): unknown {
    return t.cf.rule;
  }
  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }
  get rule(): { formula1: string; formula2?: string; operator: string } {
    return this._get("rule");
  }
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this._set("rule", v, (t) => {
      assertUnprotected(t.sheet, "CellValueConditionalFormat.rule");
      if (!v || v.formula1 === undefined || !v.operator)
        throw hostError(HostErrorCodes.invalidArgument, undefined, "CellValueConditionalFormat.rule");
      t.cf.rule = {
        formula1: String(v.formula1),
        operator: v.operator,
        ...(v.formula2 !== undefined ? { formula2: String(v.formula2) } : {}),
      };
    });
  }
  get format(): ConditionalRangeFormat {
    return new ConditionalRangeFormat(this._ctx, `${this._path}.format`, () => this._target());
  }
}

export class ConditionalRangeFormat extends ClientObject<CfTarget> {
  protected readonly _typeName = "ConditionalRangeFormat";
  protected readonly _scalarProps = [] as const;
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  get fill(): ConditionalRangeFill {
    return new ConditionalRangeFill(this._ctx, `${this._path}.fill`, () => this._target());
  }
  get font(): ConditionalRangeFont {
    return new ConditionalRangeFont(this._ctx, `${this._path}.font`, () => this._target());
  }
}

export class ConditionalRangeFill extends ClientObject<CfTarget> {
  protected readonly _typeName = "ConditionalRangeFill";
  protected readonly _scalarProps = ["color"] as const;
  protected _read(t: CfTarget): unknown {
    return t.cf.format.fillColor;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => (t.cf.format.fillColor = normalizeColor(v, "ConditionalRangeFill.color")));
  }
  clear(): void {
    this._call("clear", [], (t) => (t.cf.format.fillColor = null));
  }
}

export class ConditionalRangeFont extends ClientObject<CfTarget> {
  protected readonly _typeName = "ConditionalRangeFont";
  protected readonly _scalarProps = ["color", "bold", "italic"] as const;
  protected _read(t: CfTarget, name: string): unknown {
    return name === "color" ? t.cf.format.fontColor : name === "bold" ? t.cf.format.bold : t.cf.format.italic;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, (t) => (t.cf.format.fontColor = normalizeColor(v, "ConditionalRangeFont.color")));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, (t) => (t.cf.format.bold = !!v));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v, (t) => (t.cf.format.italic = !!v));
  }
  clear(): void {
    this._call("clear", [], (t) => {
      t.cf.format.fontColor = null;
      t.cf.format.bold = null;
      t.cf.format.italic = null;
    });
  }
}
