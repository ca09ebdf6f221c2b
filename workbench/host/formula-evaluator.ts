/**
 * A FormulaEvaluator built on fast-formula-parser (MIT). Supports ~280 built-in functions,
 * cross-sheet references, workbook-scope defined names, and custom functions with dotted
 * names such as "PAR.TOTAL" (the parser's function token accepts dots, so no rewriting is
 * needed). Custom functions receive arguments the way Excel passes them to JavaScript custom
 * functions: range arguments as 2-D arrays with blank cells as null, omitted optional arguments
 * as null. Errors thrown or returned become Excel error values with the message preserved.
 */
import FormulaParser, { CellRef, FunctionArg, RangeRef } from "fast-formula-parser";
import { parseAddress } from "./address";
import { EXCEL_FUNCTIONS } from "./excel-functions";
import { CellReader, EvaluationResult, FormulaEvaluatorFn, isErrorCode, isFormulaError } from "./evaluator";
import { SheetModel, WorkbookModel, findSheet, keyToRowCol, peekCell } from "./model";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => unknown;

export interface FormulaEvaluatorOptions {
  /** Custom functions by Excel name, e.g. { "PAR.TOTAL": (scores) => ... }. Names are case-insensitive. */
  functions?: Record<string, CustomFunction>;
}

const FormulaError = FormulaParser.FormulaError;
type FormulaErrorInstance = InstanceType<typeof FormulaError>;

function isFfpError(v: unknown): v is FormulaErrorInstance {
  return v instanceof FormulaError;
}

/** Maps anything a custom function throws or returns as an error to an Excel error. */
function toExcelError(e: unknown): FormulaErrorInstance {
  if (isFfpError(e)) return e;
  const obj = e as { code?: unknown; message?: unknown } | null;
  // CustomFunctions.Error carries an Excel error code such as "#N/A" in `code`.
  const code = obj && isErrorCode(obj.code) ? obj.code : "#VALUE!";
  const message = obj && typeof obj.message === "string" && obj.message !== "" ? obj.message : typeof e === "string" ? e : undefined;
  return message ? new FormulaError(code, message) : new FormulaError(code);
}

interface Current {
  wb: WorkbookModel;
  read: CellReader;
}

/** Sheet extent used to clip whole-column/row references so "A:A" does not scan 1M rows. */
function extent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const key of sheet.cells.keys()) {
    const { row, col } = keyToRowCol(key);
    if (row + 1 > rows) rows = row + 1;
    if (col + 1 > cols) cols = col + 1;
  }
  return { rows, cols };
}

