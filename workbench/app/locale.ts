/**
 * The workbench behaves like Excel under the reader's regional settings: in Vietnamese a number is
 * typed and shown with a decimal comma and a dot between thousands ("8,25", "1.250,5"), in English
 * with a decimal point. Only what the user sees and types changes: the workbook holds numbers, and
 * the add-in reads and writes them through Office.js exactly as in any Excel.
 */
import type { CellModel } from "../host";
import type { Language } from "./runtime";

const VI_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?%?$/;

/**
 * What a typed text means in the user's locale, as the host's input rules expect it (the en-US
 * form). Vietnamese "1,5" becomes "1.5" and "1.250,5" becomes "1250.5"; "1.5" is not a Vietnamese
 * number and stays text, as in Excel set to Vietnamese. Formulas and other text pass unchanged.
 */
export function typedInput(text: string, language: Language): string {
  if (language !== "vi") return text;
  const trimmed = text.trim();
  if (!VI_NUMBER.test(trimmed)) return /^[+-]?\d*\.\d+%?$/.test(trimmed) ? `'${text}` : text;
  return trimmed.replace(/\./g, "").replace(",", ".");
}

/** A number as the host formats it (en-US), in the user's locale: "1,234.50" → "1.234,50". */
export function localizeNumberText(text: string, language: Language): string {
  if (language !== "vi") return text;
  return text.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
}

/** Display text of a cell: only numbers (and number results of formulas) change their marks. */
export function localizedDisplay(text: string, cell: CellModel | undefined, language: Language): string {
  return cell && typeof cell.value === "number" ? localizeNumberText(text, language) : text;
}

/** The formula bar and the editor: a number constant is edited in the locale's form ("0,25"). */
export function localizedEditText(text: string, cell: CellModel | undefined, language: Language): string {
  return cell && cell.formula === null && typeof cell.value === "number" ? localizeNumberText(text, language) : text;
}
