import { MICRO_PER_POINT } from "../decimal";
import { NOT_APPLICABLE_WORDS, notApplicableFormula } from "./not-applicable";
import { blankFormula } from "./blank";
import { validNumberFormula, type LeafScoreRule } from "./score";
import { LeafState } from "../scores/leaf-state";

/*
 * The leaf rules (blank is not zero, N/A words, a valid score: 0..max, on the step or in the list,
 * at most 6 decimals) as formula text that Excel 2010+, LibreOffice Calc and WPS compute alike: only
 * IF, AND, OR, ISNUMBER, ISTEXT, ISERROR, LEN, TRIM, ROUND, ABS, INT, FIND, LOWER, SUBSTITUTE, LEFT, MID, VALUE,
 * COUNTIF, SUM (and ISFORMULA, guarded: see form-entry.ts). The self-assessment forms use them so
 * that a form filled in any spreadsheet program agrees with readUnitScores; a property test holds the
 * two equal in LibreOffice.
 */

// A valid number, as the scoring sheet's rules write it (core/rules/score).
export { validNumberFormula, type LeafScoreRule };

/**
 * The N/A words as people type them. Spreadsheets compare text ignoring case but not accents, so the
 * accented spelling is listed beside the folded words that readUnitScores accepts.
 */
export const NOT_APPLICABLE_TYPED: readonly string[] = NOT_APPLICABLE_WORDS;

// The N/A test and the blank test are the ones the scoring sheet uses, generated from the same rules.
export { notApplicableFormula, blankFormula };

// What a score cell counts as (text numbers, formulas), shared with collecting.
export { entryValueFormula, formScoreEntry, formTextNumber, formulaInCellFormula, textNumberRestFormula } from "./form-entry";

// What a data validation on the score cell accepts, within Excel's 255 characters.
export { acceptedEntryFormula, entryRuleValues, type EntryRuleCells } from "./entry-validation";

/**
 * The leaf's state as a number, with LeafState's values: blank, assessed, not applicable, invalid.
 * `valueCell` holds entryValueFormula (the number counted, a text number included) and `formulaCell`
 * formulaInCellFormula (form-entry.ts): a formula typed into the cell is invalid, as collecting reads it.
 */
export function leafStateFormula(cell: string, valueCell: string, formulaCell: string, rule: LeafScoreRule): string {
  const { Blank, Assessed, NotApplicable, Invalid } = LeafState;
  return (
    `IF(ISERROR(${cell}),${Invalid},IF(${formulaCell}=1,${Invalid},IF(${blankFormula(cell)},${Blank},IF(ISNUMBER(${valueCell}),` +
    `IF(${validNumberFormula(valueCell, rule)},${Assessed},${Invalid}),IF(${notApplicableFormula(cell)},${NotApplicable},${Invalid})))))`
  );
}

/** The points a leaf adds: its score when assessed, 0 otherwise (blank is not zero: it adds to no max). */
export function leafPointsFormula(valueCell: string, stateCell: string): string {
  return `IF(${stateCell}=${LeafState.Assessed},ROUND(${valueCell},6),0)`;
}

/** 1 for an assessed leaf: summed up the tree, a parent knows whether anything under it is assessed. */
export function assessedLeafFormula(stateCell: string): string {
  return `IF(${stateCell}=${LeafState.Assessed},1,0)`;
}

/**
 * Blank is not zero, for subtotals and totals too: empty text while no leaf under them is assessed
 * (PAR.AREA's rule, and the scoring sheet's total, lost points and index), never 0.00.
 * `nothingAssessed` is formula text that is TRUE in that case.
 */
export function blankUntilAssessedFormula(nothingAssessed: string, value: string): string {
  return `IF(${nothingAssessed},"",${value})`;
}

/** TRUE while none of the states in the range is assessed. */
export function nothingAssessedFormula(stateRange: string): string {
  return `COUNTIF(${stateRange},${LeafState.Assessed})=0`;
}

/** The leaf's share of the unit's applicable max: every leaf except a not applicable one. */
export function applicableMaxFormula(stateCell: string, maxMicro: number): string {
  return `IF(${stateCell}=${LeafState.NotApplicable},0,${maxMicro / MICRO_PER_POINT})`;
}

/** The leaf's share of the max assessed so far: assessed leaves only. */
export function assessedMaxFormula(stateCell: string, maxMicro: number): string {
  return `IF(${stateCell}=${LeafState.Assessed},${maxMicro / MICRO_PER_POINT},0)`;
}

/**
 * Evidence (tài liệu kiểm chứng): a criterion that scores points needs a document, or the appraisal
 * cuts them. A score of 0 claims nothing and needs none.
 */
export function evidenceMissing(state: LeafState, pointsMicro: number, evidence: string): boolean {
  return state === LeafState.Assessed && pointsMicro > 0 && evidence.trim() === "";
}

export function evidenceMissingFormula(stateCell: string, pointsCell: string, evidenceCell: string): string {
  return `AND(${stateCell}=${LeafState.Assessed},${pointsCell}>0,${blankFormula(evidenceCell)})`;
}

/** Explanation (giải trình): wherever points are lost (assessed below the max), say why. */
export function explanationMissing(state: LeafState, pointsMicro: number, maxMicro: number, explanation: string): boolean {
  return state === LeafState.Assessed && pointsMicro < maxMicro && explanation.trim() === "";
}

export function explanationMissingFormula(stateCell: string, pointsCell: string, maxMicro: number, explanationCell: string): string {
  return `AND(${stateCell}=${LeafState.Assessed},${pointsCell}<${maxMicro / MICRO_PER_POINT},${blankFormula(explanationCell)})`;
}
