/**
 * The workbench runtime: the in-memory Excel host, the formula evaluator wired to the REAL PAR.*
 * functions (registered by functions.js through the CustomFunctions stand-in that
 * workbench.html defines before loading it), and a change signal for the grid.
 *
 * The host has no change events, so `Excel.run` is wrapped: when a batch settles the grid redraws
 * and the run's syncs and duration are recorded (and logged to the console).
 */
import { createExcelHost, type ExcelHost, type FormulaEvaluatorFn, createFormulaEvaluator, type CustomFunction } from "../host";

export type Language = "vi" | "en";

/** What workbench.html's inline script puts on window before functions.js runs. */
export interface CustomFunctionsStandIn {
  associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
  /** Registered functions by upper-case id ("TOTAL"). */
  readonly registry: Record<string, CustomFunction>;
}

export interface RunRecord {
  /** 1-based sequence number. */
  index: number;
  syncs: number;
  ms: number;
  maxRequestBytes: number;
  ok: boolean;
}

export interface WorkbenchRuntime {
  host: ExcelHost;
  evaluate: FormulaEvaluatorFn;
  /** Ids registered by functions.js ("TOTAL", "MAX", ...). */
  functionIds: string[];
  /** Called after every Excel.run settles and after every grid edit. */
  subscribe(listener: () => void): () => void;
  notify(): void;
  /** One record per Excel.run, newest last. */
  runs: RunRecord[];
  /** Cost of the last conditional-format evaluation of the shown sheet (for performance checks). */
  timings: { conditionalFormatsMs: number };
}

export function registeredFunctions(): Record<string, CustomFunction> {
  const standIn = (globalThis as { CustomFunctions?: Partial<CustomFunctionsStandIn> }).CustomFunctions;
  return standIn?.registry ? { ...standIn.registry } : {};
}

export function createRuntime(language: Language): WorkbenchRuntime {
  const registry = registeredFunctions();
  const functions: Record<string, CustomFunction> = {};
  for (const [id, fn] of Object.entries(registry)) functions[`PAR.${id.toUpperCase()}`] = fn;
  const evaluator = createFormulaEvaluator({ functions });
  const host = createExcelHost({
    sheets: ["Sheet1"],
    evaluator,
    displayLanguage: language === "vi" ? "vi-VN" : "en-US",
  });
  host.install();

  const listeners = new Set<() => void>();
  let scheduled = false;
  const notify = () => {
    if (scheduled) return;
    scheduled = true;
    // Coalesce bursts (a command runs several batches) into one redraw.
    queueMicrotask(() => {
      scheduled = false;
      for (const listener of [...listeners]) listener();
    });
  };

  const runs: RunRecord[] = [];
  const excel = host.Excel as unknown as { run: (...args: unknown[]) => Promise<unknown> };
  const originalRun = excel.run;
  excel.run = async (...args: unknown[]) => {
    const syncsBefore = host.stats.syncs;
    const started = performance.now();
    let ok = false;
    try {
      const result = await originalRun(...args);
      ok = true;
      return result;
    } finally {
      const record: RunRecord = {
        index: runs.length + 1,
        syncs: host.stats.syncs - syncsBefore,
        ms: Math.round(performance.now() - started),
        maxRequestBytes: host.stats.maxRequestBytes,
        ok,
      };
      runs.push(record);
      if (runs.length > 500) runs.splice(0, runs.length - 500);
      console.info(`[workbench] Excel.run #${record.index}: ${record.syncs} sync(s), ${record.ms} ms${ok ? "" : " (failed)"}`);
      notify();
    }
  };

  return {
    host,
    evaluate: evaluator.evaluate,
    functionIds: Object.keys(registry).sort(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
    runs,
    timings: { conditionalFormatsMs: 0 },
  };
}
