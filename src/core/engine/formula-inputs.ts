import { bilingual } from "../bilingual";
import { isError, type Finding } from "../findings";
import { readUnitScores, type UnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";
import { ScoringInputError } from "./scoring-error";

/**
 * The checks every PAR.* formula makes before computing: the rubric has no errors, the score column
 * matches it row for row, and every score is valid. The first problem becomes the formula's error.
 */
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
