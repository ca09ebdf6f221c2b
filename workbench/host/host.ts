/**
 * createExcelHost(): an in-memory Excel that add-in code written against @types/office-js can
 * run on (Jest in Node, or a browser page). Pure TypeScript, no Node or DOM APIs.
 */
import * as enums from "./enums";
import { HostError, HostErrorCodes, hostError } from "./errors";
import { FormulaEvaluator, toEvaluatorFn } from "./evaluator";
import { HostState, HostStats } from "./host-state";
import type { Rect } from "./address";
import { SheetModel, WorkbookModel, createWorkbookModel } from "./model";
import { ClientObject } from "./proxy";
import { recalculate } from "./recalc";
import { RequestContext } from "./request-context";
import { clearCells, pasteIntoRange, typeIntoCell, type WriteOutcome } from "./user-edits";

export interface ExcelHostOptions {
  /** Initial sheet names (default ["Sheet1"]). Ignored when `workbook` is given. */
  sheets?: string[];
  /** Start from an existing model (e.g. a fixture built in a test). */
  workbook?: WorkbookModel;
  /** Request payload limit in bytes; default 5 MB like Excel. */
  maxRequestBytes?: number;
  /** Response limit for large loads; default 5 MB. */
  maxResponseBytes?: number;
  /** Formula engine; without one, formula cells report null values. */
  evaluator?: FormulaEvaluator | null;
  /** Office.context.displayLanguage for the minimal Office global (default "en-US"). */
  displayLanguage?: string;
}

type Batch<T> = (context: RequestContext) => Promise<T>;

export interface ExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrOptions: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => RequestContext;
  [enumName: string]: unknown;
}

export interface ExcelHost {
  readonly Excel: ExcelNamespace;
  /** The live workbook model; inspect it in tests. */
  readonly workbook: WorkbookModel;
  readonly stats: HostStats;
  /** Sets globalThis.Excel (and Office / OfficeExtension when absent). */
  install(): void;
  /** Restores whatever globals existed before install(). */
  uninstall(): void;
  setEvaluator(evaluator: FormulaEvaluator | null): void;
  /** Recalculates all formulas now (e.g. after editing the model directly in a test). */
  recalculate(): void;
  /** A user typing into one cell (user-edits.ts): input rules, protection, and data validation when `validate`. */
  typeCell(sheet: SheetModel, row: number, col: number, input: unknown, options: { validate: boolean }): WriteOutcome;
  /** A user pasting a block at `rect`: input rules and protection, no data validation (as in Excel). */
  pasteCells(sheet: SheetModel, rect: Rect, values: unknown[][], options?: { recalculate: boolean }): WriteOutcome;
  /** The Delete key over `rect`. */
  clearCells(sheet: SheetModel, rect: Rect): WriteOutcome;
}

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

function createStats(): HostStats {
  const stats: HostStats = {
    syncs: 0,
    requests: [],
    maxRequestBytes: 0,
    reset() {
      stats.syncs = 0;
      stats.requests = [];
      stats.maxRequestBytes = 0;
    },
  };
  return stats;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const state: HostState = {
    workbook: options.workbook ?? createWorkbookModel(options.sheets ?? ["Sheet1"]),
    stats: createStats(),
    maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    evaluator: options.evaluator ? toEvaluatorFn(options.evaluator) : null,
    dirty: false,
    recalc() {
      state.dirty = false;
      recalculate(state.workbook, state.evaluator);
    },
  };
  if (options.workbook) state.recalc();

  class BoundRequestContext extends RequestContext {
    constructor() {
      super(state);
    }
  }

  async function run<T>(a: unknown, b?: Batch<T>): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as Batch<T> | undefined;
    if (typeof batch !== "function") throw hostError(HostErrorCodes.invalidArgument, "Excel.run requires a batch function.", "Excel.run");
    // Excel.run(object, batch) continues with the object's context (tracked-object pattern).
    const existing = a instanceof ClientObject ? (a.context as RequestContext) : a instanceof RequestContext ? a : null;
    const ctx = existing ?? new BoundRequestContext();
    const ret = batch(ctx) as unknown;
    if (!ret || typeof (ret as Promise<T>).then !== "function") {
      throw hostError(HostErrorCodes.runMustReturnPromise, undefined, "Excel.run");
    }
    const value = await (ret as Promise<T>);
    // Office.js flushes pending operations when the batch finishes.
    if (ctx._queue.length > 0) await ctx.sync();
    if (!existing) ctx._closed = true;
    return value;
  }

  const Excel: ExcelNamespace = {
    ...enums.excelEnums,
    run: run as ExcelNamespace["run"],
    RequestContext: BoundRequestContext,
  };

  const g = globalThis as Record<string, unknown>;
  let saved: { Excel: unknown; Office: unknown; OfficeExtension: unknown; had: Record<string, boolean> } | null = null;

  return {
    Excel,
    get workbook() {
      return state.workbook;
    },
    stats: state.stats,
    install() {
      if (!saved)
        saved = {
          Excel: g.Excel,
          Office: g.Office,
          OfficeExtension: g.OfficeExtension,
          had: { Excel: "Excel" in g, Office: "Office" in g, OfficeExtension: "OfficeExtension" in g },
        };
      g.Excel = Excel;
      if (!g.Office) g.Office = createOfficeGlobal(options.displayLanguage ?? "en-US");
      if (!g.OfficeExtension) g.OfficeExtension = { Error: HostError, ErrorCodes: { ...HostErrorCodes } };
    },
    uninstall() {
      if (!saved) return;
      for (const key of ["Excel", "Office", "OfficeExtension"] as const) {
        if (saved.had[key]) g[key] = saved[key];
        else delete g[key];
      }
      saved = null;
    },
    setEvaluator(evaluator) {
      state.evaluator = evaluator ? toEvaluatorFn(evaluator) : null;
      state.recalc();
    },
    recalculate() {
      state.recalc();
    },
    typeCell: (sheet, row, col, input, typing) => typeIntoCell(state, sheet, row, col, input, typing),
    pasteCells: (sheet, rect, values, pasting) => pasteIntoRange(state, sheet, rect, values, pasting),
    clearCells: (sheet, rect) => clearCells(state, sheet, rect),
  };
}

/** Just enough of the Office global for add-in start-up code (Office.onReady, context language/theme). */
function createOfficeGlobal(displayLanguage: string): Record<string, unknown> {
  const info = { host: "Excel", platform: "PC" };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    onReady(callback?: (i: typeof info) => void) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
      },
      requirements: { isSetSupported: () => true },
      host: "Excel",
      platform: "PC",
    },
  };
}
