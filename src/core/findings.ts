import type { Bilingual } from "./bilingual";

export type Severity = "error" | "warning";

/**
 * Every problem found in a rubric or in scores is data: a stable code for programs, the criterion it
 * concerns, and a message in both languages that says what is wrong and how to fix it. The task pane,
 * the Validate list and PAR.CHECK all render these same findings.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: Bilingual;
  /** Criterion code the finding is about ("1.2.3"), when there is one. */
  criterion?: string;
  /** 0-based row within the rubric/scores range. */
  row?: number;
  /** Field of a rubric file ("criteria[3].max"), for rubric files. */
  path?: string;
  /** The number a text cell means, when it can be converted in one click... */
  suggestedValue?: number;
  /** ...and the text it held, so the conversion only touches cells that still hold it. */
  cellText?: string;
}

export type FindingCode =
  // a unit's target typed in the scoring sheet
  | "target.invalid"
  // rubric structure
  | "rubric.shape"
  | "rubric.duplicateCode"
  | "rubric.invalidCode"
  | "rubric.codeTypedAsNumber"
  | "rubric.missingParent"
  | "rubric.order"
  | "rubric.invalidMax"
  | "rubric.invalidKind"
  | "rubric.kindDiffersFromGroup"
  | "rubric.invalidStep"
  | "rubric.stepDoesNotDivideMax"
  | "rubric.childrenSumMismatch"
  | "rubric.areasSumMismatch"
  | "rubric.ruleMismatch"
  | "rubric.parentHasRule"
  | "rubric.leafWithoutRule"
  | "rubric.bandsOrder"
  | "rubric.bandsWithoutZero"
  | "rubric.noBands"
  | "rubric.empty"
  // arguments
  | "args.rowCountMismatch"
  | "args.notAColumn"
  | "args.invalidTarget"
  | "args.invalidBands"
  | "args.invalidValue"
  | "args.unknownCode"
  | "args.invalidBasis"
  | "args.invalidCount"
  // scores
  | "score.aboveMax"
  | "score.negative"
  | "score.offStep"
  | "score.notAllowed"
  | "score.tooPrecise"
  | "score.tooLarge"
  | "score.notFinite"
  | "score.textNumber"
  | "score.ambiguousNumber"
  | "score.text"
  | "score.boolean"
  | "score.errorValue"
  | "score.onParentRow"
  | "score.onBlankRow"
  | "score.nothingAssessed"
  // totals and evidence
  | "total.mismatch"
  | "formula.typedOver"
  // plan to target
  | "plan.targetMet"
  | "plan.nothingRecoverable";

export function isError(finding: Finding): boolean {
  return finding.severity === "error";
}
