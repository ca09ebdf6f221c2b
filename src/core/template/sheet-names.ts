/**
 * Sheet and defined names that never collide with what the workbook already has: an existing sheet
 * is never replaced, the new one gets " (2)", " (3)"...
 */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const clean =
    base
      .replace(FORBIDDEN, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_SHEET_NAME) || "PAR";
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Defined names allow letters, digits, underscore and dot, and must not look like a cell (A1, R1C1). */
export function freeDefinedName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const clean = `PAR_${base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .replace(/[^A-Za-z0-9_.]/g, "_")}`;
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
