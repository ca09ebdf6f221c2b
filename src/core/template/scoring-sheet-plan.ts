import type { Language } from "../bilingual";
import { formatNumber } from "../number-text";
import { scoreErrorMessage, scorePromptMessage } from "../rubric/score-entry-hint";
import { VALIDATION_LIMITS, clip } from "../rules/validation-limits";
import { stepOrAllowedCell } from "../rubric/score-list-text";
import { ROW_KIND_LABELS } from "../rubric/row-kind";
import { rubricRows, type RubricRow } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import { cellRef, formulaString } from "../plan/a1";
import { emptySheetPlan, formula, inputText, text, type PlannedCell, type SheetPlan } from "../plan/workbook-plan";
import {
  CODE_COLUMN,
  FIRST_CRITERION_ROW,
  FIRST_SCORE_COLUMN,
  HELP_ROW,
  KIND_HEADER_ROW,
  MAX_COLUMN,
  NAME_COLUMN,
  STEP_COLUMN,
  SUMMARY_ROWS,
  TITLE_ROW,
  UNIT_HEADER_ROW,
  currentColumnOf,
  scoringLayout,
  summaryFormulaRows,
  summaryRow,
  type ScoreColumn,
  type ScoreColumnKind,
  type ScoringLayout,
  type SummaryRow,
} from "./scoring-layout";
import { COLUMN_KIND_LABELS, HEADER_LABELS, HELP_TEXT, SUMMARY_LABELS } from "./sheet-labels";
import { SHEET_STYLE } from "./sheet-style";
import { fitScoringSheet } from "./scoring-sheet-fit";
import { isDescendantCode } from "../rubric/codes";
import { gradeFormula, notApplicableFormula, nothingScoredFormula, rankFormula, scoreInRangeFormula, type BandCells } from "../rules";
import { gapFormula, statusFormula, targetPointsFormula, type TargetCells } from "../rules/target";
import { TARGET_KIND_WORDS, targetKindChoices, targetKindWord, type TargetKind } from "../rules/target-kind";

export interface TargetSpec {
  kind: "grade" | "points" | "rank";
  value: string | number;
}

export interface ScoringSheetInput {
  rubric: Rubric;
  units: readonly string[];
  columns: readonly ScoreColumnKind[];
  target?: TargetSpec;
  sheetName: string;
  rubricName: string;
  bandsName: string;
  /**
   * The cells `bandsName` names, band by band (label and minimum, highest first), as references
   * ("'Bộ tiêu chí'!$K$5"): the native grade formula reads them one by one. Excel updates these
   * references when the rubric sheet is renamed, as it does the name's.
   */
  bands: readonly BandCells[];
  /** Scores (and targets) to write into the new sheet, by `carryKey`. */
  carried?: ReadonlyMap<string, unknown>;
  /** Rewriting a sheet made earlier with the same layout: every input cell is left as it is. */
  inPlace: boolean;
  /** The language of the sheet's labels and messages (the pane's); Vietnamese by default. */
  language?: Language;
}

/** Key of a carried value: the same unit, column kind and criterion code (or target field). */
export function carryKey(unit: string, kind: ScoreColumnKind, code: string): string {
  return `${unit}\u0000${kind}\u0000${code}`;
}

export const TARGET_KIND_CODE = "#targetKind";
export const TARGET_VALUE_CODE = "#targetValue";

