import { fromMicro, toMicro } from "../decimal";
import { formatNumber, readNumberText } from "../number-text";
import { parseRubric, type RubricParseResult } from "./parse-rubric";
import { RubricFindings } from "./rubric-checks";
import { cellText, isBlankCell, readCodeCell, readKindCell, readMaxCell, readStepCell } from "./rubric-cells";
import type { RubricInput } from "./schema";
import { parentCode } from "./codes";
import { leafFlags } from "../rules/leaf";

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
  // The cells are read as the formulas read a rubric range; the rows then become a rubric file and
  // pass the file checks, so the pane and PAR.CHECK judge a rubric with the same check set.
  const findings = new RubricFindings("file");
  const body = rows.filter((row, index) => !(index === 0 && isHeader(row)) && !row.every(isBlankCell));
  const leaves = leafFlags(body.map((row) => cellText(row[0])));
  const kindOf = new Map<string, "normal" | "bonus" | "penalty">();
  const criteria: NonNullable<RubricInput["criteria"]> = [];
  body.forEach((row, index) => {
    const [codeCell, kindCell, maxCell, nameCell, stepCell, responsibleCell, evidenceCell] = row;
    const code = readCodeCell(codeCell, index, findings);
    if (code === undefined) return;
    const kind = readKindCell(kindCell, code, index, findings);
    const maxMicro = readMaxCell(maxCell, code, index, findings);
    const step = readStepCell(stepCell, code, index, findings);
    if (kind === undefined || maxMicro === undefined || step === undefined) return;
    const isLeaf = leaves[index];
    // As in a range, the rows below a bonus or penalty row belong to its group.
    const parent = parentCode(code);
    const group = parent === undefined ? undefined : kindOf.get(parent);
    const ownKind = kind === "bonus" || kind === "penalty" ? kind : (group ?? "normal");
    kindOf.set(code, ownKind);
    criteria.push({
      code,
      name: { vi: cellText(nameCell) || code },
      max: fromMicro(maxMicro),
      kind: ownKind,
      ...(isLeaf ? { rule: kind === "survey" ? { type: "survey" as const } : { type: "proportional" as const } } : {}),
      ...(step.stepMicro !== undefined ? { step: fromMicro(step.stepMicro) } : {}),
      ...(isLeaf && step.allowedMicro !== undefined ? { rule: allowedRule(step.allowedMicro) } : {}),
      ...(cellText(responsibleCell) ? { responsible: cellText(responsibleCell) } : {}),
      ...(cellText(evidenceCell) ? { evidence: cellText(evidenceCell) } : {}),
    });
  });
  if (findings.list.length > 0) return { ok: false, findings: findings.list };
  const totalMax = fromMicro(
    criteria
      .filter((criterion) => !criterion.code.includes(".") && (criterion.kind ?? "normal") === "normal")
      .reduce((sum, criterion) => sum + (toMicro(criterion.max) ?? 0), 0),
  );
  return parseRubric({
    id: `${SHEET_RUBRIC_ID_PREFIX}${info.year}`,
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

/** Allowed scores typed as a list become levels, so the template offers exactly those. */
function allowedRule(allowedMicro: readonly number[]) {
  return {
    type: "levels" as const,
    levels: allowedMicro.map((micro) => ({ score: fromMicro(micro), label: { vi: formatNumber(fromMicro(micro), "vi") } })),
  };
}

function isHeader(row: readonly unknown[]): boolean {
  if (typeof row[0] !== "string" || /^\d/.test(row[0].trim())) return false;
  const max = row[2];
  return typeof max !== "number" && !(typeof max === "string" && readNumberText(max).kind === "number");
}

/** Rubrics read from a sheet have an id of this form; their level is a placeholder, not the author's. */
export const SHEET_RUBRIC_ID_PREFIX = "sheet-";