export function createFormulaEvaluator(options: FormulaEvaluatorOptions = {}): { evaluate: FormulaEvaluatorFn } {
  let current: Current | null = null;
  // Cells do not change during one recalculation, and each recalculation uses a new reader,
  // so sheet extents are cached per reader.
  const extents = new Map<SheetModel, { rows: number; cols: number }>();
  // Ranges holding no formula (a rubric's columns) cannot change during one recalculation either:
  // their values are read once per recalculation, not twice for every formula that refers to them.
  // null marks a range with formulas, which is read every time.
  const constantRanges = new Map<string, unknown[][] | null>();
  let cachesFor: CellReader | null = null;
  const resetCachesFor = (read: CellReader): void => {
    if (cachesFor === read) return;
    extents.clear();
    constantRanges.clear();
    cachesFor = read;
  };
  const extentOf = (sheet: SheetModel, read: CellReader): { rows: number; cols: number } => {
    resetCachesFor(read);
    let ext = extents.get(sheet);
    if (!ext) {
      ext = extent(sheet);
      extents.set(sheet, ext);
    }
    return ext;
  };

  const toValue = (r: EvaluationResult): unknown => (isFormulaError(r) ? new FormulaError(isErrorCode(r.error) ? r.error : "#VALUE!") : r);

  const onCell = (ref: CellRef): unknown => {
    if (!current) return null;
    return toValue(current.read(ref.sheet, ref.row - 1, ref.col - 1));
  };

  /** A range with whole columns and rows clipped to the sheet's extent, and its key among constantRanges. */
  const clip = (sheet: SheetModel, ref: RangeRef, read: CellReader) => {
    const ext = extentOf(sheet, read);
    const lastRow = Math.min(ref.to.row, Math.max(ext.rows, ref.from.row));
    const lastCol = Math.min(ref.to.col, Math.max(ext.cols, ref.from.col));
    return { lastRow, lastCol, key: `${sheet.id}\u0000${ref.from.row}:${ref.from.col}:${lastRow}:${lastCol}` };
  };

  /** A range's cells as the parser wants them. */
  const readRange = (sheet: SheetModel, ref: RangeRef, read: CellReader): unknown[][] => {
    const { lastRow, lastCol, key } = clip(sheet, ref, read);
    const cached = constantRanges.get(key);
    // A copy, so that nothing a function does to its argument reaches the next formula.
    if (cached) return cached.map((line) => line.slice());
    const out: unknown[][] = [];
    let hasFormula = false;
    for (let r = ref.from.row; r <= lastRow; r++) {
      const line: unknown[] = [];
      for (let c = ref.from.col; c <= lastCol; c++) {
        if (peekCell(sheet, r - 1, c - 1)?.formula) hasFormula = true;
        line.push(toValue(read(sheet.name, r - 1, c - 1)));
      }
      out.push(line);
    }
    constantRanges.set(key, hasFormula ? null : out.map((line) => line.slice()));
    return out;
  };

  /** True when the range is known to hold no formula: it needs no precedent pass. */
  const isConstantRange = (sheet: SheetModel, ref: RangeRef, read: CellReader): boolean =>
    Boolean(constantRanges.get(clip(sheet, ref, read).key));

  const onRange = (ref: RangeRef): unknown[][] => {
    if (!current) return [[]];
    const sheet = findSheet(current.wb, ref.sheet);
    if (!sheet) return [[new FormulaError("#REF!")]];
    return readRange(sheet, ref, current.read);
  };

  const onVariable = (name: string): CellRef | RangeRef | null => {
    if (!current) return null;
    const item = current.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!item) return null;
    const parsed = parseAddress(item.formula.replace(/^=/, ""));
    if (!parsed || parsed.sheet === undefined) return null;
    const { rect } = parsed;
    if (rect.rowCount === 1 && rect.colCount === 1) return { sheet: parsed.sheet, row: rect.row + 1, col: rect.col + 1 };
    return {
      sheet: parsed.sheet,
      from: { row: rect.row + 1, col: rect.col + 1 },
      to: { row: rect.row + rect.rowCount, col: rect.col + rect.colCount },
    };
  };

  const adaptArg = (arg: FunctionArg): unknown => {
    if (arg.omitted) return null;
    const v = arg.value;
    if (Array.isArray(v))
      return v.map((row) => (Array.isArray(row) ? row : [row]).map((x) => (isFfpError(x) ? x.error : x === undefined ? null : x)));
    return v === undefined ? null : v;
  };

  const functions: Record<string, (...args: FunctionArg[]) => unknown> = {};
  // Excel's own behaviour where the parser lacks or differs from it (excel-functions.ts), then the caller's.
  for (const [name, fn] of Object.entries({ ...EXCEL_FUNCTIONS, ...(options.functions ?? {}) })) {
    functions[name.toUpperCase()] = (...args: FunctionArg[]) => {
      // Like Excel, a scalar error argument short-circuits the call.
      for (const a of args) if (!a.omitted && isFfpError(a.value)) return a.value;
      let result: unknown;
      try {
        // Excel passes null for omitted optional parameters, including trailing ones.
        const adapted = args.map(adaptArg);
        while (adapted.length < fn.length) adapted.push(null);
        result = fn(...adapted);
      } catch (e) {
        throw toExcelError(e);
      }
      if (result instanceof Error || (result && typeof result === "object" && !Array.isArray(result) && "code" in result))
        throw toExcelError(result);
      if (result && typeof (result as Promise<unknown>).then === "function") {
        throw new FormulaError("#BUSY!", `${name} returned a Promise; this evaluator runs synchronously.`);
      }
      if (result === null || result === undefined) return 0;
      return result;
    };
  }

  // One parser per nesting level: evaluating a cell can trigger evaluation of its precedents.
  const pool: FormulaParser[] = [];
  let depthInUse = 0;
  const parserAt = (depth: number): FormulaParser => {
    while (pool.length <= depth) pool.push(new FormulaParser({ functions, onCell, onRange, onVariable }));
    return pool[depth];
  };
  const depParser = new FormulaParser.DepParser({ onVariable });
  // Precedents depend only on formula text, sheet and defined names, so they are cached
  // across recalculations until a name changes.
  const depCache = new Map<string, Array<CellRef | RangeRef>>();
  let depNames = "";
  const precedents = (
    text: string,
    position: { sheet: string; row: number; col: number },
    wb: WorkbookModel,
  ): Array<CellRef | RangeRef> => {
    const names = wb.names.map((n) => `${n.name}=${n.formula}`).join("\u0001");
    if (names !== depNames || depCache.size > 50000) {
      depCache.clear();
      depNames = names;
    }
    const key = `${position.sheet}\u0000${text}`;
    let refs = depCache.get(key);
    if (!refs) {
      refs = depParser.parse(text, position);
      depCache.set(key, refs);
    }
    return refs;
  };

  const evaluate: FormulaEvaluatorFn = (formula, sheetName, row, col, wb, read) => {
    const outer = current;
    current = { wb, read };
    const position = { sheet: sheetName, row: row + 1, col: col + 1 };
    const text = formula.replace(/^=/, "");
    const depth = depthInUse++;
    try {
      // Compute precedents before parsing so nested evaluation rarely re-enters a parser.
      try {
        for (const ref of precedents(text, position, wb)) {
          if ("from" in ref) {
            const sheet = findSheet(wb, ref.sheet ?? sheetName);
            if (sheet && isConstantRange(sheet, ref, read)) continue;
            const ext = sheet ? extentOf(sheet, read) : { rows: 0, cols: 0 };
            for (let r = ref.from.row; r <= Math.min(ref.to.row, ext.rows); r++)
              for (let c = ref.from.col; c <= Math.min(ref.to.col, ext.cols); c++) read(ref.sheet ?? sheetName, r - 1, c - 1);
          } else {
            read(ref.sheet ?? sheetName, ref.row - 1, ref.col - 1);
          }
        }
      } catch {
        // Syntax errors are reported by the real parse below.
      }
      current = { wb, read };
      let result: unknown;
      try {
        result = parserAt(depth).parse(text, position);
      } catch (e) {
        if (isFfpError(e)) {
          const details = e.details as { name?: string; message?: string } | undefined;
          if (details && isFfpError(details)) return { error: details.error, message: details.message || undefined };
          if (details && details.name === "#NAME?") return { error: "#NAME?", message: e.message };
          if (text.includes("#REF!")) return { error: "#REF!" };
          return { error: "#VALUE!", message: e.message };
        }
        return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
      }
      if (isFfpError(result)) return { error: result.error, ...(result.message ? { message: result.message } : {}) };
      return result as EvaluationResult;
    } finally {
      depthInUse--;
      current = outer;
    }
  };

  return { evaluate };
}
