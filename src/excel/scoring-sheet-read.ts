import { readScoringSheet, type ScoringSheetData } from "../core/template/sheet-reading";
import type { ExcelSession } from "./excel-session";
import { queueWorkbookState, recordFor } from "./workbook-state";

/**
 * One round trip that reads everything a command needs about a scoring sheet: where our sheets are,
 * and the sheet's used range (values, and formulas when asked). The sheet is named by the pane, so
 * both reads go in the same sync.
 */
export async function readScoringSheetData(session: ExcelSession, scoringSheet: string, withFormulas = false): Promise<{ data: ScoringSheetData; formulas?: unknown[][]; registry: ReturnType<ReturnType<typeof queueWorkbookState>> }> {
  const state = queueWorkbookState(session.context);
  const used = session.context.workbook.worksheets.getItem(scoringSheet).getUsedRange(true);
  used.load(withFormulas ? "values,formulas,rowIndex,columnIndex" : "values,rowIndex,columnIndex");
  await session.sync();
  const registry = state();
  const record = recordFor(registry, scoringSheet);
  const values = fromOrigin(used.values, used.rowIndex, used.columnIndex);
  return {
    data: readScoringSheet(record, values),
    formulas: withFormulas ? fromOrigin(used.formulas, used.rowIndex, used.columnIndex) : undefined,
    registry,
  };
}

/** The used range may not start at A1; pad it so row and column indexes are the sheet's own. */
function fromOrigin(values: unknown[][], rowIndex: number, columnIndex: number): unknown[][] {
  if (rowIndex === 0 && columnIndex === 0) return values;
  const padding: unknown[] = Array(columnIndex).fill("");
  return [...Array.from({ length: rowIndex }, () => [] as unknown[]), ...values.map((row) => [...padding, ...row])];
}
