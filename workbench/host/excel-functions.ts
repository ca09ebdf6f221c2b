/**
 * Excel functions that fast-formula-parser lacks or computes differently from Excel, written to
 * Excel's documented behaviour. The add-in's generated formulas (core/rules) use them, and tests
 * evaluate that text here, so where this engine and Excel differ a test would pass that Excel fails:
 *   - TRIM: Excel also turns every run of spaces inside the text into one space (the parser only
 *     trims the ends);
 *   - COUNTIF: Excel's wildcard criteria ("6.*") match the whole cell, case-insensitively (the
 *     parser also matches in the middle, so "16.1" matched "6.*");
 *   - RANK.EQ (Excel 2010+): missing from the parser;
 *   - SUBSTITUTE, VALUE, MATCH: stubs in the parser that return nothing (the forms' text-number
 *     rule in core/rules/form-entry.ts uses the first two);
 *   - VLOOKUP: Excel compares text without regard to case (a grade target typed "tốt" finds the band
 *     "Tốt"); the parser's comparison is case-sensitive.
 * They receive arguments as custom functions do (ranges as 2-D arrays, errors as their codes).
 */
import { EXCEL_ERROR_CODES } from "./evaluator";

const ERROR_CODES: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

class ExcelFunctionError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function cellsOf(range: unknown): unknown[] {
  return Array.isArray(range) ? range.flat(2) : [range];
}

