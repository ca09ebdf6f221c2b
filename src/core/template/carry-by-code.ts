import type { Bilingual } from "../bilingual";
import { readUnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";

/** Why a score typed under one rubric version finds no place under another. */
export type CodeCarryProblem = "codeRemoved" | "notValidUnderNewRubric";

export type CodeCarry = { carried: true } | { carried: false; reason: CodeCarryProblem; detail?: Bilingual };

/**
 * The one rule by which a score moves from one version of a rubric to another: by its code. It goes
 * to the same code when that code is still a criterion to score (a leaf) and the new rubric accepts
 * the number there (its maximum, step or levels); otherwise it has no place, and says why (`detail`:
 * the new rubric's own message). Text is carried as typed: the new rubric's checks report it where
 * it lands. The scoring sheet's template upgrade and collecting a form of an older version both use it.
 */
export function carryByCode(table: RubricTable, code: string, value: unknown): CodeCarry {
  const node = table.byCode.get(code);
  if (node === undefined || !table.nodes[node].isLeaf) return { carried: false, reason: "codeRemoved" };
  if (typeof value === "number") {
    // Cells past the end of a column are blank: only the rows up to this leaf are needed.
    const cells: unknown[] = new Array<unknown>(table.nodes[node].row + 1).fill(null);
    cells[table.nodes[node].row] = value;
    const problem = readUnitScores(table, cells).findings.find((finding) => finding.severity === "error");
    if (problem) return { carried: false, reason: "notValidUnderNewRubric", detail: problem.message };
  }
  return { carried: true };
}
