import type { Language } from "../bilingual";
import { describeRule } from "../rubric/describe-rule";
import { stepOrAllowedCell } from "../rubric/score-list-text";
import { ROW_KIND_LABELS } from "../rubric/row-kind";
import { rubricRows } from "../rubric/rubric-rows";
import type { GradeBand, Rubric } from "../rubric/schema";
import { emptySheetPlan, text, type PlannedCell, type RangeRef, type SheetPlan } from "../plan/workbook-plan";
import { HEADER_LABELS } from "./sheet-labels";
import { SHEET_STYLE } from "./sheet-style";

/**
 * The rubric sheet: everything about each criterion (rule, responsible department, evidence), and
 * the grade bands the formulas grade with. Protected without a password against accidental edits.
 */
const HEADER_ROW = 3;
const FIRST_ROW = 4;
const BANDS_COLUMN = 10;

export interface RubricSheetPlan {
  sheet: SheetPlan;
  /** Label and minimum (as a fraction, like PAR.PERCENT) of the unit group's bands. */
  bandsRange: RangeRef;
}

export function planRubricSheet(rubric: Rubric, unitGroup: string, sheetName: string, language: Language = "vi"): RubricSheetPlan {
  const sheet = emptySheetPlan(sheetName, true);
  sheet.tabColor = SHEET_STYLE.rubricTab;
  const rows = rubricRows(rubric);
  const vi = language === "vi";
  const illustrative = vi ? " — nội dung tiêu chí mang tính minh họa" : " — illustrative criteria";
  const source = `${vi ? "Nguồn" : "Source"}: ${rubric.source.document}${rubric.source.illustrative ? illustrative : ""}${rubric.source.note ? `. ${rubric.source.note}` : ""}`;
  const title = vi ? rubric.title.vi : (rubric.title.en ?? rubric.title.vi);
  sheet.blocks.push({ row: 0, column: 0, cells: [[text(`${title} — ${rubric.year}, ${vi ? "phiên bản" : "version"} ${rubric.version}`)]] });
  const header = HEADER_LABELS[language];
  sheet.blocks.push({ row: 1, column: 0, cells: [[text(source)]] });
  sheet.blocks.push({
    row: HEADER_ROW,
    column: 0,
    cells: [
      [header.code, header.kind, header.max, header.step, header.name, header.nameEn, header.rule, header.responsible, header.evidence].map(
        text,
      ),
    ],
  });
  sheet.blocks.push({
    row: FIRST_ROW,
    column: 0,
    cells: rows.map((row): PlannedCell[] => [
      text(row.code),
      text(ROW_KIND_LABELS[language][row.kind]),
      row.max,
      stepCell(stepOrAllowedCell(row, language)),
      text(row.criterion.name.vi),
      row.criterion.name.en ? text(row.criterion.name.en) : null,
      row.isLeaf ? text(describeRule(row.criterion, language)) : null,
      row.criterion.responsible ? text(row.criterion.responsible) : null,
      row.criterion.evidence ? text(row.criterion.evidence) : null,
    ]),
  });
  const bands = bandsOf(rubric, unitGroup);
  sheet.blocks.push({ row: HEADER_ROW, column: BANDS_COLUMN, cells: [[text(header.band), text(header.bandMin)]] });
  sheet.blocks.push({
    row: FIRST_ROW,
    column: BANDS_COLUMN,
    cells: bands.map((band) => [text(band.label.vi), band.minPercent / 100]),
  });
  sheet.formats.push(
    { row: 0, column: 0, rowCount: 1, columnCount: 1, bold: true, fontColor: SHEET_STYLE.title },
    { row: 1, column: 0, rowCount: 1, columnCount: 1, italic: true },
    { row: HEADER_ROW, column: 0, rowCount: 1, columnCount: 9, bold: true, fill: SHEET_STYLE.header, wrap: true },
    { row: HEADER_ROW, column: BANDS_COLUMN, rowCount: 1, columnCount: 2, bold: true, fill: SHEET_STYLE.header, wrap: true },
    { row: FIRST_ROW, column: 0, rowCount: rows.length, columnCount: 2, numberFormat: "@" },
    { row: FIRST_ROW, column: 2, rowCount: rows.length, columnCount: 1, numberFormat: SHEET_STYLE.points },
    { row: FIRST_ROW, column: 3, rowCount: rows.length, columnCount: 6, numberFormat: "@", wrap: true, verticalAlignment: "Top" },
    { row: FIRST_ROW, column: BANDS_COLUMN, rowCount: bands.length, columnCount: 1, numberFormat: "@" },
    { row: FIRST_ROW, column: BANDS_COLUMN + 1, rowCount: bands.length, columnCount: 1, numberFormat: "0%" },
  );
  rows.forEach((row, index) => {
    if (!row.isLeaf)
      sheet.formats.push({
        row: FIRST_ROW + index,
        column: 0,
        rowCount: 1,
        columnCount: 9,
        bold: true,
        fill: row.depth === 1 ? SHEET_STYLE.area : SHEET_STYLE.criterion,
      });
  });
  sheet.columnWidths = [44, 64, 44, 60, 280, 220, 220, 140, 220, 12, 90, 70].map((width, column) => ({ column, width }));
  sheet.freeze = { rows: FIRST_ROW, columns: 1 };
  sheet.protect = true;
  return { sheet, bandsRange: bandsRangeOf(bands.length) };
}

/** Where the rubric sheet lists `count` grade bands: label and minimum columns, highest first. */
export function bandsRangeOf(count: number): RangeRef {
  return { row: FIRST_ROW, column: BANDS_COLUMN, rowCount: count, columnCount: 2 };
}

/** The bands of the unit group, or the default ones, highest first. */
export function bandsOf(rubric: Rubric, unitGroup: string): GradeBand[] {
  const bands = rubric.gradeBands[unitGroup] ?? rubric.gradeBands.default ?? Object.values(rubric.gradeBands)[0] ?? [];
  return [...bands].sort((a, b) => b.minPercent - a.minPercent);
}

function stepCell(step: number | string | null): PlannedCell {
  return step === null ? null : typeof step === "number" ? step : text(step);
}
