import { bilingual } from "../bilingual";
import { readNumberText } from "../number-text";
import { ScoringInputError } from "./scoring-error";
import type { Band } from "../rules/grade";

export { gradeOf, type Band } from "../rules/grade";

/**
 * Reads grade bands from two columns (label, inclusive minimum), in any order. Blank rows are skipped
 * so a band table may have room for more.
 */
export function readBands(rows: readonly (readonly unknown[])[]): Band[] {
  const bands: Band[] = [];
  rows.forEach((row, index) => {
    const [labelCell, minCell] = row;
    const blank = (cell: unknown) => cell === null || cell === undefined || cell === "";
    if (blank(labelCell) && blank(minCell)) return;
    const min = typeof minCell === "number" ? minCell : typeof minCell === "string" ? textNumber(minCell) : undefined;
    if (blank(labelCell) || min === undefined || !Number.isFinite(min)) {
      throw new ScoringInputError({
        code: "args.invalidBands",
        severity: "error",
        row: index,
        message: bilingual(
          `Dòng ${index + 1} của bảng xếp loại cần một tên loại và một mức tối thiểu là số.`,
          `Row ${index + 1} of the grade bands needs a label and a numeric minimum.`,
        ),
      });
    }
    bands.push({ label: String(labelCell).trim(), min });
  });
  if (bands.length === 0) {
    throw new ScoringInputError({
      code: "args.invalidBands",
      severity: "error",
      message: bilingual(
        "Bảng xếp loại trống; chọn hai cột: tên loại và mức tối thiểu.",
        "The grade bands are empty; select two columns: label and minimum.",
      ),
    });
  }
  return bands;
}

function textNumber(text: string): number | undefined {
  const reading = readNumberText(text);
  return reading.kind === "number" ? reading.value : undefined;
}
