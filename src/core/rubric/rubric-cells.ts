import { bilingual } from "../bilingual";
import { MAX_POINTS, readPoints, type PointsReading } from "../decimal";
import { formatNumber, readNumberText } from "../number-text";
import type { RubricFindings } from "./rubric-checks";
import { readRowKind, type RowKind } from "./row-kind";
import { isBlankCell } from "../rules/blank";

/**
 * Reading the cells of a rubric laid out on a sheet (code, kind, max, step or allowed scores): the
 * same readers, and so the same findings, for the range the formulas read and for a sheet the pane
 * imports as a rubric.
 */
const CODE = /^\d+(\.\d+)*$/;

/** Blank as everywhere else (core/rules/blank): nothing, or only spaces. */
export { isBlankCell };

export function cellText(cell: unknown): string {
  return isBlankCell(cell) ? "" : String(cell).trim();
}

/**
 * Codes are text ("1.2.3"). A whole number typed as a number (3) reads as its digits. A decimal
 * typed as a number is refused: Excel turned "1.10" into 1.1, and it must not quietly become 1.1.
 */
export function readCodeCell(cell: unknown, row: number, findings: RubricFindings): string | undefined {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0) return String(cell);
  if (typeof cell === "number" && Number.isFinite(cell) && cell > 0) {
    const shown = String(cell);
    findings.add(
      "rubric.codeTypedAsNumber",
      { row },
      bilingual(
        `mã ${shown.replace(".", ",")} được nhập dạng số nên có thể đã mất chữ số 0 ở cuối (1.10 thành 1.1); định dạng cột mã là Văn bản (Text) rồi nhập lại mã.`,
        `the code ${shown} is typed as a number, which drops trailing zeros (1.10 reads as 1.1); format the code column as text and type the code again.`,
      ),
    );
    return undefined;
  }
  const text = typeof cell === "string" ? cell.trim() : "";
  if (CODE.test(text)) return text;
  const shown = cell === null || cell === undefined ? "" : String(cell).trim();
  findings.add(
    "rubric.invalidCode",
    { row },
    bilingual(
      `mã tiêu chí "${shown}" không hợp lệ; dùng số có dấu chấm như 1, 1.2 hoặc 1.2.3 (nhập dạng văn bản).`,
      `criterion code "${shown}" is not valid; use dotted numbers such as 1, 1.2 or 1.2.3 (entered as text).`,
    ),
  );
  return undefined;
}

export function readKindCell(cell: unknown, code: string, row: number, findings: RubricFindings): RowKind | undefined {
  const kind = readRowKind(cell);
  if (kind !== undefined) return kind;
  findings.add(
    "rubric.invalidKind",
    { criterion: code, row },
    bilingual(
      `loại "${String(cell)}" không hợp lệ; dùng: lĩnh vực, tiêu chí, điểm thưởng, điểm trừ, điều tra XHH (hoặc để trống).`,
      `kind "${String(cell)}" is not valid; use: area, criterion, bonus, penalty, survey (or leave it empty).`,
    ),
  );
  return undefined;
}

/** A maximum in micro-points; a finding naming what is wrong with it otherwise. */
export function readMaxCell(cell: unknown, code: string, row: number, findings: RubricFindings): number | undefined {
  const reading = readNumberCell(cell);
  if (reading.kind === "points" && reading.micro >= 0) return reading.micro;
  findings.add(
    "rubric.invalidMax",
    { criterion: code, row },
    bilingual(`điểm tối đa ${whyNotPoints(reading, cell, "vi")}.`, `the maximum ${whyNotPoints(reading, cell, "en")}.`),
  );
  return undefined;
}