export function planScoringSheet(input: ScoringSheetInput): { sheet: SheetPlan; layout: ScoringLayout; rows: RubricRow[] } {
  const rows = rubricRows(input.rubric);
  const layout = scoringLayout(rows.length, input.units, input.columns);
  const language = input.language ?? "vi";
  const sheet = emptySheetPlan(input.sheetName, !input.inPlace);
  sheet.tabColor = SHEET_STYLE.scoringTab;

  const title = language === "en" ? (input.rubric.title.en ?? input.rubric.title.vi) : input.rubric.title.vi;
  sheet.blocks.push({
    row: TITLE_ROW,
    column: 0,
    // "… năm 2025 (minh họa) — 2025" said the year twice: a title that names its year is not followed by it.
    cells: [[text(`${title}${title.includes(String(input.rubric.year)) ? "" : ` — ${input.rubric.year}`} (v${input.rubric.version})`)]],
  });
  sheet.blocks.push({ row: HELP_ROW, column: 0, cells: [[text(HELP_TEXT[language])]] });
  sheet.blocks.push({ row: KIND_HEADER_ROW, column: 0, cells: [headerRow(layout, "kind", language)] });
  sheet.blocks.push({ row: UNIT_HEADER_ROW, column: 0, cells: [headerRow(layout, "unit", language)] });
  sheet.blocks.push({ row: FIRST_CRITERION_ROW, column: 0, cells: rows.map((row) => rubricCells(row, language)) });
  sheet.blocks.push({ row: layout.summaryFirstRow, column: 0, cells: SUMMARY_ROWS.map((name) => summaryLabelCells(name, language)) });
  for (const group of kindGroups(layout)) planKindGroup(sheet, group, rows, layout, input);

  formatSheet(sheet, layout, rows);
  validateInputs(sheet, layout, rows, language);
  fitScoringSheet(sheet, layout, rows, language);
  sheet.freeze = { rows: UNIT_HEADER_ROW + 1, columns: NAME_COLUMN + 1 };
  sheet.protect = true;
  return { sheet, layout, rows };
}

function headerRow(layout: ScoringLayout, which: "kind" | "unit", language: Language): PlannedCell[] {
  const header = HEADER_LABELS[language];
  const labels =
    which === "kind" ? [header.code, header.kind, header.max, header.step, header.name, header.responsible] : ["", "", "", "", "", ""];
  const scores = layout.scoreColumns.map((column) => (which === "kind" ? COLUMN_KIND_LABELS[language][column.kind] : column.unit));
  return [...labels, ...scores].map((label) => (label === "" ? null : text(label)));
}

function rubricCells(row: RubricRow, language: Language): PlannedCell[] {
  const step = stepOrAllowedCell(row, language);
  return [
    text(row.code),
    text(ROW_KIND_LABELS[language][row.kind]),
    row.max,
    step === null ? null : typeof step === "number" ? step : text(step),
    text(row.criterion.name.vi),
    row.criterion.responsible ? text(row.criterion.responsible) : null,
  ];
}

function summaryLabelCells(name: SummaryRow, language: Language): PlannedCell[] {
  const label = SUMMARY_LABELS[language][name];
  return [null, null, null, null, label ? text(label) : null, null];
}

/** Score columns of one kind, side by side: the units' columns that copy each other's formulas. */
function kindGroups(layout: ScoringLayout): ScoreColumn[][] {
  const groups = new Map<ScoreColumnKind, ScoreColumn[]>();
  for (const column of layout.scoreColumns) groups.set(column.kind, [...(groups.get(column.kind) ?? []), column]);
  return [...groups.values()];
}

/**
 * The first unit's column of a kind is written in full (subtotal and summary formulas); the others
 * receive their own entered values only, and the formulas by copying the first column across, so
 * what is sent to Excel does not grow with the number of units.
 */
