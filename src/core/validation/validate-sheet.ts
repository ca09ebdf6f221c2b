import { bilingual, type Bilingual } from "../bilingual";
import { fromMicro } from "../decimal";
import type { Finding } from "../findings";
import { formatNumber } from "../number-text";
import { cellRef, quoteSheet } from "../plan/a1";
import { computeNodeTotals } from "../engine/unit-totals";
import { readUnitScores } from "../scores/unit-scores";
import { FIRST_CRITERION_ROW, summaryFormulaRows, summaryRow, type ScoreColumn, type ScoreColumnKind } from "../template/scoring-layout";
import { SUMMARY_LABELS } from "../template/sheet-labels";
import { readTargetKind, targetKindChoices, targetKindWord } from "../rules/target-kind";
import { bandNamed } from "../rules/target";
import { columnCells, summaryCell, type ScoringSheetData } from "../template/sheet-reading";
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
    if (formulas)
      findings.push(...typedSubtotals(data, formulas, column, scores, sheet), ...typedSummaryCells(data, formulas, column, sheet));
    const target = targetProblem(data, column);
    if (target) {
      const address = cellRef(summaryRow(data.layout, target.row), column.column);
      findings.push({
        code: "target.invalid",
        severity: "error",
        unit: column.unit,
        column: column.kind,
        address: `${sheet}!${address}`,
        message: target.message(address),
      });
    }
  }
  return findings;
}

/**
 * A target typed in the sheet that its formulas cannot use: gap and status would stay blank with no
 * word why. The kind is one of the drop-down's words; the value fits the kind.
 */
function targetProblem(
  data: ScoringSheetData,
  column: ScoreColumn,
): { row: "targetKind" | "targetValue"; message: (address: string) => Bilingual } | undefined {
  const kindCell = summaryCell(data, "targetKind", column);
  const valueCell = summaryCell(data, "targetValue", column);
  if (kindCell === null && valueCell === null) return undefined;
  // Read as the gap and status formulas read it (rules/target-kind): any of the words, either language.
  const kind = readTargetKind(kindCell);
  const unit = column.unit;
  if (kind === undefined) {
    return {
      row: "targetKind",
      message: (address) =>
        bilingual(
          `Ô ${address} (loại mục tiêu của "${unit}") là "${String(kindCell ?? "")}": hãy chọn ${targetKindChoices("vi").join(", ")} trong danh sách.`,
          `Cell ${address} (the target kind of "${unit}") holds "${String(kindCell ?? "")}": choose ${targetKindChoices("en").join(", ")} from the list.`,
        ),
    };
  }
  const shown = String(valueCell ?? "");
  const maxPoints = fromMicro(data.table.fullMaxMicro);
  if (kind === "grade") {
    // As the target row's VLOOKUP finds it (rules/target bandNamed): any case, spaces as written.
    if (typeof valueCell === "string" && bandNamed(data.record.bands, valueCell) !== undefined) return undefined;
    const labels = data.record.bands.map((band) => band.label).join(", ");
    return {
      row: "targetValue",
      message: (address) =>
        bilingual(
          `Ô ${address} (mục tiêu của "${unit}") là "${shown}" nhưng loại mục tiêu là ${targetKindWord("grade", "vi")}: hãy nhập một xếp loại (${labels}), hoặc đổi loại mục tiêu.`,
          `Cell ${address} (the target of "${unit}") holds "${shown}" but the target kind is ${targetKindWord("grade", "en")}: enter a grade (${labels}), or change the kind.`,
        ),
    };
  }
  const fits =
    typeof valueCell === "number" &&
    valueCell >= 0 &&
    (kind === "points" ? valueCell <= maxPoints : Number.isInteger(valueCell) && valueCell >= 1 && valueCell <= data.record.units.length);
  if (fits) return undefined;
  const range =
    kind === "points" ? `một số điểm từ 0 đến ${formatNumber(maxPoints, "vi")}` : `một thứ hạng từ 1 đến ${data.record.units.length}`;
  const rangeEn = kind === "points" ? `points from 0 to ${formatNumber(maxPoints, "en")}` : `a rank from 1 to ${data.record.units.length}`;
  const asText = typeof valueCell === "string" ? " (số đang ghi dạng văn bản)" : "";
  const asTextEn = typeof valueCell === "string" ? " (a number stored as text)" : "";
  return {
    row: "targetValue",
    message: (address) =>
      bilingual(
        `Ô ${address} (mục tiêu của "${unit}") là "${shown}"${asText} nhưng loại mục tiêu là ${targetKindWord(kind, "vi")}: hãy nhập ${range}.`,
        `Cell ${address} (the target of "${unit}") holds "${shown}"${asTextEn} but the target kind is ${targetKindWord(kind, "en")}: enter ${rangeEn}.`,
      ),
  };
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
      findings.push(
        typedOver(
          `${sheet}!${address}`,
          column,
          node.code,
          bilingual(
            `Ô ${address} (tổng của ${node.code}) đang là "${String(typed)}" thay cho công thức tính tổng.`,
            `Cell ${address} (the total of ${node.code}) holds "${String(typed)}" instead of the formula that adds it up.`,
          ),
          node.row,
        ),
      );
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

/**
 * A total, index, grade, rank or check cell whose formula was typed over (or cleared): its figure
 * no longer follows the scores. Each is named with its cell; the template rerun writes the formulas
 * back and keeps every score and target.
 */
function typedSummaryCells(
  data: ScoringSheetData,
  formulas: readonly (readonly unknown[])[],
  column: ScoreColumn,
  sheet: string,
): SheetFinding[] {
  const findings: SheetFinding[] = [];
  for (const name of summaryFormulaRows(data.layout, column)) {
    const row = summaryRow(data.layout, name);
    const formula = formulas[row]?.[column.column];
    if (typeof formula === "string" && formula.startsWith("=")) continue;
    const address = cellRef(row, column.column);
    const typed = data.values[row]?.[column.column];
    const label = { vi: SUMMARY_LABELS.vi[name], en: SUMMARY_LABELS.en[name] };
    const shown = typed === null || typed === undefined || typed === "" ? null : typeof typed === "number" ? typed : String(typed);
    findings.push(
      typedOver(
        `${sheet}!${address}`,
        column,
        undefined,
        shown === null
          ? bilingual(`Ô ${address} (${label.vi}) đã bị xóa công thức.`, `Cell ${address} (${label.en}) lost its formula (it was cleared).`)
          : bilingual(
              `Ô ${address} (${label.vi}) được nhập tay là ${typeof shown === "number" ? formatNumber(shown, "vi") : `"${shown}"`} thay cho công thức.`,
              `Cell ${address} (${label.en}) was typed over with ${typeof shown === "number" ? formatNumber(shown, "en") : `"${shown}"`} instead of its formula.`,
            ),
      ),
    );
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
