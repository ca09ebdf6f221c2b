/**
 * Display text for `Range.text`. Covers the formats the add-in uses ("General", "0", "0.00",
 * "#,##0.00", "0%", "0.0%", "@"); anything else falls back to General so tests never crash on
 * an exotic format, they just see General-style text.
 */
import { CellValue } from "./model";

/** Rounds half away from zero like Excel, after trimming binary noise to 15 significant digits. */
function roundTo(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(15));
  const sign = clean < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(clean)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  // Excel's General shows up to ~11 significant characters; use scientific for very large/small.
  if (abs >= 1e11 || abs < 1e-9) {
    return value.toExponential(5).replace(/\.?0+e/, "E").replace(/E([+-])(\d)$/, "E$10$2").toUpperCase();
  }
  return String(Number(value.toPrecision(10)));
}

interface NumericPattern {
  decimals: number;
  thousands: boolean;
  percent: boolean;
}

function parsePattern(fmt: string): NumericPattern | null {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt.trim());
  if (!m) return null;
  return { thousands: !!m[1], decimals: m[2] ? m[2].length : 0, percent: !!m[3] };
}

export function formatValue(value: CellValue, numberFormat: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat || "General";
  if (fmt === "General" || fmt === "@") return formatGeneral(value);
  const pattern = parsePattern(fmt);
  if (!pattern) return formatGeneral(value);
  const scaled = pattern.percent ? value * 100 : value;
  const rounded = roundTo(scaled, pattern.decimals);
  const fixed = Math.abs(rounded).toFixed(pattern.decimals);
  const [intPart, frac] = fixed.split(".");
  const body = (pattern.thousands ? groupThousands(intPart) : intPart) + (frac !== undefined ? `.${frac}` : "");
  const negative = rounded < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${body}${pattern.percent ? "%" : ""}`;
}