function planKindGroup(sheet: SheetPlan, group: ScoreColumn[], rows: RubricRow[], layout: ScoringLayout, input: ScoringSheetInput): void {
  const [first, ...rest] = group;
  sheet.blocks.push({
    row: FIRST_CRITERION_ROW,
    column: first.column,
    cells: rows.map((row, i) => [
      row.isLeaf ? (input.inPlace ? null : carried(input, first, row.code)) : subtotalFormula(rows, i, first, layout, input),
    ]),
  });
  sheet.blocks.push({
    row: layout.summaryFirstRow,
    column: first.column,
    cells: SUMMARY_ROWS.map((name) => [summaryFormula(name, first, layout, input)]),
  });
  if (rest.length === 0) return;
  for (const column of rest) {
    if (input.inPlace) continue;
    const cells = rows.map((row): PlannedCell[] => [row.isLeaf ? carried(input, column, row.code) : null]);
    if (cells.some(([cell]) => cell !== null)) sheet.blocks.push({ row: FIRST_CRITERION_ROW, column: column.column, cells });
  }
  const across = (row: number, rowCount: number) =>
    sheet.copies.push({
      what: "formulas",
      source: { row, column: first.column, rowCount, columnCount: 1 },
      target: { row, column: rest[0].column, rowCount, columnCount: rest.length },
    });
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].isLeaf) continue;
    let end = i;
    while (end + 1 < rows.length && !rows[end + 1].isLeaf) end++;
    across(FIRST_CRITERION_ROW + i, end - i + 1);
    i = end;
  }
  const targetKind = summaryRow(layout, "targetKind");
  const targetValue = summaryRow(layout, "targetValue");
  across(layout.summaryFirstRow, targetKind - layout.summaryFirstRow);
  across(targetValue + 1, summaryRow(layout, "status") - targetValue);
  if (!input.inPlace) {
    sheet.blocks.push({
      row: targetKind,
      column: rest[0].column,
      cells: [
        rest.map((column) => summaryFormula("targetKind", column, layout, input)),
        rest.map((column) => summaryFormula("targetValue", column, layout, input)),
      ],
    });
  }
}

/**
 * A parent row's subtotal. On the scale it reads only its own rows: the node and the rows below it,
 * when they follow it in one block (as in every bundled rubric). Excel hands every custom function its ranges anew: with
 * every parent row reading the whole rubric and score column, a full recalculation sent 12 600 cells
 * per unit column for the bundled commune rubric (47 500 for a 200-row one); their own rows are
 * 1 600 (1 900). The result is the same sum of the node's assessed leaves. Inside a bonus or penalty
 * group the caps come from the group's top row, and a subtree split across the rubric has no one
 * block: those rows keep reading the whole rubric.
 */
function subtotalFormula(
  rows: RubricRow[],
  index: number,
  column: ScoreColumn,
  layout: ScoringLayout,
  input: ScoringSheetInput,
): PlannedCell {
  const row = rows[index];
  const code = formulaString(row.code);
  let last = index;
  while (last + 1 < rows.length && isDescendantCode(rows[last + 1].code, row.code)) last++;
  // A rubric file needs each parent before its children, not each subtree in one block.
  const scattered = rows.some((other, at) => (at < index || at > last) && isDescendantCode(other.code, row.code));
  if (scattered || inBonusOrPenalty(rows, index)) {
    return formula(`=PAR.AREA(${scoreRangeRef(layout, column.column)},${input.rubricName},${code})`);
  }
  const top = FIRST_CRITERION_ROW + index;
  const bottom = FIRST_CRITERION_ROW + last;
  const scores = `${cellRef(top, column.column, { row: true })}:${cellRef(bottom, column.column, { row: true })}`;
  const rubric = `${cellRef(top, CODE_COLUMN, { row: true, column: true })}:${cellRef(bottom, STEP_COLUMN, { row: true, column: true })}`;
  return formula(`=PAR.AREA(${scores},${rubric},${code})`);
}

function inBonusOrPenalty(rows: RubricRow[], index: number): boolean {
  const node = rows[index];
  return rows.some((row) => (row.kind === "bonus" || row.kind === "penalty") && (row === node || isDescendantCode(node.code, row.code)));
}

/** A unit's score column over the criterion rows, rows fixed ("G$5:G$154"). */
function scoreRangeRef(layout: ScoringLayout, column: number): string {
  const first = cellRef(FIRST_CRITERION_ROW, column, { row: true });
  return `${first}:${cellRef(FIRST_CRITERION_ROW + layout.criterionCount - 1, column, { row: true })}`;
}

function carried(input: ScoringSheetInput, column: ScoreColumn, code: string): PlannedCell {
  const value = input.carried?.get(carryKey(column.unit, column.kind, code));
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") return value;
  return text(String(value));
}

