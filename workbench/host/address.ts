/**
 * A1 address parsing and formatting. All coordinates are 0-based internally;
 * Excel's grid is 1,048,576 rows x 16,384 columns (A..XFD).
 */
import { columnLetter } from "../../src/core/plan/a1";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), if the address had a sheet prefix. */
  sheet?: string;
  rect: Rect;
}

/** Column letters ("A", "Z", "AA"): the same conversion the add-in's plans use. */
export const columnToLetters = columnLetter;

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

type Part = { kind: "cell"; row: number; col: number } | { kind: "col"; col: number } | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) {
    const col = lettersToColumn(m[1]);
    const row = Number(m[2]) - 1;
    if (row < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) return null;
    return { kind: "cell", row, col };
  }
  m = COL.exec(text);
  if (m) {
    const col = lettersToColumn(m[1]);
    return col < MAX_COLUMNS ? { kind: "col", col } : null;
  }
  m = ROW.exec(text);
  if (m) {
    const row = Number(m[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { kind: "row", row } : null;
  }
  return null;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into sheet and local part. Returns null on malformed quoting. */
export function splitSheet(address: string): { sheet?: string; local: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang >= 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

/** Parses an A1-style address. Returns null if it is not a valid address (e.g. it is a defined name). */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const pieces = split.local.split(":");
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  // A lone column ("A") or row ("1") is not a valid Excel range; "A:A" and "1:1" are.
  if (pieces.length === 1 && a.kind !== "cell") return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    const r0 = Math.min(a.row, b.row);
    const c0 = Math.min(a.col, b.col);
    rect = { row: r0, col: c0, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === "col" && b.kind === "col") {
    const c0 = Math.min(a.col, b.col);
    rect = { row: 0, col: c0, rowCount: MAX_ROWS, colCount: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === "row" && b.kind === "row") {
    const r0 = Math.min(a.row, b.row);
    rect = { row: r0, col: 0, rowCount: Math.abs(a.row - b.row) + 1, colCount: MAX_COLUMNS };
  } else {
    return null;
  }
  return split.sheet !== undefined ? { sheet: split.sheet, rect } : { rect };
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.col === 0 && rect.colCount === MAX_COLUMNS;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnToLetters(col)}${d}${row + 1}`;
}

/** Formats a rect the way Excel reports it: "A1", "A1:B2", "A:C" (entire columns), "1:3" (entire rows). */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(rect) && !isEntireRow(rect)) {
    return `${d}${columnToLetters(rect.col)}:${d}${columnToLetters(rect.col + rect.colCount - 1)}`;
  }
  if (isEntireRow(rect) && !isEntireColumn(rect)) {
    return `${d}${rect.row + 1}:${d}${rect.row + rect.rowCount}`;
  }
  if (isEntireRow(rect) && isEntireColumn(rect)) return `${d}1:${d}${MAX_ROWS}`;
  const first = cellAddress(rect.row, rect.col, absolute);
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1, absolute)}`;
}

/**
 * Excel quotes a sheet name in references when it is not a plain identifier
 * (spaces, punctuation, leading digit, or a name that could be read as a cell reference).
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr]([0-9]+)?[Cc]([0-9]+)?$/.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rowCount && col >= outer.col && col < outer.col + outer.colCount;
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.row, b.row);
  const c0 = Math.max(a.col, b.col);
  const r1 = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const c1 = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (r1 <= r0 || c1 <= c0) return null;
  return { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 };
}

/** a minus b as up to four disjoint rectangles (used when a new data validation overrides part of an old one). */
export function rectSubtract(a: Rect, b: Rect): Rect[] {
  const i = rectIntersection(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const iBottom = i.row + i.rowCount;
  if (i.row > a.row) out.push({ row: a.row, col: a.col, rowCount: i.row - a.row, colCount: a.colCount });
  if (iBottom < aBottom) out.push({ row: iBottom, col: a.col, rowCount: aBottom - iBottom, colCount: a.colCount });
  if (i.col > a.col) out.push({ row: i.row, col: a.col, rowCount: i.rowCount, colCount: i.col - a.col });
  const aRight = a.col + a.colCount;
  const iRight = i.col + i.colCount;
  if (iRight < aRight) out.push({ row: i.row, col: iRight, rowCount: i.rowCount, colCount: aRight - iRight });
  return out;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.colCount;
}
