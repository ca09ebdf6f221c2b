import { readScoringSheet, type ScoringSheetData } from "../core/template/sheet-reading";
import type { ExcelSession } from "./excel-session";
import { queueWorkbookState, readWorkbookState, recordFor } from "./workbook-state";
import { liveRecords, type WorkbookState } from "../core/template/template-plan";
import { bilingual, type Bilingual } from "../core/bilingual";
import { WorkbookOperationError } from "./operations";

/**
 * One round trip that reads everything a command needs about a scoring sheet: where our sheets are,
 * and the sheet's used range (values, and formulas when asked). The sheet is named by the pane, so
 * both reads go in the same sync.
 */
export async function readScoringSheetData(
  session: ExcelSession,
  scoringSheet: string,
  withFormulas = false,
): Promise<{ data: ScoringSheetData; formulas?: unknown[][]; registry: ReturnType<ReturnType<typeof queueWorkbookState>> }> {
  try {
    return await readNamed(session, scoringSheet, withFormulas);
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    // The pane still knows the sheet by an old name: find it again by its record (two more round
    // trips, only on this path), or say in the user's language that it is gone.
    const renamed = renamedTo(await readWorkbookState(session), scoringSheet);
    if (renamed === undefined) throw new WorkbookOperationError(sheetGone(scoringSheet), error);
    return readNamed(session, renamed, withFormulas);
  }
}

async function readNamed(
  session: ExcelSession,
  scoringSheet: string,
  withFormulas: boolean,
): Promise<{ data: ScoringSheetData; formulas?: unknown[][]; registry: ReturnType<ReturnType<typeof queueWorkbookState>> }> {
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

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * The current name of a scoring sheet the pane knew as `oldName`: the record saved under that name
 * locates the sheet through its defined name, which Excel keeps pointing at the renamed sheet.
 */
export function renamedTo(state: WorkbookState, oldName: string): string | undefined {
  const live = liveRecords(state);
  const index = state.registry.findIndex((record) => record.scoringSheet === oldName);
  if (index < 0) return undefined;
  return live.find((record) => record.rubricName === state.registry[index].rubricName)?.scoringSheet;
}

function sheetGone(name: string): Bilingual {
  return bilingual(
    `Không tìm thấy trang chấm điểm "${name}": trang đã bị xóa hoặc đổi tên. Hãy bấm "Làm mới danh sách" rồi chọn lại trang chấm điểm.`,
    `The scoring sheet "${name}" was not found: it was deleted or renamed. Choose "Refresh list" and pick the scoring sheet again.`,
  );
}
