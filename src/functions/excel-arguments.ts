import { bilingual } from "../core/bilingual";
import { ScoringInputError } from "../core/engine/scoring-error";

/**
 * The one place where Excel's argument shapes become plain values. Range arguments arrive as 2-D
 * arrays (blank cells as null or ""), a single cell sometimes as a bare value, omitted optional
 * arguments as null.
 */
export type Matrix = readonly (readonly unknown[])[];

export function asMatrix(argument: unknown): Matrix {
  if (!Array.isArray(argument)) return [[argument]];
  // Excel hands over arrays of arrays already: use them as they are (this runs on every recalculation).
  for (let r = 0; r < argument.length; r++) {
    if (!Array.isArray(argument[r])) return argument.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return argument as Matrix;
}

/** A score column: one cell per rubric row. A row or a block is refused rather than guessed at. */
export function asColumn(argument: unknown, name: string): unknown[] {
  const matrix = asMatrix(argument);
  const column: unknown[] = new Array(matrix.length);
  for (let r = 0; r < matrix.length; r++) {
    if (matrix[r].length !== 1) return notAColumn(matrix, name);
    column[r] = matrix[r][0];
  }
  return column;
}

function notAColumn(matrix: Matrix, name: string): never {
  throw new ScoringInputError({
    code: "args.notAColumn",
    severity: "error",
    message: bilingual(
      `Đối số ${name} phải là một cột (đang có ${matrix[0]?.length ?? 0} cột); chọn một cột điểm cho mỗi đơn vị.`,
      `The ${name} argument must be one column (it has ${matrix[0]?.length ?? 0}); select one score column per unit.`,
    ),
  });
}

export function asOptionalColumn(argument: unknown, name: string): unknown[] | null {
  return argument === null || argument === undefined ? null : asColumn(argument, name);
}

/** Optional text arguments: null when omitted or blank. */
export function asOptionalText(argument: unknown): string | null {
  if (argument === null || argument === undefined) return null;
  if (Array.isArray(argument)) return asOptionalText(asMatrix(argument)[0]?.[0]);
  const text = String(argument).trim();
  return text === "" ? null : text;
}

/** A single value that may come as a 1×1 range. */
export function asScalar(argument: unknown): unknown {
  return Array.isArray(argument) ? asMatrix(argument)[0]?.[0] : argument;
}
