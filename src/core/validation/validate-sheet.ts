import { bilingual } from "../bilingual";
import { fromMicro } from "../decimal";
import type { Finding } from "../findings";
import { formatNumber } from "../number-text";
import { cellRef, quoteSheet } from "../plan/a1";
import { computeNodeTotals } from "../engine/unit-totals";
import { readUnitScores } from "../scores/unit-scores";
import { FIRST_CRITERION_ROW, type ScoreColumn, type ScoreColumnKind } from "../template/scoring-layout";
import { columnCells, type ScoringSheetData } from "../template/sheet-reading";
import { toMicro } from "../decimal";

export interface SheetFinding extends Finding {
  unit: string;
  column: ScoreColumnKind | "total";
  address: string;
  area?: string;
}

/**
 * Every problem in a scoring sheet, cell by cell: invalid scores (with the number a text cell
 * means, for one-click conversion), problems in the rubric columns, and subtotals someone typed over
 * the formula that disagree with the sum of their criteria.
 */
export function validateScoringSheet(data: ScoringSheetData, formulas?: readonly (readonly unknown[])[]): SheetFinding[] {
  const sheet = quoteSheet(data.record.scoringSheet);
  const findings: SheetFinding[] = data.table.findings.map((finding) => ({
    ...finding,
    unit: "",
    column: "total",
    address: `${sheet}!${cellRef(FIRST_CRITERION_ROW + (finding.row ?? 0), 0)}`,
    area: areaOf(finding.criterion),
  }));
  for (const column of data.layout.scoreColumns) {
    const scores = readUnitScores(data.table, columnCells(data, column));
    for (const finding of scores.findings) {
      findings.push({
        ...finding,
        unit: column.unit,
        column: column.kind,
        address: `${sheet}!${cellRef(FIRST_CRITERION_ROW + (finding.row ?? 0), column.column)}`,
        area: areaOf(finding.criterion),
      });
    }
    if (formulas) findings.push(...typedSubtotals(data, formulas, column, scores, sheet));
  }
  return findings;
}

function typedSubtotals(
  data: ScoringSheetData,
  formulas: readonly (readonly unknown[])[],
  column: ScoreColumn,
  scores: ReturnType<typeof readUnitScores>,
  sheet: string,
): SheetFinding[] {
  const findings: SheetFinding[] = [];
  data.table.nodes.forEach((node, index) => {
    if (node.isLeaf) return;
    const row = FIRST_CRITERION_ROW + node.row;
    const formula = formulas[row]?.[column.column];
    if (typeof formula === "string" && formula.startsWith("=")) return;
    const typed = data.values[row]?.[column.column];
    if (typeof typed !== "number") return;
    const computed = computeNodeTotals(data.table, scores, index).achievedMicro;
    if (toMicro(typed) === computed) return;
    const address = cellRef(row, column.column);
    findings.push({
      code: "total.mismatch",
      severity: "error",
      criterion: node.code,
      row: node.row,
      unit: column.unit,
      column: column.kind,
      address: `${sheet}!${address}`,
      area: areaOf(node.code),
      message: bilingual(
        `Ô ${address} (tổng của ${node.code}) được nhập tay là ${formatNumber(typed, "vi")} nhưng các tiêu chí con cộng lại ${formatNumber(fromMicro(computed), "vi")}. Tổng phải tính từ tiêu chí con: chạy lại Tạo mẫu để khôi phục công thức.`,
        `Cell ${address} (the total of ${node.code}) was typed as ${formatNumber(typed, "en")} but its criteria add up to ${formatNumber(fromMicro(computed), "en")}. Totals must come from the criteria: run Create template again to restore the formula.`,
      ),
    });
  });
  return findings;
}

function areaOf(code: string | undefined): string | undefined {
  return code?.split(".")[0];
}
