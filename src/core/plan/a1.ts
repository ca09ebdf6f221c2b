/** A1 references for formulas the plans write (0-based row/column in, Excel text out). */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellRef(row: number, column: number, absolute: { row?: boolean; column?: boolean } = {}): string {
  return `${absolute.column ? "$" : ""}${columnLetter(column)}${absolute.row ? "$" : ""}${row + 1}`;
}

export function rangeRef(row: number, column: number, rowCount: number, columnCount: number, absolute = false): string {
  const start = cellRef(row, column, { row: absolute, column: absolute });
  const end = cellRef(row + rowCount - 1, column + columnCount - 1, { row: absolute, column: absolute });
  return rowCount === 1 && columnCount === 1 ? start : `${start}:${end}`;
}

/** A sheet name as formulas and addresses need it: quoted, with quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text inside a formula string literal. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
