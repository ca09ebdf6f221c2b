import { bilingual, type Bilingual } from "../bilingual";
import { fromMicro } from "../decimal";
import type { Finding } from "../findings";
import { formatNumber } from "../number-text";
import { cellRef, quoteSheet } from "../plan/a1";
import { computeNodeTotals } from "../engine/unit-totals";
import { readUnitScores } from "../scores/unit-scores";
import { FIRST_CRITERION_ROW, summaryRow, type ScoreColumn, type ScoreColumnKind, type SummaryRow } from "../template/scoring-layout";
import { SUMMARY_LABEL } from "../template/sheet-labels";
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
    if (formulas) findings.push(...typedSubtotals(data, formulas, column, scores, sheet), ...typedSummaryCells(data, formulas, column, sheet));
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
    if (typeof typed === "string" || typeof typed === "boolean") {
      if (typeof typed === "string" && typed.trim() === "") return;
      const address = cellRef(row, column.column);
      findings.push(typedOver(`${sheet}!${address}`, column, node.code, bilingual(
        `Ô ${address} (tổng của ${node.code}) đang là "${String(typed)}" thay cho công thức tính tổng.`,
        `Cell ${address} (the total of ${node.code}) holds "${String(typed)}" instead of the formula that adds it up.`,
      ), node.row));
      return;
    }
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

/** The totals block's rows that hold a formula in a column of this kind (the rest are inputs or blank). */
function formulaRows(kind: ScoreColumnKind): SummaryRow[] {
  const common: SummaryRow[] = ["total", "applicableMax", "assessedMax", "lost", "percent", "grade", "rank", "check"];
  return kind === "projected" ? [...common, "projected"] : [...common, "targetPoints", "gap", "status"];
}

/**
 * A total, index, grade, rank or check cell whose formula was typed over (or cleared): its figure
 * no longer follows the scores. Each is named with its cell; the template rerun writes the formulas
 * back and keeps every score and target.
 */
function typedSummaryCells(data: ScoringSheetData, formulas: readonly (readonly unknown[])[], column: ScoreColumn, sheet: string): SheetFinding[] {
  const findings: SheetFinding[] = [];
  for (const name of formulaRows(column.kind)) {
    const row = summaryRow(data.layout, name);
    const formula = formulas[row]?.[column.column];
    if (typeof formula === "string" && formula.startsWith("=")) continue;
    const address = cellRef(row, column.column);
    const typed = data.values[row]?.[column.column];
    const label = SUMMARY_LABEL[name];
    const shown = typed === null || typed === undefined || typed === "" ? null : typeof typed === "number" ? typed : String(typed);
    findings.push(typedOver(`${sheet}!${address}`, column, undefined, shown === null
      ? bilingual(`Ô ${address} (${label}) đã bị xóa công thức.`, `Cell ${address} (${label}) lost its formula (it was cleared).`)
      : bilingual(
          `Ô ${address} (${label}) được nhập tay là ${typeof shown === "number" ? formatNumber(shown, "vi") : `"${shown}"`} thay cho công thức.`,
          `Cell ${address} (${label}) was typed over with ${typeof shown === "number" ? formatNumber(shown, "en") : `"${shown}"`} instead of its formula.`,
        )));
  }
  return findings;
}

function typedOver(address: string, column: ScoreColumn, criterion: string | undefined, what: Bilingual, row?: number): SheetFinding {
  return {
    code: "formula.typedOver",
    severity: "error",
    ...(criterion !== undefined ? { criterion, row } : {}),
    unit: column.unit,
    column: column.kind,
    address,
    area: areaOf(criterion),
    message: bilingual(
      `${what.vi} Chạy lại Tạo mẫu chấm điểm (cùng bộ tiêu chí và đơn vị) để khôi phục công thức; điểm và mục tiêu đã nhập được giữ nguyên.`,
      `${what.en} Run Create scoring template again (same rubric and units) to restore the formula; entered scores and targets are kept.`,
    ),
  };
}

function areaOf(code: string | undefined): string | undefined {
  return code?.split(".")[0];
}
