import type { Language } from "../bilingual";
import { roundPoints } from "../decimal";
import type { PlannedCell, SheetPlan } from "../plan/workbook-plan";
import { text } from "../plan/workbook-plan";
import { SHEET_STYLE } from "../template/sheet-style";
import { leafNotes, PLAN_LABELS } from "./plan-labels";
import type { MeetingSummary } from "./summary-model";
import type { UnitPlan } from "./summary-plans";

/**
 * How many plan leaves the whole report lists, and the fewest one unit's plan is cut to. A district's
 * report lists every needed leaf of its dozen units; a province with hundreds of units below target
 * would otherwise get tens of thousands of rows and a write over Excel's 5 MB request limit, so each
 * plan then lists the leaves that count most (at least REPORT_PLAN_LEAVES) and says how many more.
 */
export const REPORT_PLAN_ROWS = 4000;
export const REPORT_PLAN_LEAVES = 15;

/** How the report sheet writes: rows in order, and a titled table (see summary-sheet-plan). */
export interface ReportWriter {
  sheet: SheetPlan;
  /** Writes rows at the next free row; returns the first. */
  put: (cells: PlannedCell[][]) => number;
  /** One blank row. */
  skip: () => void;
  /** A table under a title (none when blank); returns the first data row. */
  table: (title: string, headers: string[], rows: PlannedCell[][], formatData: (first: number, count: number) => void) => number;
}

/**
 * "Kế hoạch đạt mục tiêu": per unit, its figures (target in points, now, gap, what can be won back),
 * a sentence saying whether that is enough, the leaves to win back with their department and the
 * running total, then the same by department. Values only, like the rest of the report.
 */
export function writePlanSection(writer: ReportWriter, summary: MeetingSummary, language: Language, number: number): void {
  const labels = PLAN_LABELS[language];
  const { sheet, put } = writer;
  const titleRow = put([[text(labels.sectionTitle(number))]]);
  sheet.formats.push({ row: titleRow, column: 0, rowCount: 1, columnCount: 1, bold: true });
  if (summary.plans.length === 0 && summary.planSkipped.length === 0) {
    put([[text(summary.units.some((unit) => unit.target) ? labels.noneBelow : labels.noTargets)]]);
  }
  for (const skip of summary.planSkipped) put([[text(labels.skipped(skip))]]);
  const leavesPerUnit = Math.max(REPORT_PLAN_LEAVES, Math.floor(REPORT_PLAN_ROWS / Math.max(1, summary.plans.length)));
  summary.plans.forEach((plan, index) => {
    writer.skip();
    writeUnitPlan(writer, plan, `${number}.${index + 1}`, language, leavesPerUnit);
  });
}

function writeUnitPlan(writer: ReportWriter, plan: UnitPlan, number: string, language: Language, leavesPerUnit: number): void {
  const labels = PLAN_LABELS[language];
  const { sheet, put } = writer;
  const { result } = plan;
  const titleRow = put([[text(labels.unitTitle(number, plan.unit, plan.target, result.target))]]);
  sheet.formats.push({ row: titleRow, column: 0, rowCount: 1, columnCount: 1, bold: true, fontColor: SHEET_STYLE.title });

  // Label and figure side by side in the wide name column and the next: read down like a form.
  const values = [result.target, result.currentTotal, result.gap, result.totalRecoverable, result.directRecoverable, result.missing];
  const figures = put(labels.figureHeaders.map((label, i) => [null, text(label), values[i]]));
  sheet.formats.push(
    { row: figures, column: 1, rowCount: values.length, columnCount: 1, bold: true, fill: SHEET_STYLE.header },
    { row: figures, column: 2, rowCount: values.length, columnCount: 1, numberFormat: SHEET_STYLE.points },
  );
  const verdictRow = put([
    [
      text(
        labels.verdict(result.verdict, {
          needed: result.neededCount,
          direct: result.directRecoverable,
          missing: result.missing,
          missingWithoutSurvey: result.missingWithoutSurvey,
        }),
      ),
    ],
  ]);
  sheet.formats.push({
    row: verdictRow,
    column: 0,
    rowCount: 1,
    columnCount: 1,
    bold: true,
    ...(result.verdict === "reachable" ? {} : { fontColor: SHEET_STYLE.below.font }),
  });

  // The pane shows one unit's whole plan; the departments table below still counts every needed leaf.
  const shown = result.leaves.slice(0, Math.min(result.neededCount, leavesPerUnit));
  writer.table(
    "",
    labels.leafHeaders,
    shown.map((leaf, i) => [
      i + 1,
      text(`${leaf.code} ${plan.names[i]}`.trim()),
      leaf.responsible ? text(leaf.responsible) : text(labels.unassigned),
      leaf.current ?? text(labels.notAssessed),
      leaf.raisedTo,
      leaf.recoverable,
      leaf.cumulative,
      text(leafNotes(leaf, labels.notes)),
    ]),
    (first, count) => {
      sheet.formats.push(
        { row: first, column: 0, rowCount: count, columnCount: 8, verticalAlignment: "Top" },
        { row: first, column: 1, rowCount: count, columnCount: 2, wrap: true },
        { row: first, column: 3, rowCount: count, columnCount: 4, numberFormat: SHEET_STYLE.points },
        { row: first, column: 7, rowCount: count, columnCount: 1, wrap: true },
      );
    },
  );
  const unlisted = result.neededCount - shown.length;
  if (unlisted > 0) {
    const points = roundPoints(result.leaves[result.neededCount - 1].cumulative - shown[shown.length - 1].cumulative, 6);
    const row = put([[text(labels.notListed(unlisted, points))]]);
    sheet.formats.push({ row, column: 0, rowCount: 1, columnCount: 1, italic: true });
  }
  const rest = result.leaves.slice(result.neededCount);
  if (rest.length > 0) {
    const row = put([[text(labels.more(rest.length, result.beyondNeeded))]]);
    sheet.formats.push({ row, column: 0, rowCount: 1, columnCount: 1, italic: true });
  }

  writer.table(
    labels.departmentsTitle,
    labels.departmentHeaders,
    result.departments.map((department, i) => [
      i + 1,
      text(department.responsible || labels.unassigned),
      department.leafCount,
      department.recoverable,
      department.towardsGap,
      department.shareOfGap ?? null,
    ]),
    (first, count) => {
      sheet.formats.push(
        { row: first, column: 0, rowCount: count, columnCount: 6, verticalAlignment: "Top" },
        { row: first, column: 1, rowCount: count, columnCount: 1, wrap: true },
        { row: first, column: 3, rowCount: count, columnCount: 2, numberFormat: SHEET_STYLE.points },
        { row: first, column: 5, rowCount: count, columnCount: 1, numberFormat: "0.0%" },
      );
    },
  );
}
