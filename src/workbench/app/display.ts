/**
 * What a cell shows. Number formats go through the host's formatValue; two format features the
 * add-in writes and formatValue does not know yet are handled here first (see the report to the
 * host owner): optional decimals ("0.00#": at least 2, at most 3 decimals) and sections
 * ("+0;-0;0": positive;negative;zero).
 */
import { formatValue } from "../host/number-format";
import type { CellModel, CellValue } from "../host/model";

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Splits literal text around the numeric core: `"+"0.0` → prefix "+", core "0.0". */
function literals(section: string): { prefix: string; core: string; suffix: string } {
  const m = /^((?:"[^"]*"|\\.|[+\-() ])*)(.*?)((?:"[^"]*"|\\.|[+\-() ])*)$/.exec(section) ?? ["", "", section, ""];
  const unquote = (s: string) => s.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return { prefix: unquote(m[1]), core: m[2], suffix: unquote(m[3]) };
}

function formatCore(value: number, core: string): string {
  const optional = /^(#,##)?0(?:\.(0*)(#+))?(%)?$/.exec(core.trim());
  if (optional) {
    const min = optional[2]?.length ?? 0;
    const max = min + (optional[3]?.length ?? 0);
    const full = formatValue(value, `${optional[1] ?? ""}0${max > 0 ? "." + "0".repeat(max) : ""}${optional[4] ?? ""}`);
    const percent = full.endsWith("%");
    let body = percent ? full.slice(0, -1) : full;
    if (body.includes(".")) {
      const [int, fraction] = body.split(".");
      let frac = fraction;
      while (frac.length > min && frac.endsWith("0")) frac = frac.slice(0, -1);
      body = frac.length > 0 ? `${int}.${frac}` : int;
    }
    return body + (percent ? "%" : "");
  }
  return formatValue(value, core);
}

export function formatCellValue(value: CellValue, numberFormat: string): string {
  if (typeof value !== "number" || !numberFormat || numberFormat === "General" || numberFormat === "@") return formatValue(value, numberFormat);
  const sections = splitSections(numberFormat);
  if (sections.length === 1 && !/#$|#%$/.test(sections[0].trim()) && !/^["\\+\-(]/.test(sections[0])) return formatValue(value, numberFormat);
  let section = sections[0];
  let shown = value;
  if (sections.length > 1 && value < 0) {
    section = sections[1];
    shown = Math.abs(value); // the negative section writes its own sign
  } else if (sections.length > 2 && value === 0) {
    section = sections[2];
  }
  const { prefix, core, suffix } = literals(section);
  if (core.trim() === "") return prefix + suffix;
  return prefix + formatCore(shown, core) + suffix;
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
  if (cell.numberFormat !== "@" && (/^[=+-]/.test(v) || /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(v.trim()) || /^(true|false)$/i.test(v))) return `'${v}`;
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
