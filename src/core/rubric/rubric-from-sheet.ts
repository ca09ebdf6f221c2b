import { bilingual } from "../bilingual";
import type { Finding } from "../findings";
import { readNumberText } from "../number-text";
import { readRowKind } from "./row-kind";
import { parseRubric, type RubricParseResult } from "./parse-rubric";
import type { RubricInput } from "./schema";
import { isDescendantCode } from "./codes";

/**
 * A rubric typed on a sheet, as many provinces publish it: columns code, kind, max, name, and
 * optionally step, responsible department and evidence. Row 1 may be a header. The rows become a
 * rubric file and pass the same checks as any other; leaves get a plain "0 to max" rule.
 */
export interface SheetRubricInfo {
  title: string;
  year: number;
  unitGroup?: string;
}

export function rubricFromSheetRows(rows: readonly (readonly unknown[])[], info: SheetRubricInfo): RubricParseResult {
  const findings: Finding[] = [];
  const body = rows.filter((row, index) => !(index === 0 && isHeader(row)) && !row.every(blank));
  const codes = new Set(body.map((row) => text(row[0])));
  const criteria: NonNullable<RubricInput["criteria"]> = [];
  body.forEach((row, index) => {
    const [codeCell, kindCell, maxCell, nameCell, stepCell, responsibleCell, evidenceCell] = row;
    const code = text(codeCell);
    const kind = readRowKind(kindCell);
    const max = number(maxCell);
    const isLeaf = ![...codes].some((other) => isDescendantCode(other, code));
    if (kind === undefined || max === undefined) {
      findings.push({
        code: kind === undefined ? "rubric.invalidKind" : "rubric.invalidMax",
        severity: "error",
        criterion: code,
        row: index,
        message: bilingual(
          `Tiêu chí ${code || `ở dòng ${index + 1}`}: ${kind === undefined ? `loại "${String(kindCell)}" không hợp lệ` : "điểm tối đa phải là số"}.`,
          `Criterion ${code || `on row ${index + 1}`}: ${kind === undefined ? `kind "${String(kindCell)}" is not valid` : "the maximum must be a number"}.`,
        ),
      });
      return;
    }
    const step = number(stepCell);
    criteria.push({
      code,
      name: { vi: text(nameCell) || code },
      max,
      kind: kind === "bonus" || kind === "penalty" ? kind : "normal",
      ...(isLeaf ? { rule: kind === "survey" ? { type: "survey" as const } : { type: "proportional" as const } } : {}),
      ...(isLeaf && step !== undefined ? { step } : {}),
      ...(text(responsibleCell) ? { responsible: text(responsibleCell) } : {}),
      ...(text(evidenceCell) ? { evidence: text(evidenceCell) } : {}),
    });
  });
  if (findings.length > 0) return { ok: false, findings };
  const totalMax = criteria
    .filter((criterion) => !criterion.code.includes(".") && (criterion.kind ?? "normal") === "normal")
    .reduce((sum, criterion) => sum + Math.round(criterion.max * 1e6), 0) / 1e6;
  return parseRubric({
    id: `sheet-${info.year}`,
    title: { vi: info.title },
    level: "department",
    year: info.year,
    version: "1",
    source: { document: info.title, illustrative: false, note: "Đọc từ trang tính / read from a sheet" },
    totalMax,
    gradeBands: {
      default: [
        { label: { vi: "Xuất sắc", en: "Excellent" }, minPercent: 90 },
        { label: { vi: "Tốt", en: "Good" }, minPercent: 80 },
        { label: { vi: "Khá", en: "Fair" }, minPercent: 65 },
        { label: { vi: "Trung bình", en: "Average" }, minPercent: 50 },
        { label: { vi: "Yếu", en: "Weak" }, minPercent: 0 },
      ],
    },
    criteria,
  });
}

function blank(cell: unknown): boolean {
  return cell === null || cell === undefined || String(cell).trim() === "";
}

function text(cell: unknown): string {
  return blank(cell) ? "" : String(cell).trim();
}

function number(cell: unknown): number | undefined {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (typeof cell !== "string") return undefined;
  const reading = readNumberText(cell);
  return reading.kind === "number" ? reading.value : undefined;
}

function isHeader(row: readonly unknown[]): boolean {
  return typeof row[0] === "string" && !/^\d/.test(row[0].trim()) && number(row[2]) === undefined;
}
