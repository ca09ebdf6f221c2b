/**
 * Display text for `Range.text`, following Excel's number-format rules for the subset the add-in
 * writes: up to four sections (positive;negative;zero;text), digit placeholders 0 and #, the
 * thousands separator, %, and literal text ("quoted", \escaped, or characters such as + - ( ) $).
 * Anything else (dates, fractions, scientific, colours, conditions) falls back to General, so tests
 * never crash on an exotic format; they just see General-style text.
 */
import { CellValue } from "./model";

/** Adds one to a string of decimal digits ("" counts as 0), growing it on a carry ("99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const head = i < 0 ? "1" : digits.slice(0, i) + String(Number(digits[i]) + 1);
  return head + "0".repeat(digits.length - 1 - i);
}

/**
 * |x| × 10^shift rounded half away from zero to `decimals` places, as [integer digits without
 * leading zeros, fraction digits]. Rounding works on the decimal digits, at the 15 significant
 * digits Excel keeps, rather than on the binary double: 1.005 is stored as 1.00499999…, yet Excel
 * (and so we) show 1.01. Shifting the exponent instead of multiplying keeps % exact as well.
 */
function roundedDigits(x: number, decimals: number, shift = 0): [string, string] {
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const keep = Number(exponent) + 1 + shift + decimals; // digits left of the rounding position
  if (keep < 0) return ["", "0".repeat(decimals)];
  let kept = digits.padEnd(keep, "0").slice(0, keep);
  if ((digits[keep] ?? "0") >= "5") kept = increment(kept);
  kept = kept.padStart(decimals + 1, "0");
  const int = kept.slice(0, kept.length - decimals).replace(/^0+/, "");
  return [int, kept.slice(kept.length - decimals)];
}

/**
 * Excel's General: as many significant digits as fit in 11 characters (the sign not counted),
 * no trailing zeros; scientific notation once a number is too large, or too small to keep its digits.
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return "#NUM!";
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  if (magnitude < 11) {
    const intWidth = Math.max(magnitude + 1, 1); // "0" before the point counts for small numbers
    const [int, frac] = roundedDigits(value, Math.max(10 - intWidth, 0));
    const text = (int || "0") + (frac.replace(/0+$/, "") ? `.${frac.replace(/0+$/, "")}` : "");
    // Tiny numbers whose digits would be cut off read better in scientific, as Excel shows them.
    const fits = text.length <= 11 && (magnitude >= -4 || Number(text) === Number(Math.abs(value).toPrecision(15)));
    if (fits) return sign + text;
  }
  const [mantissa, exponent] = Math.abs(value).toExponential(14).split("e");
  const [lead, rest] = roundedDigits(Number(mantissa), 5);
  const carry = lead.length > 1; // 9.999996 rounds to 10.00000: renormalise to 1E+(n+1)
  const digits = (carry ? "1" : lead) + "." + (carry ? "00000" : rest);
  const exp = Number(exponent) + (carry ? 1 : 0);
  const shown = digits.replace(/\.?0+$/, "");
  return `${sign}${shown}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}

/** Splits on ";" outside quotes and escapes, as Excel separates format sections. */
function splitSections(format: string): string[] {
  const sections = [""];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      sections[sections.length - 1] += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === "\\") {
      sections[sections.length - 1] += format.slice(i, i + 2);
      i++;
    } else if (ch === ";") sections.push("");
    else sections[sections.length - 1] += ch;
  }
  return sections;
}

interface Section {
  prefix: string;
  suffix: string;
  /** Digit placeholders around the point, e.g. "#,##0" and "00#"; null when there is no point. */
  int: string;
  frac: string | null;
  /** Whether the section has digit placeholders at all; a literal-only section hides the number. */
  numeric: boolean;
  /** Each % multiplies by 100. */
  percents: number;
}

/** Characters Excel shows as themselves without quotes. */
const PLAIN_LITERALS = "$+-/():!^&'~{}<>= ";

