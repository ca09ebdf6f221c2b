/**
 * What a score cell of a self-assessment form counts as, decided once for the form's own formulas
 * and for collecting it back (core/forms/collect-form), so the two never disagree:
 *
 * - A number typed as text, "8,25", "8.25", "8, 25" (pasted from a report, or typed where the
 *   spreadsheet's locale does not read a decimal comma), counts as the number when that is
 *   unambiguous: digits, at most one decimal comma or dot, ordinary spaces anywhere. "1.250" (1250
 *   in Vietnamese, 1.25 in English), a sign, or anything else stays an entry to fix. Every program
 *   computes this subset alike with SUBSTITUTE, LEFT, MID and VALUE on digits only, which no locale
 *   reads differently.
 * - A formula in a score cell (`=5+3`) is an entry to fix: returned forms are read as typed, never
 *   evaluated, so the form must not count its result either.
 */

/** The number a text score means under the form's rule, or undefined when it is not one. */
export function formTextNumber(text: string): number | undefined {
  const digits = text.replace(/ /g, "");
  const match = /^(\d+)(?:([.,])(\d+))?$/.exec(digits);
  if (!match) return undefined;
  const [, whole, separator, fraction] = match;
  if (fraction === undefined) return Number(whole);
  // "1.250": thousands in Vietnamese, a decimal in English; the user must say which.
  if (separator === "." && whole.length <= 3 && fraction.length === 3) return undefined;
  // The same arithmetic as the formula below, so both land on the same binary number.
  return Number(whole) + Number(fraction) / 10 ** fraction.length;
}

/**
 * What the scoring rules (readUnitScores) read for a form's score cell: a formula becomes its text
 * ("=5+3", invalid), a text number its number, anything else as it is.
 */
export function formScoreEntry(cell: unknown, formula?: string): unknown {
  if (formula !== undefined) return `=${formula}`;
  if (typeof cell !== "string") return cell;
  return formTextNumber(cell) ?? cell;
}

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const withoutSpaces = (cell: string) => `SUBSTITUTE(${cell}," ","")`;

/**
 * Formula text for a helper cell: what is left of a text cell once spaces and digits are removed
 * ("," for "8, 25", "" for "8"); "#" when the cell is not text. Kept in a cell of its own so the
 * value formula below reads it instead of repeating ten SUBSTITUTEs.
 */
export function textNumberRestFormula(cell: string): string {
  const rest = DIGITS.reduce((text, digit) => `SUBSTITUTE(${text},"${digit}","")`, withoutSpaces(cell));
  return `IF(ISTEXT(${cell}),${rest},"#")`;
}

/**
 * Formula text for the value the form counts: the cell's number, the number a text cell means under
 * formTextNumber, or "" (not a number: blank, an N/A word, an error, anything else).
 */
export function entryValueFormula(cell: string, restCell: string): string {
  const text = withoutSpaces(cell);
  const at = `FIND(${restCell},${text})`;
  const decimal = `VALUE(LEFT(${text},${at}-1))+VALUE(MID(${text},${at}+1,LEN(${text})))/10^(LEN(${text})-${at})`;
  const ambiguous = `AND(${restCell}=".",${at}<=4,LEN(${text})-${at}=3)`;
  const separated = `IF(AND(${at}>1,${at}<LEN(${text})),IF(${ambiguous},"",${decimal}),"")`;
  const fromText = `IF(${restCell}="",IF(LEN(${text})>0,VALUE(${text}),""),IF(OR(${restCell}=",",${restCell}="."),${separated},""))`;
  return `IF(ISNUMBER(${cell}),${cell},IF(ISTEXT(${cell}),${fromText},""))`;
}

/**
 * Formula text for a helper cell: 1 when the cell holds a formula, 0 otherwise (a number, not a
 * boolean, which every engine compares alike). ISFORMULA is Excel 2013+, LibreOffice and WPS; in
 * Excel 2010 it is unknown (#NAME?) and the cell reads 0 there: that program alone counts a formula's
 * result where collecting refuses it (README, forms).
 */
export function formulaInCellFormula(cell: string): string {
  return `IF(ISERROR(ISFORMULA(${cell})),0,IF(ISFORMULA(${cell}),1,0))`;
}
