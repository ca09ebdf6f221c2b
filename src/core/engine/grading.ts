import { bilingual } from "../bilingual";
import { readNumberText } from "../number-text";
import { ScoringInputError } from "./scoring-error";

export interface Band {
  label: string;
  min: number;
}

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

/**
 * The label of the highest minimum not above the value. A value computed by another formula may
 * carry binary noise (0.8999999999999999 for 90%); a relative 1e-12 slack keeps it in its band.
 */
export function gradeOf(value: number, bands: readonly Band[]): string | undefined {
  let best: Band | undefined;
  for (const band of bands) {
    const slack = 1e-12 * Math.max(1, Math.abs(band.min));
    if (value + slack >= band.min && (best === undefined || band.min > best.min)) best = band;
  }
  return best?.label;
}
