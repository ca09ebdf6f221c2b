/**
 * Numbers typed or pasted as text, the Vietnamese way first: decimal comma and dot for thousands
 * ("8,25", "1.250,5"). Reports pasted from Word arrive as text; this tells what number the text
 * means, or that it cannot tell ("1.250" is 1250 in Vietnamese but 1.25 in English).
 */
export type NumberTextReading =
  { kind: "number"; value: number } | { kind: "ambiguous"; text: string; readings: [number, number] } | { kind: "notANumber" };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const VI_THOUSANDS_WITH_DECIMALS = /^[+-]?\d{1,3}(\.\d{3})+,\d+$/;
const VI_THOUSANDS_MANY_GROUPS = /^[+-]?\d{1,3}(\.\d{3}){2,}$/;
const DOT_THREE_DIGITS = /^[+-]?\d{1,3}\.\d{3}$/;
const DECIMAL_DOT = /^[+-]?\d*\.\d+$/;
const EN_THOUSANDS_WITH_DECIMALS = /^[+-]?\d{1,3}(,\d{3})+\.\d+$/;

export function readNumberText(raw: string): NumberTextReading {
  const text = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return { kind: "notANumber" };
  if (INTEGER.test(text)) return number(text);
  if (DECIMAL_COMMA.test(text)) return number(text.replace(",", "."));
  if (VI_THOUSANDS_WITH_DECIMALS.test(text)) return number(text.replace(/\./g, "").replace(",", "."));
  if (VI_THOUSANDS_MANY_GROUPS.test(text)) return number(text.replace(/\./g, ""));
  if (DOT_THREE_DIGITS.test(text)) {
    return { kind: "ambiguous", text: raw.trim(), readings: [Number(text.replace(".", "")), Number(text)] };
  }
  if (DECIMAL_DOT.test(text)) return number(text);
  if (EN_THOUSANDS_WITH_DECIMALS.test(text)) return number(text.replace(/,/g, ""));
  return { kind: "notANumber" };
}

function number(canonical: string): NumberTextReading {
  const value = Number(canonical);
  return Number.isFinite(value) ? { kind: "number", value: value + 0 } : { kind: "notANumber" };
}

/** Writes a number the way the reader's language does: "19,742" in Vietnamese, "19.742" in English. */
export function formatNumber(value: number, language: "vi" | "en", maxDecimals = 6): string {
  const fixed = Number(value.toFixed(maxDecimals)).toString();
  const [whole, fraction] = fixed.split(".");
  const separator = language === "vi" ? "." : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  if (fraction === undefined) return grouped;
  return grouped + (language === "vi" ? "," : ".") + fraction;
}
