/**
 * Excel's limits on a data validation, in characters. A file whose validation exceeds one opens in
 * Excel with "We found a problem with some content" and the repair drops the validation; Office.js
 * refuses to set it. LibreOffice has no such limits, so nothing but these numbers keeps us inside.
 *
 * Sources: [MS-OI29500] §2.1.613 (dataValidation: prompt at most 255 characters, error 224, error
 * title and prompt title 32); [MS-XLSB] §2.5.37 DValStrings (the same, with 225 for the error: the
 * smaller, 224, is used); the formula at most 255, as Excel's own dialog allows, and Apache POI and
 * ExcelJS reports of files Excel repaired for a longer one. A list validation's literal source is a
 * formula too: the same 255.
 */
export const VALIDATION_LIMITS = {
  formula: 255,
  error: 224,
  prompt: 255,
  title: 32,
} as const;

const ELLIPSIS = "…";

/**
 * The text cut to at most `limit` characters, at a word boundary when one is near, with "…" where
 * it was cut. A last resort: messages are worded to fit (see the plans), this only keeps a long
 * rubric label from breaking the file.
 */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit - ELLIPSIS.length);
  const space = room.lastIndexOf(" ");
  // A word boundary in the last third of the room; otherwise mid-word rather than losing a third.
  const cut = space >= (room.length * 2) / 3 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.(–-]+$/u, "")}${ELLIPSIS}`;
}

/**
 * `head` + `ending` within `limit`, cutting `head` only: the ending says how to fix, and stays. After
 * a cut the ending's own first stop goes ("…. Để trống" reads as a typo).
 */
export function clipKeepingEnd(head: string, ending: string, limit: number): string {
  if (head.length + ending.length <= limit) return `${head}${ending}`;
  return `${clip(head, limit - ending.length)}${ending.replace(/^[.,;:]/, "")}`;
}

/** The first wording that fits the limit (fullest first), or the last one clipped. */
export function firstThatFits(wordings: readonly string[], limit: number): string {
  return wordings.find((wording) => wording.length <= limit) ?? clip(wordings[wordings.length - 1], limit);
}