function summaryFormula(name: SummaryRow, column: ScoreColumn, layout: ScoringLayout, input: ScoringSheetInput): PlannedCell {
  const c = column.column;
  const at = (row: SummaryRow, of: ScoreColumn = column) => cellRef(summaryRow(layout, row), of.column);
  const scores = scoreRangeRef(layout, c);
  const rubric = input.rubricName;
  // A projected column's figures are those of the projection merged with the current scores.
  const current = currentColumnOf(layout, column);
  const sameKind = layout.scoreColumns.filter((other) => other.kind === column.kind).map((other) => other.column);
  const targetCells = (): TargetCells => ({
    kind: at("targetKind"),
    value: at("targetValue"),
    applicableMax: at("applicableMax", current),
    rank: at("rank"),
    targetPoints: at("targetPoints"),
    gap: at("gap"),
    bands: input.bandsName,
    total: at(current ? "projected" : "total"),
  });
  if (name === "targetKind" || name === "targetValue") return targetInput(name, column, input);
  if (!summaryFormulaRows(layout, column).includes(name)) return null;
  switch (name) {
    case "total":
      return formula(`=IF(${nothingScoredFormula(scores)},"",PAR.TOTAL(${scores},${rubric}))`);
    case "applicableMax":
      return formula(`=PAR.MAX(${rubric},${scores},"applicable")`);
    case "assessedMax":
      return formula(`=PAR.MAX(${rubric},${scores},"assessed")`);
    case "lost":
      return formula(`=IF(${nothingScoredFormula(scores)},"",PAR.LOST(${scores},${rubric}))`);
    // Nothing applicable or an invalid score leaves the index empty (the total row shows the error and
    // its message; the check row lists every problem): the ranks read this row, and Excel's RANK.EQ
    // turns one error in its list into an error in every rank.
    case "percent":
      if (current) return formula(`=IF(ISNUMBER(${at("projected")}),IFERROR(${at("projected")}/${at("applicableMax", current)},""),"")`);
      return formula(`=IF(${nothingScoredFormula(scores)},"",IFERROR(PAR.PERCENT(${scores},${rubric}),""))`);
    // Grade and rank are native formulas generated from core/rules (tested equal to PAR.GRADE and the
    // meeting report's ranking): with PAR.RANK every unit's rank read every unit's index, so one
    // edited score sent all of them to every rank formula, units² cells per edit.
    case "grade":
      return formula(`=${gradeFormula(at("percent"), input.bands)}`);
    case "rank": {
      const row = summaryRow(layout, "percent");
      const all = `${cellRef(row, Math.min(...sameKind), { row: true, column: true })}:${cellRef(row, Math.max(...sameKind), { row: true, column: true })}`;
      return formula(`=${rankFormula(at("percent"), all)}`);
    }
    // Blank is not zero: nothing scored and nothing projected yet is no projection at all.
    case "projected": {
      const base = scoreRangeRef(layout, current!.column);
      return formula(`=IF(AND(${nothingScoredFormula(base)},${nothingScoredFormula(scores)}),"",PAR.PROJECT(${base},${scores},${rubric}))`);
    }
    case "check":
      // Its message in the sheet's language (Vietnamese is PAR.CHECK's default).
      return formula(`=PAR.CHECK(${scores},${rubric}${input.language === "en" ? ',"en"' : ""})`);
    case "targetPoints":
      return formula(`=${targetPointsFormula(targetCells())}`);
    case "gap":
      return formula(`=${gapFormula(targetCells())}`);
    case "status":
      return formula(`=${statusFormula(targetCells(), input.language)}`);
    default:
      return null;
  }
}

/** A target kind or value cell: what was there before (carried), else the pane's target, in the sheet's words. */
function targetInput(name: "targetKind" | "targetValue", column: ScoreColumn, input: ScoringSheetInput): PlannedCell {
  if (input.inPlace) return null;
  if (name === "targetKind") {
    const word = input.target ? inputText(targetKindWord(input.target.kind, input.language ?? "vi")) : null;
    return carriedOr(input, column, TARGET_KIND_CODE, word);
  }
  const fallback =
    input.target === undefined ? null : typeof input.target.value === "number" ? input.target.value : inputText(input.target.value);
  return carriedOr(input, column, TARGET_VALUE_CODE, fallback);
}

function carriedOr(input: ScoringSheetInput, column: ScoreColumn, code: string, fallback: PlannedCell): PlannedCell {
  const value = input.carried?.get(carryKey(column.unit, column.kind, code));
  if (value === undefined || value === null || value === "") return fallback;
  return typeof value === "number" ? value : inputText(String(value));
}