/** Fourth column: a step ("0,25" or 0.25) or a list of allowed scores ("0;0,5;1"). */
export function readStepCell(
  cell: unknown,
  code: string,
  row: number,
  findings: RubricFindings,
): { stepMicro?: number; allowedMicro?: number[] } | undefined {
  if (isBlankCell(cell)) return {};
  if (typeof cell === "string" && cell.includes(";")) {
    const values: number[] = [];
    for (const part of cell.split(";")) {
      const reading = readNumberCell(part);
      if (reading.kind !== "points" || reading.micro < 0) {
        findings.add(
          "rubric.invalidStep",
          { criterion: code, row },
          bilingual(
            `danh sách điểm "${cell}": mục "${part.trim()}" ${whyNotPoints(reading, part, "vi")}; nhập các mức như 0;0,5;1.`,
            `list of allowed scores "${cell}": the entry "${part.trim()}" ${whyNotPoints(reading, part, "en")}; enter scores such as 0;0.5;1.`,
          ),
        );
        return undefined;
      }
      values.push(reading.micro);
    }
    return { allowedMicro: [...new Set(values)].sort((a, b) => a - b) };
  }
  const reading = readNumberCell(cell);
  if (reading.kind === "points" && reading.micro > 0) return { stepMicro: reading.micro };
  findings.add(
    "rubric.invalidStep",
    { criterion: code, row },
    bilingual(
      `bước điểm ${reading.kind === "points" ? "phải lớn hơn 0" : whyNotPoints(reading, cell, "vi")}; nhập một bước như 0,25 hoặc danh sách điểm như 0;0,5;1.`,
      `the step ${reading.kind === "points" ? "must be above 0" : whyNotPoints(reading, cell, "en")}; enter a step such as 0.25 or a list of allowed scores such as 0;0.5;1.`,
    ),
  );
  return undefined;
}

type CellNumberReading = PointsReading | { kind: "ambiguous"; readings: [number, number] } | { kind: "notANumber" };

/** Rubric numbers may be typed as Vietnamese text ("1,5"): they define the rubric, not a score. */
function readNumberCell(cell: unknown): CellNumberReading {
  if (typeof cell === "number") return readPoints(cell);
  if (typeof cell !== "string") return { kind: "notANumber" };
  const reading = readNumberText(cell);
  if (reading.kind === "number") return readPoints(reading.value);
  if (reading.kind === "ambiguous") return { kind: "ambiguous", readings: reading.readings };
  return { kind: "notANumber" };
}

/** Why a number cannot be a rubric's points: the words that follow "the maximum" or "the step". */
export function whyNotPoints(reading: CellNumberReading, cell: unknown, language: "vi" | "en"): string {
  const shown = describeCell(cell, language);
  const vi = language === "vi";
  switch (reading.kind) {
    case "points":
      return vi ? `phải là số không âm (đang là ${shown})` : `must not be negative (it is ${shown})`;
    case "notFinite":
      return vi ? `phải là một số hữu hạn (đang là ${shown})` : `must be a finite number (it is ${shown})`;
    case "tooLarge":
      return vi
        ? `quá lớn (${shown}); điểm không vượt quá ${formatNumber(MAX_POINTS, "vi")}`
        : `is too large (${shown}); points stay below ${formatNumber(MAX_POINTS, "en")}`;
    case "tooPrecise":
      return vi ? `có quá 6 chữ số thập phân (${shown}); làm tròn đến 6 chữ số` : `has more than 6 decimals (${shown}); round it to 6`;
    case "ambiguous":
      return vi
        ? `"${shown}" có thể là ${formatNumber(reading.readings[0], "vi")} hoặc ${formatNumber(reading.readings[1], "vi")}; nhập dạng số hoặc dùng dấu phẩy thập phân`
        : `"${shown}" may mean ${formatNumber(reading.readings[0], "en")} or ${formatNumber(reading.readings[1], "en")}; enter it as a number or with a decimal comma`;
    case "notANumber":
      return vi ? `phải là một số (đang là "${shown}")` : `must be a number (it is "${shown}")`;
  }
}

/** A cell as the user would recognise it: numbers in full ("1e-7", not a rounded "0"). */
function describeCell(cell: unknown, language: "vi" | "en"): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell !== "number") return String(cell).trim();
  const text = String(cell);
  return language === "vi" ? text.replace(".", ",") : text;
}
