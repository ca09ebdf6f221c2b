/**
 * Blank is not zero: a blank leaf is not assessed yet (pending), 0 is assessed and lost. A cell
 * holding only spaces is blank too (a clerk "clearing" a cell with the space bar).
 */
export function isBlankCell(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/**
 * Formula text that is TRUE for a blank cell. `cell&""` reads an empty cell as "" in Excel and in
 * every engine we test with, where TRIM(cell) alone does not; a number is never blank ("0" ≠ "").
 * Excel's TRIM removes spaces only, so a cell of tabs is blank to the formulas and not to the sheet.
 */
export function blankFormula(cell: string): string {
  return `TRIM(${cell}&"")=""`;
}

/**
 * Formula text that is TRUE while nothing in a unit's score range is scored yet: no number in it.
 * The parent rows' subtotals are empty while nothing under them is assessed (PAR.AREA), and "N/A"
 * is text, so the only numbers are scores (an invalid one too: then the total shows its error).
 * The sheet's total, lost points and index stay empty until then, instead of 0.00, 0 % and "Yếu".
 */
export function nothingScoredFormula(scores: string): string {
  return `COUNT(${scores})=0`;
}
