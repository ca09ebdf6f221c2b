import { liveRecords } from "../core/template/template-plan";
import { runInExcel } from "./excel-session";
import type { ScoringSheetInfo } from "./operations";
import { queueWorkbookState } from "./workbook-state";

/** Our scoring sheets, the active one first. One round trip. */
export function listScoringSheets(): Promise<ScoringSheetInfo[]> {
  return runInExcel(async (session) => {
    const state = queueWorkbookState(session.context);
    const active = session.context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await session.sync();
    const records = liveRecords(state());
    const infos = records.map((record): ScoringSheetInfo => ({
      scoringSheet: record.scoringSheet,
      rubricSheet: record.rubricSheet,
      rubricId: record.rubricId,
      rubricTitle: record.rubricTitle,
      rubricVersion: record.rubricVersion,
      units: record.units,
      columns: record.columns,
    }));
    return [...infos.filter((info) => info.scoringSheet === active.name), ...infos.filter((info) => info.scoringSheet !== active.name)];
  });
}

/** The user's selection, to read units or a rubric laid out on a sheet. */
export function readSelection(): Promise<{ address: string; values: unknown[][] }> {
  return runInExcel(async (session) => {
    const range = session.context.workbook.getSelectedRange();
    range.load("address,values");
    await session.sync();
    return { address: range.address, values: range.values };
  });
}
