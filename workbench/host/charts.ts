/**
 * Worksheet.charts: charts are recorded (type, source, title, position, legend, axis settings)
 * so tests can assert what the add-in asked for; nothing is rendered.
 */
import { formatRect, fullAddress, parseAddress } from "./address";
import { HostErrorCodes, hostError } from "./errors";
import { ChartModel, SheetModel } from "./model";
import { assertCanFormat } from "./protection";
import { ClientCollection, ClientObject, ClientResult, ContextLike } from "./proxy";
import type { RangeTarget } from "./range-ops";

/**
 * Any Range proxy. Typed by its target, not as Range: range.ts leads back here through worksheet.ts,
 * and an import of it would close a circle.
 */
type RangeArgument = ClientObject<RangeTarget>;

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

function addressOf(sheet: SheetModel, input: RangeArgument | string, location: string): string {
  if (typeof input !== "string") {
    const t = input._target();
    if (t.sheet !== sheet) throw hostError(HostErrorCodes.invalidArgument, undefined, location);
    return formatRect(t.rect);
  }
  const parsed = parseAddress(input);
  if (!parsed) throw hostError(HostErrorCodes.invalidArgument, undefined, location);
  return formatRect(parsed.rect);
}

export class ChartCollection extends ClientCollection<Chart, SheetModel> {
  protected readonly _typeName = "ChartCollection";

  protected _enumerate(sheet: SheetModel): Chart[] {
    return sheet.charts.map((c) => this._byId(c.id));
  }

  private _byId(id: string, nullable = false): Chart {
    return new Chart(
      this._ctx,
      `${this._path}.getItemById(${id})`,
      () => {
        const sheet = this._target();
        const chart = sheet.charts.find((c) => c.id === id);
        return chart ? { sheet, chart } : null;
      },
      nullable,
    );
  }

  add(type: string, sourceData: RangeArgument, seriesBy: string = "Auto"): Chart {
    const wb = this._ctx._host.workbook;
    wb.counters.chart += 1;
    const n = wb.counters.chart;
    const id = `{CHART-${String(n).padStart(4, "0")}}`;
    this._call("add", [type, sourceData._path, seriesBy], (sheet) => {
      assertCanFormat(sheet, "objects", "ChartCollection.add");
      const src = sourceData._target();
      sheet.charts.push({
        id,
        name: `Chart ${n}`,
        type,
        sourceAddress: fullAddress(src.sheet.name, src.rect),
        seriesBy,
        title: null,
        position: { startCell: null, endCell: null },
        legend: { position: "Right", visible: true },
        axes: {},
        left: 0,
        top: 0,
        width: 360,
        height: 216,
      });
    });
    return this._byId(id);
  }

  getItem(name: string): Chart {
    return new Chart(this._ctx, `${this._path}.getItem(${name})`, () => {
      const sheet = this._target();
      const chart = sheet.charts.find((c) => c.name === name);
      return chart ? { sheet, chart } : null;
    });
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(
      this._ctx,
      `${this._path}.getItemOrNullObject(${name})`,
      () => {
        const sheet = this._target();
        const chart = sheet.charts.find((c) => c.name === name);
        return chart ? { sheet, chart } : null;
      },
      true,
    );
  }

  getItemAt(index: number): Chart {
    return new Chart(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const sheet = this._target();
      const chart = sheet.charts[index];
      if (!chart) throw hostError(HostErrorCodes.invalidArgument, undefined, "ChartCollection.getItemAt");
      return { sheet, chart };
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._ctx._enqueue({ a: "call", o: this._path, m: "getCount" }, (commit) => {
      const n = this._target().charts.length;
      commit(() => result._set(n));
    });
    return result;
  }
}

export class Chart extends ClientObject<ChartTarget> {
  protected readonly _typeName = "Chart";
  protected readonly _scalarProps = ["id", "name", "chartType", "left", "top", "width", "height"] as const;

  constructor(ctx: ContextLike, path: string, resolver: () => ChartTarget | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected _read(t: ChartTarget, name: string): unknown {
    switch (name) {
      case "id":
        return t.chart.id;
      case "name":
        return t.chart.name;
      case "chartType":
        return t.chart.type;
      case "left":
        return t.chart.left;
      case "top":
        return t.chart.top;
      case "width":
        return t.chart.width;
      case "height":
        return t.chart.height;
    }
    return undefined;
  }

  protected override _navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "title") return this.title;
    if (name === "legend") return this.legend;
    return undefined;
  }

  private _write(name: string, value: unknown, fn: (c: ChartModel) => void): void {
    this._set(name, value, (t) => {
      assertCanFormat(t.sheet, "objects", `Chart.${name}`);
      fn(t.chart);
    });
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._write("name", v, (c) => (c.name = v));
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._write("chartType", v, (c) => (c.type = v));
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._write("left", v, (c) => (c.left = v));
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._write("top", v, (c) => (c.top = v));
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._write("width", v, (c) => (c.width = v));
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._write("height", v, (c) => (c.height = v));
  }

