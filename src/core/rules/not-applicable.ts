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

/** The separator of the spelling list inside the formula; a cell holding it is never "not applicable". */
const SEPARATOR = "|";

/**
 * Formula text (no leading "=") that is TRUE when `cell` holds one of the not-applicable words. It
 * looks the cell's trimmed lower-case text up in one list string: shorter than one comparison per
 * spelling, which keeps data validation under Excel's 255-character formula limit. FIND is exact and
 * knows no wildcards; a cell that itself contains the separator is refused by the second test.
 */
export function notApplicableFormula(cell: string): string {
  const list = `${SEPARATOR}${notApplicableSheetSpellings().join(SEPARATOR)}${SEPARATOR}`;
  return `AND(ISNUMBER(FIND("${SEPARATOR}"&LOWER(TRIM(${cell}))&"${SEPARATOR}","${list}")),ISERR(FIND("${SEPARATOR}",${cell})))`;
}
