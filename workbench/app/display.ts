/**
 * What a cell shows. Number formats are the host's business (formatValue follows Excel's rules),
 * so the grid and the Range.text the add-in reads can never disagree.
 */
import { formatValue, type CellModel, type CellValue } from "../host";

/** A cell value as the grid renders it under `numberFormat`. */
export function formatCellValue(value: CellValue, numberFormat: string): string {
  return formatValue(value, numberFormat);
}

export function displayText(cell: CellModel | undefined): string {
  if (!cell) return "";
  if (cell.formula !== null && cell.value === null) return "";
  return formatCellValue(cell.value, cell.numberFormat);
}

/** What the formula bar shows: the formula, or the constant as typed (numbers unformatted). */
export function editText(cell: CellModel | undefined): string {
  if (!cell) return "";
  if (cell.formula !== null) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (cell.numberFormat.includes("%")) return `${Number((v * 100).toPrecision(15))}%`;
    return String(Number(v.toPrecision(15)));
  }
  // Text that would otherwise be read as a number or formula keeps its apostrophe, as in Excel.
  if (
    cell.numberFormat !== "@" &&
    (/^[=+-]/.test(v) || /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(v.trim()) || /^(true|false)$/i.test(v))
  )
    return `'${v}`;
  return v;
}

export type Alignment = "left" | "center" | "right";

export function alignmentOf(cell: CellModel | undefined): Alignment {
  const h = cell?.format.horizontalAlignment ?? "General";
  if (h === "Left") return "left";
  if (h === "Center" || h === "CenterAcrossSelection") return "center";
  if (h === "Right") return "right";
  const v = cell?.value;
  if (cell?.error) return "center";
  if (typeof v === "number") return "right";
  if (typeof v === "boolean") return "center";
  return "left";
}
