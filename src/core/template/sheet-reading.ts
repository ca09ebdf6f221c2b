import { buildRubricTable, type RubricTable } from "../table/rubric-table";
import {
  CODE_COLUMN,
  FIRST_CRITERION_ROW,
  NAME_COLUMN,
  RESPONSIBLE_COLUMN,
  STEP_COLUMN,
  summaryRow,
  type ScoreColumn,
  type ScoringLayout,
  type ScoringSheetRecord,
} from "./scoring-layout";
import { layoutOf, layoutProblem } from "./verify-layout";
import { TemplateError } from "./template-error";

type Values = readonly (readonly unknown[])[];

/**
 * A scoring sheet read back from its values: the rubric table from its own code/kind/max/step
 * columns (the same cells the formulas read), names and responsible departments, and each score
 * column's cells. Refuses a sheet whose layout was changed.
 */
export interface ScoringSheetData {
  record: ScoringSheetRecord;
  layout: ScoringLayout;
  table: RubricTable;
  names: string[];
  responsible: string[];
  values: Values;
}

export function readScoringSheet(record: ScoringSheetRecord, values: Values): ScoringSheetData {
  const problem = layoutProblem(record, values);
  if (problem) throw new TemplateError(problem);
  const layout = layoutOf(record);
  const rows = record.codes.map((_, i) => (values[FIRST_CRITERION_ROW + i] ?? []).slice(CODE_COLUMN, STEP_COLUMN + 1));
  return {
    record,
    layout,
    table: buildRubricTable(rows),
    names: record.codes.map((_, i) => String(values[FIRST_CRITERION_ROW + i]?.[NAME_COLUMN] ?? "")),
    responsible: record.codes.map((_, i) => String(values[FIRST_CRITERION_ROW + i]?.[RESPONSIBLE_COLUMN] ?? "")),
    values,
  };
}

export function columnCells(data: ScoringSheetData, column: ScoreColumn | number): unknown[] {
  const c = typeof column === "number" ? column : column.column;
  return data.record.codes.map((_, i) => normalizeBlank(data.values[FIRST_CRITERION_ROW + i]?.[c]));
}

export function summaryCell(data: ScoringSheetData, row: Parameters<typeof summaryRow>[1], column: ScoreColumn): unknown {
  return normalizeBlank(data.values[summaryRow(data.layout, row)]?.[column.column]);
}

/** Office.js reads an empty cell as ""; the scoring core treats "" and null alike, this keeps it tidy. */
function normalizeBlank(value: unknown): unknown {
  return value === undefined || value === "" ? null : value;
}
