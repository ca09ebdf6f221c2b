import { bilingual } from "../core/bilingual";
import { readScorePaste } from "../core/scores/score-paste";
import { FIRST_CRITERION_ROW } from "../core/template/scoring-layout";
import { PROTECTION } from "./apply-plan";
import { runInExcel } from "./excel-session";
import { WorkbookOperationError, type PasteScoresRequest, type PasteScoresResult } from "./operations";
import { readScoringSheetData } from "./scoring-sheet-read";

/**
 * Writes a pasted column of scores into one unit's leaf cells, never into the locked subtotal rows
 * between them. Everything is checked before anything is written; a blank line leaves its cell as
 * it is (nothing typed is lost). Two round trips: read the sheet, write the runs of leaf cells.
 */
export function pasteScores(scoringSheet: string, request: PasteScoresRequest): Promise<PasteScoresResult> {
  return runInExcel(async (session) => {
    const { data } = await readScoringSheetData(session, scoringSheet);
    const column = data.layout.scoreColumns.find((candidate) => candidate.unit === request.unit && candidate.kind === request.kind);
    if (!column) {
      throw new WorkbookOperationError(
        bilingual(
          `Trang "${data.record.scoringSheet}" không có cột điểm này của đơn vị "${request.unit}". Hãy chọn lại đơn vị và loại điểm.`,
          `Sheet "${data.record.scoringSheet}" has no such score column for "${request.unit}". Choose the unit and kind of score again.`,
        ),
      );
    }
    const reading = readScorePaste(data.table, request.text);
    if (!reading.ok) throw new WorkbookOperationError(reading.problem);

    let written = 0,
      replaced = 0,
      keptBlank = 0;
    const rows = [...reading.byRow.keys()].sort((a, b) => a - b);
    const worksheet = session.context.workbook.worksheets.getItem(data.record.scoringSheet);
    worksheet.protection.unprotect();
    // One write per run of consecutive leaf rows: the subtotal rows between runs are not touched.
    for (let i = 0; i < rows.length;) {
      let end = i;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      const values = rows.slice(i, end + 1).map((row) => {
        const value = reading.byRow.get(row) ?? null;
        const before = data.values[FIRST_CRITERION_ROW + row]?.[column.column];
        if (value === null) {
          keptBlank++;
        } else if (value !== before) {
          written++;
          if (before !== null && before !== undefined && before !== "") replaced++;
        }
        return [value];
      });
      worksheet.getRangeByIndexes(FIRST_CRITERION_ROW + rows[i], column.column, end - i + 1, 1).values = values as never;
      i = end + 1;
    }
    worksheet.protection.protect(PROTECTION);
    await session.sync();
    return { scoringSheet: data.record.scoringSheet, written, replaced, keptBlank, syncs: session.syncs };
  });
}
