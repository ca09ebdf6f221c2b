import type { Range } from "../core/engine/formula-inputs";

/**
 * The one place where Excel's argument shapes become plain values. Range arguments arrive as 2-D
 * arrays (blank cells as null or ""), a single cell sometimes as a bare value, omitted optional
 * arguments as null.
 */

/**
 * A range argument, passed on as it came: this runs on every recalculation, and a pass over the rows
 * just to look at their shape would cost as much as summing them. The core reads each row as it goes
 * and takes a row that is not an array (a flat list from a script) as a single cell.
 */
export function asRange(argument: unknown): Range {
  return Array.isArray(argument) ? argument : [[argument]];
}

/** An optional range argument: null when omitted. */
export function asOptionalRange(argument: unknown): Range | null {
  return argument === null || argument === undefined ? null : asRange(argument);
}

/** Optional text arguments: null when omitted or blank. */
export function asOptionalText(argument: unknown): string | null {
  if (argument === null || argument === undefined) return null;
  if (Array.isArray(argument)) return asOptionalText(firstCell(argument));
  const text = String(argument).trim();
  return text === "" ? null : text;
}

/** A single value that may come as a 1×1 range. */
export function asScalar(argument: unknown): unknown {
  return Array.isArray(argument) ? firstCell(argument) : argument;
}

function firstCell(range: readonly unknown[]): unknown {
  const first = range[0];
  return Array.isArray(first) ? first[0] : first;
}
