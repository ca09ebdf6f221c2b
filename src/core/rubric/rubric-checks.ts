import { bilingual, type Bilingual } from "../bilingual";
import type { Finding, FindingCode, Severity } from "../findings";

/**
 * The one set of rubric checks. A rubric arrives three ways: a rubric file (JSON, bundled or
 * chosen by the user), rows typed on a sheet and imported by the pane (they become a rubric file),
 * and the rubric range every PAR.* formula reads. Each check is written once, in this folder, and has
 * one severity here. Where one way of reading must be softer, the exception is in `SOFTER` with its
 * reason; nothing else decides a severity.
 */
export type RubricPath = "file" | "range";

export type RubricCheckCode = Extract<FindingCode, `rubric.${string}`>;

const SEVERITY: Record<RubricCheckCode, Severity> = {
  "rubric.shape": "error",
  "rubric.empty": "error",
  "rubric.duplicateCode": "error",
  "rubric.invalidCode": "error",
  "rubric.codeTypedAsNumber": "error",
  "rubric.missingParent": "error",
  "rubric.order": "error",
  "rubric.invalidKind": "error",
  "rubric.kindDiffersFromGroup": "error",
  "rubric.invalidMax": "error",
  "rubric.invalidStep": "error",
  "rubric.stepDoesNotDivideMax": "error",
  "rubric.childrenSumMismatch": "error",
  "rubric.areasSumMismatch": "error",
  "rubric.ruleMismatch": "error",
  "rubric.parentHasRule": "error",
  "rubric.leafWithoutRule": "error",
  "rubric.bandsOrder": "error",
  "rubric.noBands": "error",
  "rubric.bandsWithoutZero": "warning",
};

/** A finding one path reads more softly ("off": not a finding there at all), and why. */
const SOFTER: Partial<Record<RubricCheckCode, { path: RubricPath; severity: Severity | "off"; why: string }>> = {
  "rubric.missingParent": {
    path: "range",
    severity: "off",
    why:
      "A formula's range may start below an area: a subtotal row reads only its own rows, so the " +
      "nearest code above a row within the range is its parent. A file or an imported sheet is a " +
      "whole rubric, where a missing parent is a mistake.",
  },
  "rubric.order": {
    path: "range",
    severity: "off",
    why:
      "The formulas find a row's parent by its code wherever it stands. Order matters only for " +
      "building a scoring sheet, which starts from a file or an imported sheet.",
  },
  "rubric.kindDiffersFromGroup": {
    path: "range",
    severity: "off",
    why:
      "In a range the kind column marks the top row of a bonus or penalty group and the rows " +
      "below take the group's kind, which is how provinces lay such groups out. A file spells out " +
      "every criterion's kind, so a different one there is a contradiction.",
  },
  "rubric.childrenSumMismatch": {
    path: "range",
    severity: "warning",
    why:
      "A range is edited one cell at a time: between changing a leaf's max and its parent's, an " +
      "error would turn every PAR.* formula of the workbook into #VALUE!. Totals are always summed " +
      "from the leaves, so they stay right; PAR.CHECK lists the mismatch until it is fixed. A file or " +
      "an imported sheet is refused, so no scoring sheet is ever built from it.",
  },
  "rubric.stepDoesNotDivideMax": {
    path: "range",
    severity: "warning",
    why:
      "Every score is still checked against the step, so no total is wrong; only the maximum " +
      "cannot be reached. PAR.CHECK lists it; a file or an imported sheet is refused.",
  },
  "rubric.ruleMismatch": {
    path: "range",
    severity: "warning",
    why:
      "Every score is still checked against the allowed list, so no total is wrong; a list that " +
      "does not reach the max only makes the max unreachable. PAR.CHECK lists it; a file is refused.",
  },
  "rubric.parentHasRule": {
    path: "range",
    severity: "warning",
    why:
      "The formulas never read a parent row's step or allowed scores (a parent is the sum of its " +
      "leaves), so the totals stay right; PAR.CHECK still lists it so it can be removed.",
  },
};

export function severityOf(code: RubricCheckCode, path: RubricPath): Severity | "off" {
  const softer = SOFTER[code];
  return softer !== undefined && softer.path === path ? softer.severity : SEVERITY[code];
}

/** Where in the rubric: a criterion code, a field of a file ("criteria[3].max"), a row of a range. */
export interface RubricPlace {
  criterion?: string;
  path?: string;
  row?: number;
}

/**
 * A finding of the check set: the message starts with the criterion (or field, or row) it concerns.
 * Returns nothing when the path does not report this check.
 */
export function rubricCheckFinding(code: RubricCheckCode, path: RubricPath, place: RubricPlace, message: Bilingual): Finding | undefined {
  const severity = severityOf(code, path);
  if (severity === "off") return undefined;
  const where = place.criterion
    ? bilingual(`Tiêu chí ${place.criterion}`, `Criterion ${place.criterion}`)
    : place.row !== undefined
      ? bilingual(`Dòng ${place.row + 1}`, `Row ${place.row + 1}`)
      : bilingual(`Trường ${place.path || "(gốc)"}`, `Field ${place.path || "(root)"}`);
  return {
    code,
    severity,
    message: bilingual(`${where.vi}: ${message.vi}`, `${where.en}: ${message.en}`),
    ...(place.criterion !== undefined ? { criterion: place.criterion } : {}),
    ...(place.path !== undefined ? { path: place.path } : {}),
    ...(place.row !== undefined ? { row: place.row } : {}),
  };
}

/** Collects the findings of one rubric for one path. */
export class RubricFindings {
  readonly list: Finding[] = [];

  constructor(readonly path: RubricPath) {}

  add(code: RubricCheckCode, place: RubricPlace, message: Bilingual): void {
    const finding = rubricCheckFinding(code, this.path, place, message);
    if (finding) this.list.push(finding);
  }
}
