/**
 * How much room a text takes on a sheet, estimated from its characters: the plan sets column widths
 * and row heights before anything is written, so nothing can be measured. Excel lays text out in
 * Calibri 11, about 5.3 pt a character on average, wide letters ("m", "ư") far more; the workbench draws
 * Carlito, Calibri's metric twin, or a wider sans-serif where it is missing. The
 * estimate takes the wider, so a text given its room here fits in both; Excel shows a little spare.
 * Widths and heights are in points, as Office.js sets them.
 */
const CHAR_WIDTH = { regular: 6.4, bold: 7.4 };
/** Excel's cell margins, left and right together. */
const CELL_PADDING = 6;
/** One line of Calibri 11: Excel's default row height. */
export const LINE_HEIGHT = 15;

export type Weight = keyof typeof CHAR_WIDTH;

/** The width a text needs on one line. */
export function textWidth(text: string, weight: Weight = "regular"): number {
  return Math.ceil([...text.normalize("NFC")].length * CHAR_WIDTH[weight] + CELL_PADDING);
}

/**
 * The lines a wrapped text takes in a column of this width: words are kept whole where they fit, as
 * Excel wraps, and a word longer than a line is broken across lines.
 */
export function wrappedLines(text: string, columnWidth: number, weight: Weight = "regular"): number {
  const perLine = Math.max(1, Math.floor((columnWidth - CELL_PADDING) / CHAR_WIDTH[weight]));
  let lines = 0;
  for (const paragraph of text.normalize("NFC").split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ").filter((part) => part !== "")) {
      let length = [...word].length;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      while (length > perLine) {
        lines++;
        length -= perLine;
      }
      used = length;
    }
  }
  return lines;
}

/** The row height that shows this many lines. */
export function heightForLines(lines: number): number {
  return Math.max(1, lines) * LINE_HEIGHT;
}
