/**
 * How Excel interprets a value written through `Range.values` / `Range.formulas`.
 * This is the part of the host that most often surprises add-in authors, so it is kept
 * in one place:
 *  - A string starting with "=" becomes a formula. Office.js documents that "+" and "-"
 *    also start formulas ("+84 90..." or "-abc" typed into a cell turn into formulas), unless the
 *    string is a plain number.
 *  - Numeric-looking strings become numbers ("12" -> 12, "50%" -> 0.5), "TRUE"/"FALSE" become booleans.
 *  - A leading apostrophe forces text and is not part of the value.
 *  - If the cell's number format is Text ("@"), the string is stored verbatim.
 * An add-in writing user text must therefore use numberFormat "@" or prefix "'".
 */
import { CellValue } from "./model";

export type InterpretedInput =
  { kind: "formula"; formula: string } | { kind: "value"; value: CellValue; numberFormat?: string } | { kind: "skip" };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

export function interpretInput(input: unknown, currentNumberFormat: string): InterpretedInput {
  // Office.js treats null inside a 2-D write array as "leave this cell unchanged".
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "value", value: "#NUM!" };
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (input instanceof Date) return { kind: "value", value: toSerialDate(input) };
  const text = String(input);
  if (text === "") return { kind: "value", value: "" };
  if (currentNumberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  if (PERCENT.test(trimmed)) {
    const n = Number(trimmed.slice(0, -1)) / 100;
    return { kind: "value", value: n, numberFormat: currentNumberFormat === "General" ? "0%" : undefined };
  }
  if (/^true$/i.test(trimmed)) return { kind: "value", value: true };
  if (/^false$/i.test(trimmed)) return { kind: "value", value: false };
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.length > 1 && (text.startsWith("+") || text.startsWith("-"))) return { kind: "formula", formula: `=${text}` };
  return { kind: "value", value: text };
}

/** Excel serial date (1900 system) for JS Dates written into cells. */
export function toSerialDate(date: Date): number {
  const epoch = Date.UTC(1899, 11, 30);
  const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds());
  return (utc - epoch) / 86400000;
}
