import type { Language } from "../bilingual";
import { stepOrAllowedCell } from "../rubric/score-list-text";
import type { RubricRow } from "../rubric/rubric-rows";
import type { SheetPlan } from "../plan/workbook-plan";
import {
  CODE_COLUMN,
  FIRST_SCORE_COLUMN,
  KIND_COLUMN,
  KIND_HEADER_ROW,
  MAX_COLUMN,
  NAME_COLUMN,
  RESPONSIBLE_COLUMN,
  STEP_COLUMN,
  UNIT_HEADER_ROW,
  type ScoringLayout,
} from "./scoring-layout";
import { COLUMN_KIND_LABELS, HEADER_LABELS } from "./sheet-labels";
import { heightForLines, textWidth, wrappedLines } from "./text-fit";

/** A unit's score column: room for a score, its header wraps a unit name onto a few lines. */
export const SCORE_COLUMN_WIDTH = 84;
/** A long unit name wraps onto at most this many lines; the header cell's input message shows it whole. */
export const UNIT_HEADER_MAX_LINES = 3;
/** The step column fits its longest list of allowed scores on one line, up to this width; longer ones wrap. */
const STEP_COLUMN_WIDTH = { min: 60, max: 120 };

/**
 * Column widths and header heights of a scoring sheet, so that what the user reads is not cut off:
 * the step column as wide as its longest list ("0; 0,5; 1; 1,5; 2"), the column headers as tall as
 * their longest label, and the unit names' row as tall as the longest name, but never more than
 * three lines: a very long name would make the header row 140 px tall and push the scores down
 * (issue 10, item 7). A name cut at three lines is shown whole when its header cell is selected:
 * comments and notes need ExcelApi 1.10 and 1.18, the manifest asks for 1.9, so the cell's input
 * message (data validation, which accepts anything there) carries it. The first score column's
 * formats are copied across the others after this (formatSheet), the header's alignment with them.
 */
export function fitScoringSheet(sheet: SheetPlan, layout: ScoringLayout, rows: readonly RubricRow[], language: Language): void {
  const steps = rows.map((row) => stepOrAllowedCell(row, language)).filter((step): step is string => typeof step === "string");
  const stepWidth = Math.min(STEP_COLUMN_WIDTH.max, Math.max(STEP_COLUMN_WIDTH.min, ...steps.map((step) => textWidth(step))));
  const widths = new Map<number, number>([
    [CODE_COLUMN, 44],
    [KIND_COLUMN, 64],
    [MAX_COLUMN, 44],
    [STEP_COLUMN, stepWidth],
    [NAME_COLUMN, 280],
    [RESPONSIBLE_COLUMN, 130],
  ]);
  for (const column of layout.scoreColumns) widths.set(column.column, SCORE_COLUMN_WIDTH);
  sheet.columnWidths = [...widths].map(([column, width]) => ({ column, width }));

  const header = HEADER_LABELS[language];
  const labels: [number, string][] = [
    [CODE_COLUMN, header.code],
    [KIND_COLUMN, header.kind],
    [MAX_COLUMN, header.max],
    [STEP_COLUMN, header.step],
    [NAME_COLUMN, header.name],
    [RESPONSIBLE_COLUMN, header.responsible],
    ...layout.scoreColumns.map((column): [number, string] => [column.column, COLUMN_KIND_LABELS[language][column.kind]]),
  ];
  const headerLines = Math.max(...labels.map(([column, label]) => wrappedLines(label, widths.get(column)!, "bold")));
  const unitLines = layout.scoreColumns.map((column) => wrappedLines(column.unit, SCORE_COLUMN_WIDTH, "bold"));
  sheet.rowHeights.push(
    { row: KIND_HEADER_ROW, rowCount: 1, height: heightForLines(headerLines) },
    { row: UNIT_HEADER_ROW, rowCount: 1, height: heightForLines(Math.min(UNIT_HEADER_MAX_LINES, Math.max(1, ...unitLines))) },
  );

  // A name cut at three lines shows its first three (a centred one would lose its first words).
  if (unitLines.some((lines) => lines > UNIT_HEADER_MAX_LINES)) {
    sheet.formats.push({ row: UNIT_HEADER_ROW, column: 0, rowCount: 1, columnCount: FIRST_SCORE_COLUMN + 1, verticalAlignment: "Top" });
  }
  layout.scoreColumns.forEach((column, index) => {
    if (unitLines[index] <= UNIT_HEADER_MAX_LINES) return;
    sheet.validations.push({
      row: UNIT_HEADER_ROW,
      column: column.column,
      rowCount: 1,
      columnCount: 1,
      rule: { kind: "custom", formula: "=TRUE" },
      promptTitle: language === "vi" ? "Đơn vị" : "Unit",
      prompt: column.unit.length <= 255 ? column.unit : `${column.unit.slice(0, 254)}…`,
      errorTitle: "",
      errorMessage: "",
      errorStyle: "stop",
    });
  });
}
