import { readNumberText } from "../number-text";
import { isNotApplicableText } from "../rules/not-applicable";

/**
 * What one score cell holds, whatever Excel handed over: a number, text, a boolean, nothing, or an
 * error value (`#N/A` arrives as a string when read through Office.js, and as an error object in a
 * custom function). Classification never throws; deciding whether a class is acceptable is the
 * caller's business (validation reports, formulas refuse).
 */
export type CellValue =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "notApplicable"; text: string }
  | { kind: "textNumber"; value: number; text: string }
  | { kind: "ambiguousNumber"; text: string; readings: [number, number] }
  | { kind: "boolean"; value: boolean }
  | { kind: "errorValue"; text: string }
  | { kind: "text"; text: string }
  | { kind: "invalidNumber"; value: number };

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

const BLANK: CellValue = { kind: "blank" };

export function classifyCell(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw + 0 } : { kind: "invalidNumber", value: raw };
  }
  if (typeof raw === "string") return classifyText(raw);
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (isErrorObject(raw)) return { kind: "errorValue", text: errorText(raw) };
  return { kind: "text", text: String(raw) };
}

function classifyText(raw: string): CellValue {
  const trimmed = raw.trim();
  if (trimmed === "") return BLANK;
  if (EXCEL_ERRORS.has(trimmed.toUpperCase())) return { kind: "errorValue", text: trimmed.toUpperCase() };
  if (isNotApplicableText(trimmed)) return { kind: "notApplicable", text: trimmed };
  const reading = readNumberText(trimmed);
  if (reading.kind === "number") return { kind: "textNumber", value: reading.value, text: trimmed };
  if (reading.kind === "ambiguous") return { kind: "ambiguousNumber", text: trimmed, readings: reading.readings };
  return { kind: "text", text: trimmed };
}

/** Custom functions receive errors as objects with a `code` ("#N/A" or "NotAvailable"); Error instances too. */
function isErrorObject(raw: unknown): raw is { code?: unknown; message?: unknown } {
  return typeof raw === "object" && raw !== null && ("code" in raw || raw instanceof Error);
}

const ERROR_CODE_TEXT: Record<string, string> = {
  NotAvailable: "#N/A",
  InvalidValue: "#VALUE!",
  InvalidReference: "#REF!",
  DivisionByZero: "#DIV/0!",
  InvalidNumber: "#NUM!",
  InvalidName: "#NAME?",
  NullReference: "#NULL!",
};

function errorText(raw: { code?: unknown }): string {
  const code = typeof raw.code === "string" ? raw.code : "";
  return ERROR_CODE_TEXT[code] ?? (code.startsWith("#") ? code : "#VALUE!");
}
