/**
 * Where everything sits on a scoring sheet. The commands that read a sheet back (validate,
 * highlight, summary) use the same geometry, and check it still matches before writing anything.
 *
 *   row 1  title                      row 3  score column kind (Tự đánh giá / Thẩm định / Dự kiến)
 *   row 2  how to enter scores        row 4  unit name
 *   row 5… one row per rubric node: code, kind, max, step, name, responsible, then the score columns
 *   then a blank row and the summary rows (totals, index, grade, rank, projection, check, targets)
 */
export const TITLE_ROW = 0;
export const HELP_ROW = 1;
export const KIND_HEADER_ROW = 2;
export const UNIT_HEADER_ROW = 3;
export const FIRST_CRITERION_ROW = 4;

export const CODE_COLUMN = 0;
export const KIND_COLUMN = 1;
export const MAX_COLUMN = 2;
export const STEP_COLUMN = 3;
export const NAME_COLUMN = 4;
export const RESPONSIBLE_COLUMN = 5;
export const FIRST_SCORE_COLUMN = 6;

export const SUMMARY_ROWS = [
  "total",
  "applicableMax",
  "assessedMax",
  "lost",
  "percent",
  "grade",
  "rank",
  "projected",
  "check",
  "gap0",
  "targetKind",
  "targetValue",
  "targetPoints",
  "gap",
  "status",
] as const;
export type SummaryRow = (typeof SUMMARY_ROWS)[number];

/**
 * The summary rows that hold a formula in a score column; the others are inputs (the target) or
 * left empty. A projected column holds only its few projected cells, so its own total, applicable
 * max and lost points would be misleading figures: its index, grade and rank are those of the
 * projection merged with the unit's current scores (the "projected" row), and so are its target's
 * gap and status. A projected column with no current column beside it is all there is: its own
 * figures. The template writes these rows and Check reports one whose formula was typed over.
 */
export function summaryFormulaRows(layout: ScoringLayout, column: ScoreColumn): SummaryRow[] {
  const target: SummaryRow[] = ["targetPoints", "gap", "status"];
  return currentColumnOf(layout, column) !== undefined
    ? ["percent", "grade", "rank", "projected", "check", ...target]
    : ["total", "applicableMax", "assessedMax", "lost", "percent", "grade", "rank", "check", ...target];
}

/**
 * The column a projected column's projections are laid over: the unit's appraised scores when the
 * sheet has them, else its self-assessed ones; undefined for any other column.
 */
export function currentColumnOf(layout: ScoringLayout, column: ScoreColumn): ScoreColumn | undefined {
  if (column.kind !== "projected") return undefined;
  const ofUnit = (kind: ScoreColumnKind) => layout.scoreColumns.find((other) => other.unit === column.unit && other.kind === kind);
  return ofUnit("appraised") ?? ofUnit("self");
}

/** Target kinds as written in the sheet (a drop-down list) and status words: defined with the target rules. */
export { CLOSE_MARGIN, STATUS_WORDS } from "../rules/target";

export interface ScoreColumn {
  unit: string;
  kind: ScoreColumnKind;
  column: number;
}

export interface ScoringLayout {
  criterionCount: number;
  /** Score columns grouped by kind, then units in order: ranks compare a contiguous row. */
  scoreColumns: ScoreColumn[];
  lastColumn: number;
  summaryFirstRow: number;
}

/** Which scores a column holds: self-assessed, appraised (thẩm định), or projected to year end. */
export type ScoreColumnKind = "self" | "appraised" | "projected";

export const COLUMN_KINDS: readonly ScoreColumnKind[] = ["self", "appraised", "projected"];

export function scoringLayout(criterionCount: number, units: readonly string[], kinds: readonly ScoreColumnKind[]): ScoringLayout {
  const ordered = COLUMN_KINDS.filter((kind) => kinds.includes(kind));
  const scoreColumns = ordered.flatMap((kind, k) =>
    units.map((unit, u) => ({ unit, kind, column: FIRST_SCORE_COLUMN + k * units.length + u })),
  );
  return {
    criterionCount,
    scoreColumns,
    lastColumn: FIRST_SCORE_COLUMN + scoreColumns.length - 1,
    summaryFirstRow: FIRST_CRITERION_ROW + criterionCount + 1,
  };
}

export function summaryRow(layout: ScoringLayout, row: SummaryRow): number {
  return layout.summaryFirstRow + SUMMARY_ROWS.indexOf(row);
}

export function lastCriterionRow(layout: ScoringLayout): number {
  return FIRST_CRITERION_ROW + layout.criterionCount - 1;
}

/** The scoring sheet's record in the workbook's settings: a zod schema with a version (sheet-record.ts). */
export { REGISTRY_SETTING, readRegistry, type ScoringSheetRecord } from "./sheet-record";
