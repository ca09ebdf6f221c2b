import { foldText } from "../text-match";

/**
 * "Không áp dụng" (not applicable): the criterion does not apply to this unit, and the unit's max
 * is lowered by its points. These are the words that say so, as a clerk writes them. The formulas
 * (PAR.*), the validation report, the scoring sheet's data validation and the highlight rules all
 * take their words from this list, so a word the formulas accept is never refused by the sheet.
 */
export const NOT_APPLICABLE_WORDS = ["N/A", "NA", "KAD", "K.A.D", "không áp dụng", "not applicable"] as const;

/** What the TypeScript side compares: folded (case, accents and runs of spaces do not matter). */
const FOLDED = new Set(NOT_APPLICABLE_WORDS.map(foldText));

/** True when the text (already known not to be blank) says "not applicable". */
export function isNotApplicableText(text: string): boolean {
  return FOLDED.has(foldText(text));
}

/**
 * The spellings the sheet's formula text recognises. Excel compares text without regard to case but
 * with regard to accents and Unicode composition, and has no function to strip accents, so every
 * word is listed as written (composed, NFC), decomposed (NFD, what some Vietnamese keyboards type)
 * and without accents; the formula lowers the cell's case and trims its spaces. The sheet therefore
 * accepts each word in any case, with extra spaces, fully accented or with no accent at all; a word
 * with only some of its accents ("khong áp dung") or separated by tabs is accepted by the formulas
 * and refused by the sheet's validation, never the other way round (a test holds both directions).
 */
export function notApplicableSheetSpellings(): string[] {
  const forms: string[] = [];
  for (const word of NOT_APPLICABLE_WORDS) {
    for (const form of [word.normalize("NFC"), word.normalize("NFD"), foldText(word)]) {
      const lower = form.toLowerCase();
      if (!forms.includes(lower)) forms.push(lower);
    }
  }
  return forms;
}

/**
 * The separator of the spelling list the formulas look a cell up in: two spaces. TRIM leaves no
 * space at either end of a cell's text and no run of spaces inside it, so a trimmed cell can never
 * contain the separator, and "  " & text & "  " is found in the list only as a whole entry. A
 * printable separator ("|") would need a second test refusing cells that contain it, which Excel's
 * 255-character limit on a data validation formula cannot afford (see entry-validation.ts).
 */
const SEPARATOR = "  ";

/**
 * The list text: every sheet spelling between separators, and with `blank` an empty entry first,
 * which a blank cell or one of spaces matches. The spellings hold single spaces only (a test checks).
 */
export function notApplicableListText(options: { blank?: boolean } = {}): string {
  const entries = options.blank ? ["", ...notApplicableSheetSpellings()] : notApplicableSheetSpellings();
  return `${SEPARATOR}${entries.join(SEPARATOR)}${SEPARATOR}`;
}

/**
 * Formula text (no leading "=") that is TRUE when the trimmed lower-case text of `cell` is an entry
 * of `list` (formula text: a string literal, or a cell holding notApplicableListText). One lookup in
 * one string: shorter than one comparison per spelling. FIND is exact and knows no wildcards. An
 * error in the cell makes the lookup an error, which ISNUMBER turns into FALSE.
 */
export function inSpellingListFormula(cell: string, list: string): string {
  return `ISNUMBER(FIND("${SEPARATOR}"&LOWER(TRIM(${cell}))&"${SEPARATOR}",${list}))`;
}

/** Formula text (no leading "=") that is TRUE when `cell` holds one of the not-applicable words. */
export function notApplicableFormula(cell: string): string {
  return inSpellingListFormula(cell, `"${notApplicableListText()}"`);
}

/**
 * TRUE when `cell` is blank (empty or spaces) or holds a not-applicable word, looked up in `listCell`,
 * a cell holding notApplicableListText({ blank: true }): the form's data validation keeps the words
 * in a cell of the sheet rather than in its 255 characters.
 */
export function blankOrNotApplicableFormula(cell: string, listCell: string): string {
  return inSpellingListFormula(cell, listCell);
}
