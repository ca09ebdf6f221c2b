import { bilingual } from "../bilingual";
import { isError, type Finding } from "../findings";
import { readUnitScores, type UnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";
import { ScoringInputError } from "./scoring-error";

/**
 * The checks every PAR.* formula makes before computing: the rubric has no errors, the score column
 * matches it row for row, and every score is valid. The first problem becomes the formula's error.
 */
/**
 * A range argument's rows as handed over: arrays of cells from Excel; from a script calling a
 * function directly, possibly bare cells, each read as a one-cell row.
 */
export type Range = readonly unknown[];
export type Rows = readonly (readonly unknown[])[];

export function rowsOf(range: Range): Rows {
  for (let r = 0; r < range.length; r++) {
    if (!Array.isArray(range[r])) return range.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return range as Rows;
}

/** A score argument's cells: one per row of a one-column block. A row or a block is refused rather than guessed at. */
export function columnOf(range: Range, name: string): unknown[] {
  const rows = rowsOf(range);
  const column: unknown[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length !== 1) return notAColumn(rows, name);
    column[r] = rows[r][0];
  }
  return column;
}

function notAColumn(argument: Rows, name: string): never {
  throw new ScoringInputError({
    code: "args.notAColumn",
    severity: "error",
    message: bilingual(
      `Đối số ${name} phải là một cột (đang có ${argument[0]?.length ?? 0} cột); chọn một cột điểm cho mỗi đơn vị.`,
      `The ${name} argument must be one column (it has ${argument[0]?.length ?? 0}); select one score column per unit.`,
    ),
  });
}

export function requireUsableRubric(table: RubricTable): RubricTable {
  const errors = table.findings.filter(isError);
  if (errors.length > 0) throw new ScoringInputError(errors[0], errors.length);
  if (table.leaves.length === 0) {
    throw new ScoringInputError({
      code: "rubric.empty",
      severity: "error",
      message: bilingual(
        "Vùng bộ tiêu chí không có tiêu chí nào; chọn các cột mã, loại, điểm tối đa.",
        "The rubric range has no criteria; select the code, kind and max columns.",
      ),
    });
  }
  return table;
}

export function requireMatchingRows(table: RubricTable, cells: readonly unknown[], argument: string): void {
  if (cells.length === table.rowCount) return;
  throw new ScoringInputError({
    code: "args.rowCountMismatch",
    severity: "error",
    message: bilingual(
      `Cột ${argumentVi(argument)} có ${cells.length} dòng nhưng bộ tiêu chí có ${table.rowCount} dòng; chọn hai vùng cùng số dòng, bắt đầu cùng một dòng.`,
      `The ${argument} column has ${cells.length} rows but the rubric has ${table.rowCount}; select two ranges with the same rows.`,
    ),
  });
}

/** Reads a score column for a formula; any invalid cell is an error that names its criterion. */
export function requireValidScores(table: RubricTable, cells: readonly unknown[], argument = "scores"): UnitScores {
  requireMatchingRows(table, cells, argument);
  const scores = readUnitScores(table, cells);
  if (scores.findings.length === 0) return scores;
  const errors = scores.findings.filter(isError);
  if (errors.length > 0) throw new ScoringInputError(labelPlanned(errors[0], argument), errors.length);
  return scores;
}

function labelPlanned(finding: Finding, argument: string): Finding {
  if (argument !== "planned") return finding;
  return {
    ...finding,
    message: bilingual(`Cột dự kiến: ${finding.message.vi}`, `Planned column: ${finding.message.en}`),
  };
}

function argumentVi(argument: string): string {
  return argument === "planned" ? "điểm dự kiến" : argument === "current" ? "điểm hiện tại" : "điểm";
}
