/** Shared mutable state of one host instance (kept separate to avoid import cycles). */
import { WorkbookModel } from "./model";
import { FormulaEvaluatorFn } from "./evaluator";

export interface RequestStat {
  /** UTF-8 length of JSON.stringify of the sync's queued operations: a stand-in for the Office.js request size. */
  bytes: number;
  operations: number;
}

export interface HostStats {
  /** Number of context.sync() calls (including the implicit one at the end of Excel.run). */
  syncs: number;
  requests: RequestStat[];
  maxRequestBytes: number;
  reset(): void;
}

export interface HostState {
  workbook: WorkbookModel;
  stats: HostStats;
  /** Request payload limit; Excel rejects larger requests with RequestPayloadSizeLimitExceeded. */
  maxRequestBytes: number;
  /** Response limit used for large loads (Excel's is also ~5 MB). */
  maxResponseBytes: number;
  evaluator: FormulaEvaluatorFn | null;
  /** Set by operations that change cell contents; cleared by recalculation. */
  dirty: boolean;
  recalc(): void;
}
