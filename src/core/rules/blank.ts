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