function trim(text: unknown): string {
  const value = text === null || text === undefined ? "" : typeof text === "boolean" ? (text ? "TRUE" : "FALSE") : String(text);
  return value.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** Excel's criteria: an optional comparison, then a number or a text pattern (* ? and ~ escapes). */
function criterionTest(criterion: unknown): (cell: unknown) => boolean {
  if (typeof criterion === "number") return (cell) => cell === criterion;
  const text = criterion === null || criterion === undefined ? "" : String(criterion);
  const match = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(text)!;
  const operator = match[1] ?? "=";
  const operand = match[2];
  const number = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : undefined;
  if (number !== undefined) {
    const compare = (cell: number) =>
      operator === "="
        ? cell === number
        : operator === "<>"
          ? cell !== number
          : operator === "<"
            ? cell < number
            : operator === ">"
              ? cell > number
              : operator === "<="
                ? cell <= number
                : cell >= number;
    return (cell) => (typeof cell === "number" ? compare(cell) : operator === "<>");
  }
  let pattern = "";
  for (let i = 0; i < operand.length; i++) {
    const char = operand[i];
    if (char === "~" && i + 1 < operand.length) pattern += escapeRegExp(operand[++i]);
    else if (char === "*") pattern += "[\\s\\S]*";
    else if (char === "?") pattern += "[\\s\\S]";
    else pattern += escapeRegExp(char);
  }
  const regex = new RegExp(`^${pattern}$`, "i");
  const textOf = (cell: unknown) => (typeof cell === "string" && !ERROR_CODES.has(cell) ? cell : undefined);
  if (operator === "=")
    return (cell) => (operand === "" ? cell === null || cell === "" : textOf(cell) !== undefined && regex.test(textOf(cell)!));
  if (operator === "<>") return (cell) => !(textOf(cell) !== undefined && regex.test(textOf(cell)!));
  const lower = operand.toLowerCase();
  return (cell) => {
    const value = textOf(cell)?.toLowerCase();
    if (value === undefined) return false;
    return operator === "<" ? value < lower : operator === ">" ? value > lower : operator === "<=" ? value <= lower : value >= lower;
  };
}

function escapeRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function countIf(range: unknown, criterion: unknown): number {
  const test = criterionTest(criterion);
  return cellsOf(range).filter((cell) => test(cell)).length;
}

/** RANK.EQ(number, ref, [order]): ties share the best rank; text and blanks in ref are ignored; #N/A when number is not in ref. */
function rankEq(number: unknown, ref: unknown, order: unknown): number {
  if (typeof number !== "number") throw new ExcelFunctionError("#VALUE!");
  const cells = cellsOf(ref);
  const error = cells.find((cell) => typeof cell === "string" && ERROR_CODES.has(cell));
  if (error !== undefined) throw new ExcelFunctionError(error as string);
  const numbers = cells.filter((cell): cell is number => typeof cell === "number");
  if (!numbers.includes(number)) throw new ExcelFunctionError("#N/A");
  const ascending = typeof order === "number" && order !== 0;
  return numbers.filter((other) => (ascending ? other < number : other > number)).length + 1;
}

function textOfArgument(value: unknown): string {
  if (typeof value === "string" && ERROR_CODES.has(value)) throw new ExcelFunctionError(value);
  return value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/** SUBSTITUTE(text, old, new, [instance]): every occurrence, or only the instance-th; case-sensitive. */
function substitute(text: unknown, old: unknown, replacement: unknown, instance: unknown): string {
  const value = textOfArgument(text),
    find = textOfArgument(old),
    by = textOfArgument(replacement);
  if (find === "") return value;
  if (instance === null || instance === undefined) return value.split(find).join(by);
  const nth = Math.trunc(Number(instance));
  if (!(nth >= 1)) throw new ExcelFunctionError("#VALUE!");
  let at = -1;
  for (let count = 0; count < nth; count++) {
    at = value.indexOf(find, at + 1);
    if (at === -1) return value;
  }
  return value.slice(0, at) + by + value.slice(at + find.length);
}

/**
 * VALUE(text) for plain numbers written the en-US way ("12", " 8.25 ", "-1e3", "1,250.5"); #VALUE!
 * for anything else. Excel also reads dates, times, currency and percentages, which no generated
 * formula gives it.
 */
function value(text: unknown): number {
  if (typeof text === "number") return text;
  const trimmed = textOfArgument(text).trim();
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?(e[+-]?\d+)?$/i.test(trimmed) || !/\d/.test(trimmed)) throw new ExcelFunctionError("#VALUE!");
  return Number(trimmed.replace(/,/g, ""));
}

/** MATCH(value, range, 0): the 1-based position of the first cell equal to value (text case-insensitive); #N/A otherwise. */
function match(wanted: unknown, range: unknown, type: unknown): number {
  if (type !== 0) throw new ExcelFunctionError("#N/A"); // only exact match is used by generated formulas
  const at = cellsOf(range).findIndex((cell) => sameLookupValue(wanted, cell));
  if (at === -1) throw new ExcelFunctionError("#N/A");
  return at + 1;
}

/** Excel's equality of two lookup values: text case-insensitively, anything else by value and type. */
function sameLookupValue(wanted: unknown, cell: unknown): boolean {
  return typeof wanted === "string" && typeof cell === "string" ? wanted.toLowerCase() === cell.toLowerCase() : cell === wanted;
}

/**
 * VLOOKUP(value, table, column, [approximate]): with FALSE (or 0), the row whose first cell equals the
 * value; otherwise, as Excel over a sorted first column, the last row whose first cell of the value's
 * type is not above it. #N/A when no row fits, #REF! past the table's last column.
 */
function vlookup(wanted: unknown, table: unknown, column: unknown, approximate: unknown): unknown {
  const rows = Array.isArray(table) ? (table as unknown[][]) : [[table]];
  const index = Math.trunc(Number(column));
  if (!(index >= 1)) throw new ExcelFunctionError("#VALUE!");
  if (rows.length === 0 || index > rows[0].length) throw new ExcelFunctionError("#REF!");
  const exact = approximate === false || approximate === 0;
  let found: unknown[] | undefined;
  for (const row of rows) {
    const key = row[0];
    if (exact) {
      if (sameLookupValue(wanted, key)) {
        found = row;
        break;
      }
    } else if (typeof key === typeof wanted && key !== null) {
      const above = typeof key === "string" ? key.toLowerCase() > String(wanted).toLowerCase() : (key as number) > (wanted as number);
      if (above) break;
      found = row;
    }
  }
  if (found === undefined) throw new ExcelFunctionError("#N/A");
  return found[index - 1] ?? 0;
}

export const EXCEL_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  TRIM: (text) => trim(text),
  COUNTIF: (range, criterion) => countIf(range, criterion),
  "RANK.EQ": (number, ref, order) => rankEq(number, ref, order ?? null),
  SUBSTITUTE: (text, old, replacement, instance) => substitute(text, old, replacement, instance),
  VALUE: (text) => value(text),
  MATCH: (wanted, range, type) => match(wanted, range, type ?? 1),
  VLOOKUP: (wanted, table, column, approximate) => vlookup(wanted, table, column, approximate ?? true),
};