function formatSheet(sheet: SheetPlan, layout: ScoringLayout, rows: RubricRow[]): void {
  const n = layout.criterionCount;
  const scoreCount = layout.scoreColumns.length;
  const summaryCount = SUMMARY_ROWS.length;
  const style = SHEET_STYLE;
  sheet.formats.push(
    { row: TITLE_ROW, column: 0, rowCount: 1, columnCount: 1, bold: true, fontColor: style.title },
    { row: HELP_ROW, column: 0, rowCount: 1, columnCount: 1, italic: true },
    {
      row: KIND_HEADER_ROW,
      column: 0,
      rowCount: 2,
      columnCount: FIRST_SCORE_COLUMN + 1,
      bold: true,
      fill: style.header,
      wrap: true,
      numberFormat: "@",
      verticalAlignment: "Center",
    },
    // Text columns hold text whatever it looks like ("1.10" stays a code, "=x" stays a name).
    { row: FIRST_CRITERION_ROW, column: CODE_COLUMN, rowCount: n, columnCount: 2, numberFormat: "@" },
    { row: FIRST_CRITERION_ROW, column: NAME_COLUMN, rowCount: n, columnCount: 2, numberFormat: "@", wrap: true },
    { row: FIRST_CRITERION_ROW, column: MAX_COLUMN, rowCount: n, columnCount: 1, numberFormat: style.points },
    // A list of allowed scores longer than the column wraps at its spaces instead of being cut off.
    {
      row: FIRST_CRITERION_ROW,
      column: STEP_COLUMN,
      rowCount: n,
      columnCount: 1,
      numberFormat: "@",
      horizontalAlignment: "Right",
      wrap: true,
    },
    // Score inputs: editable on the protected sheet; parent rows below put their subtotals back to locked.
    // Only the first score column is formatted here; the others copy it (see the end).
    {
      row: FIRST_CRITERION_ROW,
      column: FIRST_SCORE_COLUMN,
      rowCount: n,
      columnCount: 1,
      numberFormat: style.points,
      fill: style.input,
      locked: false,
    },
  );
  rows.forEach((row, index) => {
    if (row.isLeaf) return;
    sheet.formats.push({
      row: FIRST_CRITERION_ROW + index,
      column: 0,
      rowCount: 1,
      columnCount: FIRST_SCORE_COLUMN + 1,
      bold: true,
      fill: row.depth === 1 ? style.area : style.criterion,
    });
    sheet.formats.push({ row: FIRST_CRITERION_ROW + index, column: FIRST_SCORE_COLUMN, rowCount: 1, columnCount: 1, locked: true });
  });
  const summaryTop = layout.summaryFirstRow;
  sheet.formats.push(
    { row: summaryTop, column: NAME_COLUMN, rowCount: summaryCount, columnCount: 1, bold: true, numberFormat: "@" },
    {
      row: summaryTop,
      column: FIRST_SCORE_COLUMN,
      rowCount: summaryCount,
      columnCount: 1,
      numberFormat: style.points,
      fill: style.summary,
    },
    { row: summaryRow(layout, "percent"), column: FIRST_SCORE_COLUMN, rowCount: 1, columnCount: 1, numberFormat: "0.00%" },
    // Rows holding formulas must not be text-formatted ("@"), or Excel would store the formulas as text.
    {
      row: summaryRow(layout, "grade"),
      column: FIRST_SCORE_COLUMN,
      rowCount: 1,
      columnCount: 1,
      numberFormat: "General",
      horizontalAlignment: "Center",
    },
    {
      row: summaryRow(layout, "rank"),
      column: FIRST_SCORE_COLUMN,
      rowCount: 1,
      columnCount: 1,
      numberFormat: "0",
      horizontalAlignment: "Center",
    },
    { row: summaryRow(layout, "check"), column: FIRST_SCORE_COLUMN, rowCount: 1, columnCount: 1, wrap: true, numberFormat: "General" },
    { row: summaryRow(layout, "gap0"), column: FIRST_SCORE_COLUMN, rowCount: 1, columnCount: 1, fill: style.none },
    {
      row: summaryRow(layout, "targetKind"),
      column: FIRST_SCORE_COLUMN,
      rowCount: 2,
      columnCount: 1,
      fill: style.input,
      locked: false,
      numberFormat: "General",
    },
    {
      row: summaryRow(layout, "status"),
      column: FIRST_SCORE_COLUMN,
      rowCount: 1,
      columnCount: 1,
      numberFormat: "General",
      horizontalAlignment: "Center",
    },
  );
  if (scoreCount > 1) {
    const lastRow = summaryRow(layout, "status");
    sheet.copies.push({
      what: "formats",
      source: { row: KIND_HEADER_ROW, column: FIRST_SCORE_COLUMN, rowCount: lastRow - KIND_HEADER_ROW + 1, columnCount: 1 },
      target: {
        row: KIND_HEADER_ROW,
        column: FIRST_SCORE_COLUMN + 1,
        rowCount: lastRow - KIND_HEADER_ROW + 1,
        columnCount: scoreCount - 1,
      },
    });
  }
}

