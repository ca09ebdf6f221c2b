import { fromMicro, ratio } from "../decimal";
import type { Severity } from "../findings";
import type { Bilingual } from "../bilingual";
import { cellRef } from "../plan/a1";
import { ROW_KIND_LABEL } from "../rubric/row-kind";
import type { RubricRow } from "../rubric/rubric-rows";
import { evidenceMissing, explanationMissing, formScoreEntry } from "../rules/native-score-formulas";
import { LeafState } from "../scores/leaf-state";
import { readUnitScores } from "../scores/unit-scores";
import { computeUnitTotals } from "../engine/unit-totals";
import { buildRubricTable, type RubricTable } from "../table/rubric-table";
import { textOf, type CollectedFinding, type CollectedForm, type FormCellValue, type FormGrid } from "./collected-form";
import { FIRST_NODE_ROW, FORM_COLUMNS as C } from "./form-layout";
import { formMessages } from "./form-messages";

/**
 * A form's scores, evidence and explanations read against `rows` (the rubric they are collected
 * into), with every finding named by the file's own cell. `fileRow` says where each row's cells are
 * in the file: the form's own layout, or, for a form of an older rubric version, the row of the same
 * code (undefined: no such row, its cells are blank).
 */
export function readScores(
  fileName: string,
  grid: FormGrid,
  rows: readonly RubricRow[],
  fileRow: (index: number) => number | undefined = (index) => FIRST_NODE_ROW + index,
): Omit<CollectedForm, "file" | "status"> {
  const table: RubricTable = buildRubricTable(rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]));
  const findings: CollectedFinding[] = [];
  const scores: Record<string, number | string | boolean> = {};
  const evidence: Record<string, string> = {};
  const explanations: Record<string, string> = {};
  const formulaRows = new Set<number>();
  const column: unknown[] = rows.map((row, index) => {
    const r = fileRow(index);
    if (r === undefined) return null;
    const read = grid.cellAt(r, C.score);
    if (!row.isLeaf) {
      // A parent's cell holds its subtotal formula; anything typed there replaced it.
      if (read === null || typeof read !== "object")
        findings.push(located("form.scoreOnParent", "warning", row.code, r, formMessages.scoreOnParent(row.code, cellRef(r, C.score))));
      return null;
    }
    // A formula typed into an input cell is what the unit wrote: it stays text, and is never evaluated.
    const formulaText = typeof read === "object" && read !== null ? read.formula : undefined;
    const cell = formulaText !== undefined ? `=${formulaText}` : (read as Exclude<FormCellValue, object>);
    const evidenceText = textOf(grid.cellAt(r, C.evidence));
    const explanationText = textOf(grid.cellAt(r, C.explanation));
    if (evidenceText !== "") evidence[row.code] = evidenceText;
    if (explanationText !== "") explanations[row.code] = explanationText;
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) return null;
    if (row.kind === "survey") {
      findings.push(located("form.scoreOnSurvey", "warning", row.code, r, formMessages.scoreOnSurvey(row.code, cellRef(r, C.score))));
      return null;
    }
    scores[row.code] = cell;
    // What the form's own formulas count (core/rules/form-entry): a text number as its number, a
    // formula as an entry to fix. Both are said by criterion and cell.
    const entry = formScoreEntry(cell, formulaText);
    const at = cellRef(r, C.score);
    if (formulaText !== undefined) {
      formulaRows.add(index);
      findings.push(
        located(
          "form.scoreFormula",
          "error",
          row.code,
          r,
          formMessages.inCell(formMessages.scoreFormula(row.code, String(cell)), fileName, at),
        ),
      );
    } else if (typeof cell === "string" && typeof entry === "number") {
      findings.push(
        located(
          "form.textNumberRead",
          "warning",
          row.code,
          r,
          formMessages.inCell(formMessages.textNumberRead(row.code, cell, entry), fileName, at),
        ),
      );
    }
    return entry;
  });
  const unitScores = readUnitScores(table, column);
  for (const finding of unitScores.findings) {
    // A formula is reported above, in its own words.
    if (finding.row !== undefined && formulaRows.has(finding.row)) continue;
    // Findings come only from rows that hold something, which have a row in the file.
    const cell = cellRef(fileRow(finding.row ?? 0) ?? 0, C.score);
    findings.push({
      code: finding.code,
      severity: finding.severity,
      criterion: finding.criterion,
      cell,
      message: formMessages.inCell(finding.message, fileName, cell),
    });
  }
  const totals = computeUnitTotals(table, unitScores);
  const missingEvidence: string[] = [];
  const missingExplanation: string[] = [];
  const accepted: Record<string, number | string> = {};
  table.nodes.forEach((node, index) => {
    if (!node.isLeaf) return;
    const state = unitScores.states[index] as LeafState;
    if (state === LeafState.Assessed) accepted[node.code] = fromMicro(unitScores.micro[index]);
    if (state === LeafState.NotApplicable) accepted[node.code] = String(scores[node.code]).trim();
    const r = fileRow(node.row) ?? 0;
    const points = unitScores.micro[index];
    if (node.category !== "penalty" && evidenceMissing(state, points, evidence[node.code] ?? "")) {
      missingEvidence.push(node.code);
      findings.push(
        located("form.evidenceMissing", "warning", node.code, r, formMessages.evidenceMissing(node.code, cellRef(r, C.evidence))),
      );
    }
    if (node.category === "normal" && explanationMissing(state, points, node.maxMicro, explanations[node.code] ?? "")) {
      missingExplanation.push(node.code);
      findings.push(
        located("form.explanationMissing", "warning", node.code, r, formMessages.explanationMissing(node.code, cellRef(r, C.explanation))),
      );
    }
  });
  return {
    unit: undefined,
    total: fromMicro(totals.totalMicro),
    applicableMax: fromMicro(totals.applicableMaxMicro),
    assessedMax: fromMicro(totals.assessedMaxMicro),
    lost: fromMicro(totals.lostMicro),
    percent: totals.applicableMaxMicro > 0 ? ratio(totals.totalMicro, totals.applicableMaxMicro) : null,
    scores,
    accepted,
    taken: Object.keys(accepted).length,
    invalid: totals.invalidCount,
    findings,
    evidenceMissing: missingEvidence,
    explanationMissing: missingExplanation,
    evidence,
    explanations,
  };
}

function located(code: CollectedFinding["code"], severity: Severity, criterion: string, row: number, message: Bilingual): CollectedFinding {
  const column = code === "form.evidenceMissing" ? C.evidence : code === "form.explanationMissing" ? C.explanation : C.score;
  return { code, severity, criterion, cell: cellRef(row, column), message };
}
