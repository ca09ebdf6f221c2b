/**
 * Excel functions that fast-formula-parser lacks or computes differently from Excel, written to
 * Excel's documented behaviour. The add-in's generated formulas (core/rules) use them, and tests
 * evaluate that text here, so where this engine and Excel differ a test would pass that Excel fails:
 *   - TRIM: Excel also turns every run of spaces inside the text into one space (the parser only
 *     trims the ends);
 *   - COUNTIF: Excel's wildcard criteria ("6.*") match the whole cell, case-insensitively (the
 *     parser also matches in the middle, so "16.1" matched "6.*");
 *   - RANK.EQ (Excel 2010+): missing from the parser.
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

export const EXCEL_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  TRIM: (text) => trim(text),
  COUNTIF: (range, criterion) => countIf(range, criterion),
  "RANK.EQ": (number, ref, order) => rankEq(number, ref, order ?? null),
};