function validateInputs(sheet: SheetPlan, layout: ScoringLayout, rows: RubricRow[], language: Language): void {
  const scoreCount = layout.scoreColumns.length;
  const vi = language === "vi";
  const n = (value: number) => formatNumber(value, language);
  rows.forEach((row, index) => {
    if (!row.isLeaf) return;
    const r = FIRST_CRITERION_ROW + index;
    const cell = cellRef(r, FIRST_SCORE_COLUMN);
    const max = cellRef(r, MAX_COLUMN, { column: true });
    sheet.validations.push({
      row: r,
      column: FIRST_SCORE_COLUMN,
      rowCount: 1,
      columnCount: scoreCount,
      // Every word the formulas accept for "not applicable", generated from the same list (core/rules).
      rule: { kind: "custom", formula: `=OR(${scoreInRangeFormula(cell, max)},${notApplicableFormula(cell)})` },
      promptTitle: clip(
        vi ? `Tiêu chí ${row.code} (tối đa ${n(row.max)})` : `Criterion ${row.code} (max ${n(row.max)})`,
        VALIDATION_LIMITS.title,
      ),
      prompt: scorePromptMessage(
        row.criterion,
        language,
        vi ? ". Để trống nếu chưa chấm; N/A nếu không áp dụng." : ". Leave blank if not assessed yet; N/A if not applicable.",
      ),
      // "Điểm 5 không hợp lệ" would read as "the score 5 is not valid": name the criterion as such.
      errorTitle: clip(vi ? `Tiêu chí ${row.code}: điểm không hợp lệ` : `Criterion ${row.code}: invalid score`, VALIDATION_LIMITS.title),
      errorMessage: scoreErrorMessage(row.criterion, language, vi ? ", hoặc N/A." : ", or N/A."),
      errorStyle: "stop",
    });
  });
  // Every score column has a target, the projected one too (its gap and status are the projection's).
  const choices = targetKindChoices(language);
  const words = (kind: TargetKind) => TARGET_KIND_WORDS[language][kind].join(vi ? " hoặc " : " or ");
  sheet.validations.push({
    row: summaryRow(layout, "targetKind"),
    column: FIRST_SCORE_COLUMN,
    rowCount: 1,
    columnCount: scoreCount,
    rule: { kind: "list", source: choices.join(",") },
    promptTitle: vi ? "Loại mục tiêu" : "Target kind",
    prompt: vi
      ? `${words("grade")} (mục tiêu ví dụ Tốt), ${words("points")} (ví dụ 85) hoặc ${words("rank")} (ví dụ 3).`
      : `${words("grade")} (target such as Tốt), ${words("points")} (such as 85) or ${words("rank")} (such as 3).`,
    errorTitle: vi ? "Loại mục tiêu không hợp lệ" : "Invalid target kind",
    errorMessage: vi ? `Chọn trong danh sách: ${choices.join(", ")}.` : `Choose from the list: ${choices.join(", ")}.`,
    errorStyle: "stop",
  });
}
