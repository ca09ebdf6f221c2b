/**
 * Full recalculation of every formula cell after a sync that changed cells.
 * Dependencies are computed on demand through the CellReader (so one pass is usually enough);
 * very deep chains fall back to extra passes instead of deep recursion, and circular references
 * read the cell's previous value (0 if none), like Excel with iterative calc off.
 */
import { CellModel, SheetModel, WorkbookModel, findSheet, keyToRowCol, peekCell } from "./model";
import { CellReader, EvaluationResult, FormulaEvaluatorFn, isFormulaError } from "./evaluator";

const MAX_DEPTH = 200;
const MAX_PASSES = 20;

export interface RecalcResult {
  formulaCells: number;
  passes: number;
}

function store(cell: CellModel, result: EvaluationResult): void {
  let r: unknown = result;
  // Array results (no dynamic arrays here): Excel shows the top-left element.
  while (Array.isArray(r)) r = r.length ? r[0] : 0;
  if (isFormulaError(r)) {
    cell.value = r.error;
    cell.error = { code: r.error, ...(r.message ? { message: r.message } : {}) };
    return;
  }
  delete cell.error;
  if (r === null || r === undefined)
    cell.value = 0; // =A1 with A1 blank shows 0 in Excel
  else if (typeof r === "number" && !Number.isFinite(r)) {
    cell.value = "#NUM!";
    cell.error = { code: "#NUM!" };
  } else cell.value = r as string | number | boolean;
}

export function recalculate(wb: WorkbookModel, evaluate: FormulaEvaluatorFn | null): RecalcResult {
  const formulaCells: Array<{ sheet: SheetModel; row: number; col: number; cell: CellModel }> = [];
  for (const sheet of wb.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula !== null) formulaCells.push({ sheet, ...keyToRowCol(key), cell });
    }
  }
  if (!evaluate) {
    // No engine: formula results are unknown. null (not 0) so tests cannot mistake it for a result.
    for (const f of formulaCells) {
      f.cell.value = null;
      delete f.cell.error;
    }
    return { formulaCells: formulaCells.length, passes: 0 };
  }

  const state = new Map<CellModel, 1 | 2>(); // 1 = computing, 2 = done
  // Sheets do not change during a recalculation; finding one by name on every cell read was most of
  // the time a recalculation took.
  const sheetNamed = sheetLookup(wb);
  let depth = 0;
  let deferred = false;

  const compute = (sheet: SheetModel, row: number, col: number, cell: CellModel): void => {
    state.set(cell, 1);
    depth++;
    try {
      let result: EvaluationResult;
      try {
        result = evaluate(cell.formula as string, sheet.name, row, col, wb, read);
      } catch (e) {
        result = { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
      }
      store(cell, result);
    } finally {
      depth--;
      state.set(cell, 2);
    }
  };

  const read: CellReader = (sheetName, row, col) => {
    const sheet = sheetNamed(sheetName);
    if (!sheet) return { error: "#REF!", message: `Sheet '${sheetName}' does not exist.` };
    const cell = peekCell(sheet, row, col);
    if (!cell) return null;
    if (cell.formula !== null && state.get(cell) === undefined) {
      if (depth < MAX_DEPTH) compute(sheet, row, col, cell);
      else deferred = true; // read the stale value now, fix it in another pass
    }
    if (cell.error) return { error: cell.error.code, ...(cell.error.message ? { message: cell.error.message } : {}) };
    if (cell.formula !== null && state.get(cell) === 1) return cell.value ?? 0; // circular reference
    return cell.value === "" ? null : cell.value;
  };

  let passes = 0;
  do {
    passes++;
    deferred = false;
    state.clear();
    for (const f of formulaCells) if (!state.has(f.cell)) compute(f.sheet, f.row, f.col, f.cell);
  } while (deferred && passes < MAX_PASSES);
  return { formulaCells: formulaCells.length, passes };
}

/**
 * Evaluates a formula that is not stored in a cell (data-validation and conditional-format
 * rules) against current values. Returns null when no evaluator is configured.
 */
/** Sheets by name (case-insensitive), remembered: for one recalculation or one reader, while sheets cannot change. */
function sheetLookup(wb: WorkbookModel): (name: string) => SheetModel | undefined {
  const byName = new Map<string, SheetModel | undefined>();
  return (name) => {
    if (!byName.has(name)) byName.set(name, findSheet(wb, name));
    return byName.get(name);
  };
}

/** Reads cells as last calculated (no recalculation on the way): what a one-off evaluation sees. */
export function storedValueReader(wb: WorkbookModel): CellReader {
  const sheetNamed = sheetLookup(wb);
  return (name, r, c) => {
    const sheet = sheetNamed(name);
    if (!sheet) return { error: "#REF!" };
    const cell = peekCell(sheet, r, c);
    if (!cell) return null;
    if (cell.error) return { error: cell.error.code };
    return cell.value === "" ? null : cell.value;
  };
}

export function evaluateAt(
  host: { workbook: WorkbookModel; evaluator: FormulaEvaluatorFn | null },
  formula: string,
  sheetName: string,
  row: number,
  col: number,
): EvaluationResult {
  if (!host.evaluator) return null;
  try {
    return host.evaluator(formula, sheetName, row, col, host.workbook, storedValueReader(host.workbook));
  } catch (e) {
    return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
  }
}
