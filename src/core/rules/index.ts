/**
 * Every scoring rule, defined once. Where a rule must also live in the workbook as Excel formula
 * text (data validation, conditional formats, target and status rows, native rank and grade, the
 * forms' formulas), the text is generated here from the same definition, and test/core/rules holds
 * each generated formula equal to the TypeScript rule over random cells.
 */
export { isBlankCell, blankFormula, nothingScoredFormula } from "./blank";
export { NOT_APPLICABLE_WORDS, isNotApplicableText, notApplicableFormula, notApplicableSheetSpellings } from "./not-applicable";
export { leafFlags, leafFormula } from "./leaf";
export {
  scoreInRangeFormula,
  validNumberFormula,
  validScoreFormula,
  type LeafScoreRule,
  type Operand,
  type ScoreRuleOperands,
} from "./score";
export { cappedSum, lostMicro, unitTotalMicro, type CapNode } from "./totals";
export { gradeOf, gradeFormula, type Band, type BandCells } from "./grade";
export { rankAll, rankOf, rankFormula } from "./rank";
export {
  CLOSE_MARGIN,
  STATUS_WORDS,
  bandNamed,
  gapFormula,
  pointsGap,
  rankGap,
  statusFormula,
  targetPointsFormula,
  rankTargetMicro,
  targetPointsMicro,
  targetStatus,
  type RankedUnit,
  type TargetCells,
  type TargetKind,
  type TargetStatus,
} from "./target";
export {
  TARGET_KINDS,
  TARGET_KIND_WORDS,
  readTargetKind,
  targetKindChoices,
  targetKindIsFormula,
  targetKindWord,
  targetKindWords,
} from "./target-kind";
