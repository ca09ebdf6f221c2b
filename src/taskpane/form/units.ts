import { unitNameKey } from "../../core/text-match";

/**
 * Unit names typed one per line or pasted as a column from Excel (a pasted block with several
 * columns keeps its first one). Names are compared ignoring case and spacing, but not accents:
 * "Tân Định" and "Tân Đinh" are different wards.
 */
export type UnitsReading =
  | { ok: true; units: string[] }
  | { ok: false; problem: "empty" }
  | { ok: false; problem: "duplicate"; name: string; firstLine: number; line: number };

export function readUnits(text: string): UnitsReading {
  const units: string[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const name = lines[index].split("\t")[0].replace(/\s+/g, " ").trim();
    if (name === "") continue;
    const key = unitKey(name);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) return { ok: false, problem: "duplicate", name, firstLine, line: index + 1 };
    seen.set(key, index + 1);
    units.push(name);
  }
  return units.length === 0 ? { ok: false, problem: "empty" } : { ok: true, units };
}

export const unitKey = unitNameKey;

/** The first column of a selection, as lines for the units box. */
export function firstColumnText(values: readonly (readonly unknown[])[]): string {
  return values
    .map((row) => row[0])
    .filter((cell) => cell !== null && cell !== undefined && String(cell).trim() !== "")
    .map((cell) => String(cell).trim())
    .join("\n");
}
