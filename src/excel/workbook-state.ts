import { readRegistry, REGISTRY_SETTING } from "../core/template/scoring-layout";
import { liveRecords, type WorkbookState } from "../core/template/template-plan";
import type { ScoringSheetRecord } from "../core/template/scoring-layout";
import { WorkbookOperationError } from "./operations";
import { bilingual } from "../core/bilingual";
import type { ExcelSession } from "./excel-session";

/**
 * Queues the reads that tell every command where things are: sheet names, defined names (which
 * locate our scoring sheets even after a rename) and our registry in the workbook's settings. The
 * caller syncs, possibly together with other reads.
 */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const registry = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registry.load("value");
  return () => ({
    sheets: sheets.items.map((sheet) => sheet.name),
    definedNames: names.items.map((item) => ({ name: item.name, formula: String(item.formula ?? "") })),
    registry: registry.isNullObject ? [] : readRegistry(registry.value),
  });
}

export async function readWorkbookState(session: ExcelSession): Promise<WorkbookState> {
  const state = queueWorkbookState(session.context);
  await session.sync();
  return state();
}

/** The record of the named scoring sheet, or a message saying it is not one of ours. */
export function recordFor(state: WorkbookState, scoringSheet: string): ScoringSheetRecord {
  const record = liveRecords(state).find((candidate) => candidate.scoringSheet === scoringSheet);
  if (record) return record;
  throw new WorkbookOperationError(
    bilingual(
      `Trang "${scoringSheet}" không phải trang chấm điểm do PAR INDEX tạo, hoặc đã bị xóa. Hãy chọn trang khác hoặc tạo mẫu chấm điểm.`,
      `Sheet "${scoringSheet}" is not a scoring sheet made by PAR INDEX, or it was deleted. Pick another sheet or create a scoring template.`,
    ),
  );
}

/** Queues a read of a scoring sheet's whole block: headers, criteria and summary rows. */
export function queueSheetBlock(
  context: Excel.RequestContext,
  sheetName: string,
  rowCount: number,
  columnCount: number,
  withFormulas = false,
): Excel.Range {
  const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(0, 0, rowCount, columnCount);
  range.load(withFormulas ? "values,formulas" : "values");
  return range;
}
