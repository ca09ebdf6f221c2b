import type { Language } from "../bilingual";
import { stepOrAllowedCell } from "../rubric/score-list-text";
import { VALIDATION_LIMITS, clip } from "../rules/validation-limits";
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
import { ROW_KIND_LABELS } from "../rubric/row-kind";
import { COLUMN_KIND_LABELS, HEADER_LABELS, SUMMARY_LABELS } from "./sheet-labels";
import { heightForLines, textWidth, wrappedLines, type Weight } from "./text-fit";

/** A unit's score column: room for a score, its header wraps a unit name onto a few lines. */
export const SCORE_COLUMN_WIDTH = 84;
/** A long unit name wraps onto at most this many lines; the header cell's input message shows it whole. */
export const UNIT_HEADER_MAX_LINES = 3;
/** The step column fits its longest list of allowed scores on one line, up to this width; longer ones wrap. */
const STEP_COLUMN_WIDTH = { min: 60, max: 120 };
/** Criterion names wrap in the name column; the totals block's labels fit it on one line. */
const NAME_COLUMN_WIDTH = { min: 280, max: 360 };

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
  // Each rubric column as wide as its widest cell (parent rows are bold), within bounds.
  const widest = (texts: [string, Weight][], bounds: { min: number; max: number }) =>
    Math.min(bounds.max, Math.max(bounds.min, ...texts.map(([text, weight]) => textWidth(text, weight))));
  const weight = (row: RubricRow): Weight => (row.isLeaf ? "regular" : "bold");
  const steps = rows.flatMap((row): [string, Weight][] => {
    const step = stepOrAllowedCell(row, language);
    return typeof step === "string" ? [[step, "regular"]] : [];
  });
  // The totals block's labels sit in the name column, in bold, on one line.
  const summaryLabels = Object.values(SUMMARY_LABELS[language]).map((label): [string, Weight] => [label, "bold"]);
  const widths = new Map<number, number>([
    [
      CODE_COLUMN,
      widest(
        rows.map((row) => [row.code, weight(row)]),
        { min: 44, max: 80 },
      ),
    ],
    [
      KIND_COLUMN,
      widest(
        rows.map((row) => [ROW_KIND_LABELS[language][row.kind], weight(row)]),
        { min: 64, max: 110 },
      ),
    ],
    // Points show as "10,00": Excel shows #### in a number cell too narrow for it.
    [
      MAX_COLUMN,
      widest(
        rows.map((row) => [row.max.toFixed(2), weight(row)]),
        { min: 44, max: 80 },
      ),
    ],
    [STEP_COLUMN, widest(steps, STEP_COLUMN_WIDTH)],
    [NAME_COLUMN, widest(summaryLabels, NAME_COLUMN_WIDTH)],
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
      prompt: clip(column.unit, VALIDATION_LIMITS.prompt),
      errorTitle: "",
      errorMessage: "",
      errorStyle: "stop",
    });
  });
}