  get title(): ChartTitle {
    return new ChartTitle(this._ctx, `${this._path}.title`, () => this._target());
  }
  get legend(): ChartLegend {
    return new ChartLegend(this._ctx, `${this._path}.legend`, () => this._target());
  }
  get axes(): ChartAxes {
    return new ChartAxes(this._ctx, `${this._path}.axes`, () => this._target());
  }

  setPosition(startCell: RangeArgument | string, endCell?: RangeArgument | string): void {
    this._call(
      "setPosition",
      [
        typeof startCell === "string" ? startCell : startCell._path,
        typeof endCell === "string" || endCell === undefined ? (endCell ?? null) : endCell._path,
      ],
      (t) => {
        t.chart.position = {
          startCell: addressOf(t.sheet, startCell, "Chart.setPosition"),
          endCell: endCell === undefined ? null : addressOf(t.sheet, endCell, "Chart.setPosition"),
        };
      },
    );
  }

  setData(sourceData: RangeArgument, seriesBy: string = "Auto"): void {
    this._call("setData", [sourceData._path, seriesBy], (t) => {
      const src = sourceData._target();
      t.chart.sourceAddress = fullAddress(src.sheet.name, src.rect);
      t.chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      assertCanFormat(t.sheet, "objects", "Chart.delete");
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }

  activate(): void {
    this._call("activate", [], () => undefined);
  }
}

export class ChartTitle extends ClientObject<ChartTarget> {
  protected readonly _typeName = "ChartTitle";
  protected readonly _scalarProps = ["text", "visible"] as const;
  protected _read(t: ChartTarget, name: string): unknown {
    return name === "text" ? (t.chart.title ?? "") : t.chart.title !== null;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (t) => (t.chart.title = String(v)));
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => (t.chart.title = v ? (t.chart.title ?? "") : null));
  }
}

export class ChartLegend extends ClientObject<ChartTarget> {
  protected readonly _typeName = "ChartLegend";
  protected readonly _scalarProps = ["position", "visible"] as const;
  protected _read(t: ChartTarget, name: string): unknown {
    return name === "position" ? t.chart.legend.position : t.chart.legend.visible;
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._set("position", v, (t) => (t.chart.legend.position = v));
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => (t.chart.legend.visible = !!v));
  }
}

export class ChartAxes extends ClientObject<ChartTarget> {
  protected readonly _typeName = "ChartAxes";
  protected readonly _scalarProps = [] as const;
  protected _read(): unknown {
    return undefined;
  }
  get valueAxis(): ChartAxis {
    return new ChartAxis(this._ctx, `${this._path}.valueAxis`, () => this._target(), "valueAxis");
  }
  get categoryAxis(): ChartAxis {
    return new ChartAxis(this._ctx, `${this._path}.categoryAxis`, () => this._target(), "categoryAxis");
  }
  get seriesAxis(): ChartAxis {
    return new ChartAxis(this._ctx, `${this._path}.seriesAxis`, () => this._target(), "seriesAxis");
  }
}

/** Axis settings are recorded verbatim in `chart.axes[axisName]`. */
export class ChartAxis extends ClientObject<ChartTarget> {
  protected readonly _typeName = "ChartAxis";
  protected readonly _scalarProps = ["minimum", "maximum", "majorUnit", "visible", "numberFormat"] as const;
  private readonly _axis: string;
  constructor(ctx: ContextLike, path: string, resolver: () => ChartTarget, axis: string) {
    super(ctx, path, resolver);
    this._axis = axis;
  }
  protected _read(t: ChartTarget, name: string): unknown {
    return t.chart.axes[this._axis]?.[name] ?? null;
  }
  private _rec(name: string, v: unknown): void {
    this._set(name, v, (t) => {
      t.chart.axes[this._axis] = { ...t.chart.axes[this._axis], [name]: v };
    });
  }
  get minimum(): number {
    return this._get("minimum");
  }
  set minimum(v: number) {
    this._rec("minimum", v);
  }
  get maximum(): number {
    return this._get("maximum");
  }
  set maximum(v: number) {
    this._rec("maximum", v);
  }
  get majorUnit(): number {
    return this._get("majorUnit");
  }
  set majorUnit(v: number) {
    this._rec("majorUnit", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._rec("visible", v);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._rec("numberFormat", v);
  }
  get title(): { text: string; visible: boolean } {
    const record = (key: string, v: unknown) => this._rec(key, v);
    return {
      get text(): string {
        return "";
      },
      set text(v: string) {
        record("titleText", v);
      },
      get visible(): boolean {
        return true;
      },
      set visible(v: boolean) {
        record("titleVisible", v);
      },
    };
  }
}
