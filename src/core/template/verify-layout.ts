import { bilingual, type Bilingual } from "../bilingual";
import { cellRef } from "../plan/a1";
import { knownColumnKindLabels, knownSummaryLabels } from "./sheet-labels";
import {
  CODE_COLUMN,
  FIRST_CRITERION_ROW,
  KIND_HEADER_ROW,
  NAME_COLUMN,
  SUMMARY_ROWS,
  UNIT_HEADER_ROW,
  scoringLayout,
  summaryRow,
  type ScoringLayout,
  type ScoringSheetRecord,
} from "./scoring-layout";

/**
 * Before any command reads scores from or writes to a scoring sheet, the sheet must still look the way
 * we made it: the codes down column A, the unit and kind headers across, and the labels of the totals
 * and targets block below the criteria (a row inserted above "Tổng điểm" shifts that block, and a
 * rerun would write its formulas over the typed targets). A user who moved or deleted rows or columns
 * gets told where, and nothing is written.
 */
export function layoutProblem(record: ScoringSheetRecord, values: readonly (readonly unknown[])[]): Bilingual | undefined {
  const layout = layoutOf(record);
  const sheet = record.scoringSheet;
  for (let i = 0; i < record.codes.length; i++) {
    const row = FIRST_CRITERION_ROW + i;
    const found = cellText(values, row, CODE_COLUMN);
    if (found !== record.codes[i]) return moved(sheet, cellRef(row, CODE_COLUMN), found, record.codes[i]);
  }
  for (const column of layout.scoreColumns) {
    const unit = cellText(values, UNIT_HEADER_ROW, column.column);
    if (unit !== column.unit) return moved(sheet, cellRef(UNIT_HEADER_ROW, column.column), unit, column.unit);
    // Either language's header, or the bilingual one of sheets made by earlier versions.
    const kind = cellText(values, KIND_HEADER_ROW, column.column);
    const kinds = knownColumnKindLabels(column.kind);
    if (!kinds.includes(kind)) return moved(sheet, cellRef(KIND_HEADER_ROW, column.column), kind, { vi: kinds[0], en: kinds[1] });
  }
  for (const name of SUMMARY_ROWS) {
    const row = summaryRow(layout, name);
    const label = cellText(values, row, NAME_COLUMN);
    const labels = knownSummaryLabels(name);
    if (!labels.includes(label)) return moved(sheet, cellRef(row, NAME_COLUMN), label, { vi: labels[0], en: labels[1] });
  }
  return undefined;
}

export function layoutOf(record: ScoringSheetRecord): ScoringLayout {
  return scoringLayout(record.codes.length, record.units, record.columns);
}

function cellText(values: readonly (readonly unknown[])[], row: number, column: number): string {
  const value = values[row]?.[column];
  return value === null || value === undefined ? "" : String(value).trim();
}

function moved(sheet: string, address: string, found: string, wanted: string | Bilingual): Bilingual {
  const expected = typeof wanted === "string" ? { vi: wanted, en: wanted } : wanted;
  return bilingual(
    `Trang "${sheet}" đã bị thay đổi cấu trúc: ô ${address} đang là "${found}" nhưng mẫu cần "${expected.vi}" (có dòng hoặc cột bị chèn, di chuyển hoặc xóa). Chưa ghi gì vào sổ. Hãy hoàn tác (Ctrl+Z) thay đổi đó, hoặc tạo lại mẫu chấm điểm từ ngăn PAR INDEX.`,
    `Sheet "${sheet}" has been restructured: cell ${address} holds "${found}" but the template expects "${expected.en}" (rows or columns were inserted, moved or deleted). Nothing was written. Undo that change (Ctrl+Z), or create the scoring template again from the PAR INDEX pane.`,
  );
}
