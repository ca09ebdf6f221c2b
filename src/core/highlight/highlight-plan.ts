import { cellRef } from "../plan/a1";
import type { ConditionalFormatPlan } from "../plan/workbook-plan";
import {
  CODE_COLUMN,
  FIRST_CRITERION_ROW,
  FIRST_SCORE_COLUMN,
  KIND_COLUMN,
  MAX_COLUMN,
  UNIT_HEADER_ROW,
  lastCriterionRow,
  summaryRow,
  type ScoringLayout,
} from "../template/scoring-layout";
import { STATUS_WORDS, type TargetStatus, blankFormula, leafFormula, notApplicableFormula, scoreInRangeFormula } from "../rules";
import { SHEET_STYLE } from "../template/sheet-style";
import { ROW_KIND_LABELS, type RowKind } from "../rubric/row-kind";

/**
 * Native conditional formats that stay live as scores change: they read the target status row
 * (itself a formula) and the score cells, so Excel re-evaluates them; nothing is painted by hand.
 * Every rule is ours by purpose; Highlight removes only the rules it added before.
 */
export function planHighlightRules(layout: ScoringLayout): ConditionalFormatPlan[] {
  const count = layout.scoreColumns.length;
  if (count === 0) return [];
  const status = summaryRow(layout, "status");
  const statusOf = cellRef(status, FIRST_SCORE_COLUMN, { row: true });
  const summaryTop = summaryRow(layout, "total");
  const summaryRows = summaryRow(layout, "rank") - summaryTop + 1;
  const rules: ConditionalFormatPlan[] = [];
  for (const [row, rowCount, where] of [
    [summaryTop, summaryRows, "summary"],
    [UNIT_HEADER_ROW, 1, "header"],
  ] as const) {
    rules.push(
      {
        row,
        column: FIRST_SCORE_COLUMN,
        rowCount,
        columnCount: count,
        formula: `=${isStatus(statusOf, "below")}`,
        fill: SHEET_STYLE.below.fill,
        fontColor: SHEET_STYLE.below.font,
        bold: true,
        purpose: `below-target-${where}`,
      },
      {
        row,
        column: FIRST_SCORE_COLUMN,
        rowCount,
        columnCount: count,
        formula: `=${isStatus(statusOf, "close")}`,
        fill: SHEET_STYLE.close.fill,
        fontColor: SHEET_STYLE.close.font,
        purpose: `close-to-target-${where}`,
      },
    );
  }
  // The leaf rule, the blank rule, the score range and the not-applicable words: all from core/rules.
  const code = cellRef(FIRST_CRITERION_ROW, CODE_COLUMN, { column: true });
  const codes = `${cellRef(FIRST_CRITERION_ROW, CODE_COLUMN, { row: true, column: true })}:${cellRef(lastCriterionRow(layout), CODE_COLUMN, { row: true, column: true })}`;
  const isLeaf = leafFormula(code, codes);
  const cell = cellRef(FIRST_CRITERION_ROW, FIRST_SCORE_COLUMN);
  const max = cellRef(FIRST_CRITERION_ROW, MAX_COLUMN, { column: true });
  const kind = cellRef(FIRST_CRITERION_ROW, KIND_COLUMN, { column: true });
  const notKind = (word: RowKind) => `${kind}<>"${ROW_KIND_LABELS.vi[word]}",${kind}<>"${ROW_KIND_LABELS.en[word]}"`;
  const criteria = { row: FIRST_CRITERION_ROW, column: FIRST_SCORE_COLUMN, rowCount: layout.criterionCount, columnCount: count };
  rules.push(
    {
      ...criteria,
      formula: `=AND(${isLeaf},NOT(${blankFormula(cell)}),NOT(${scoreInRangeFormula(cell, max)}),NOT(${notApplicableFormula(cell)}))`,
      fill: SHEET_STYLE.invalid.fill,
      fontColor: SHEET_STYLE.invalid.font,
      bold: true,
      purpose: "invalid-score",
    },
    {
      // Bonus not earned and penalties are not lost points (a penalty of 0 is the good outcome).
      ...criteria,
      // (the kind words of either language a sheet may be made in)
      formula: `=AND(${isLeaf},${notKind("bonus")},${notKind("penalty")},ISNUMBER(${cell}),${cell}>=0,${cell}<${max})`,
      fill: SHEET_STYLE.lost.fill,
      purpose: "lost-points",
    },
  );
  return rules;
}

/** The status cell says this, in either language the sheet may have been made in. */
function isStatus(cell: string, status: TargetStatus): string {
  return `OR(${cell}="${STATUS_WORDS.vi[status]}",${cell}="${STATUS_WORDS.en[status]}")`;
}