/**
 * Parses one section. Literals are supported before and after the digits only; a literal in
 * between (phone-number styles) or any unknown code returns null, meaning "use General".
 */
function parseSection(section: string, text = false): Section | null {
  let prefix = "";
  let core = "";
  let suffix = "";
  let percents = 0;
  const literal = (s: string): void => {
    if (core) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      literal(section[++i]);
    } else if ("0#.,".includes(ch) && !text) {
      if (suffix) return null; // digits after a literal that followed digits
      core += ch;
    } else if (ch === "%" && !text) {
      percents++;
      literal(ch);
    } else if (PLAIN_LITERALS.includes(ch) || (text && ch === "@")) {
      literal(ch);
    } else return null;
  }
  if (!core) return { prefix, suffix, int: "", frac: null, numeric: false, percents };
  // Commas only group between integer digits; a trailing comma (÷1000) is not supported.
  const m = /^([#0]+(?:,[#0]+)*)?(?:\.([#0]*))?$/.exec(core);
  if (!m) return null;
  return { prefix, suffix, int: m[1] ?? "", frac: m[2] ?? (core.includes(".") ? "" : null), numeric: true, percents };
}

/** Renders |value| with a parsed numeric section; the caller decides about the minus sign. */
function renderNumber(value: number, s: Section): { text: string; zero: boolean } {
  if (!s.numeric) return { text: s.prefix + s.suffix, zero: false };
  const frac = s.frac ?? "";
  const [int, fracDigits] = roundedDigits(value, frac.length, 2 * s.percents);
  const placeholders = s.int.replace(/,/g, "");
  const firstZero = placeholders.indexOf("0");
  let intText = int.padStart(firstZero < 0 ? 0 : placeholders.length - firstZero, "0");
  if (s.int.includes(",")) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Trailing # positions drop their zeros; 0 positions keep them.
  let shownFrac = fracDigits;
  while (shownFrac.length > frac.lastIndexOf("0") + 1 && shownFrac.endsWith("0")) shownFrac = shownFrac.slice(0, -1);
  const number = intText + (s.frac !== null ? `.${shownFrac}` : "");
  return { text: s.prefix + number + s.suffix, zero: !/[1-9]/.test(int + fracDigits) };
}

/** Error values are strings in Range.values; Excel never runs them through a text section. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function formatText(value: string, sections: string[]): string {
  // The text section is the fourth, or a lone section that mentions @.
  const textSection = sections.length === 4 ? sections[3] : sections.length === 1 && sections[0].includes("@") ? sections[0] : null;
  if (textSection === null || ERROR_VALUE.test(value)) return value;
  const parsed = parseSection(textSection, true);
  if (!parsed) return value;
  return (parsed.prefix + parsed.suffix).replace(/@/g, value);
}

export function formatValue(value: CellValue, numberFormat: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = numberFormat || "General";
  const sections = splitSections(fmt);
  if (typeof value === "string") return sections.length > 4 ? value : formatText(value, sections);
  if (/^general$/i.test(fmt) || fmt === "@" || sections.length > 4) return formatGeneral(value);
  // Excel's section choice: negatives use the second section (which brings its own sign, if any);
  // zero uses the third; everything else, and any value without its own section, uses the first.
  let index = 0;
  if (value < 0 && sections.length >= 2) index = 1;
  else if (value === 0 && sections.length >= 3) index = 2;
  if (sections.length > 1 && sections[index] === "") return ""; // "0;;" hides negatives and zero
  const section = parseSection(sections[index]);
  if (!section) return formatGeneral(value);
  const { text, zero } = renderNumber(value, section);
  // The automatic minus only exists with a single-section format, and Excel omits it when the
  // rounded number shows no non-zero digit (-0.001 as "0.00" is "0.00", not "-0.00").
  const autoMinus = value < 0 && index === 0 && sections.length < 2 && !zero;
  return (autoMinus ? "-" : "") + text;
}
