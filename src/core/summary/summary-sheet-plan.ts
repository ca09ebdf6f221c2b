import type { Language } from "../bilingual";
import type { ChartPlan, PlannedCell, SheetPlan } from "../plan/workbook-plan";
import { emptySheetPlan, text } from "../plan/workbook-plan";
import { freeSheetName } from "../template/sheet-names";
import { SHEET_STYLE } from "../template/sheet-style";
import type { ScoringSheetRecord } from "../template/scoring-layout";
import { SUMMARY_LABELS } from "./summary-labels";
import type { MeetingSummary } from "./summary-model";
import { writePlanSection } from "./summary-plan-section";

/**
 * The meeting sheet: values only (a snapshot of the meeting's numbers, which later edits to the
 * scores do not change), a header saying where they came from and what to beware of, the tables and
 * a chart, then the plan to target of each unit below it, set up to print on A4 landscape one page wide.
 */
export interface SummarySheetInput {
  sheetName: string;
  period: string;
  record: ScoringSheetRecord;
  summary: MeetingSummary;
  now: Date;
  /** The pane's language; the ribbon passes Office's. */
  language?: Language;
}

export function planSummarySheet(input: SummarySheetInput): SheetPlan {
  const { summary, record } = input;
  const language = input.language ?? "vi";
  const labels = SUMMARY_LABELS[language];
  const sheet = emptySheetPlan(input.sheetName, true);
  sheet.tabColor = SHEET_STYLE.summaryTab;
  const stamp = formatDateTime(input.now);
  let row = 0;
  const put = (cells: PlannedCell[][]) => {
    sheet.blocks.push({ row, column: 0, cells });
    const at = row;
    row += cells.length;
    return at;
  };
  put([[text(labels.title(input.period))]]);
  put([[text(labels.rubricLine(record.rubricTitle[language] || record.rubricTitle.vi, record.rubricYear, record.rubricVersion, stamp))]]);
  put([[text(labels.sourceLine(record.scoringSheet, summary.basis, summary.basisChosen))]]);
  sheet.formats.push(
    { row: 0, column: 0, rowCount: 1, columnCount: 1, bold: true, fontColor: SHEET_STYLE.title },
    { row: 1, column: 0, rowCount: 2, columnCount: 1, italic: true },
  );
  if (summary.notices.length > 0) {
    const first = put(summary.notices.map((notice) => [text(labels.noticePrefix + labels.notice(notice))]));
    sheet.formats.push({
      row: first,
      column: 0,
      rowCount: summary.notices.length,
      columnCount: 1,
      bold: true,
      fontColor: SHEET_STYLE.below.font,
    });
  }
  row++;

  const notAssessed = text(labels.notAssessed);
  section(
    sheet,
    put,
    labels.unitsTitle,
    labels.unitHeaders,
    labels.none,
    summary.units.map((unit, index) => [
      index + 1,
      text(unit.unit),
      unit.assessed ? unit.total : notAssessed,
      unit.applicableMax,
      unit.percent ?? null,
      unit.grade ? text(unit.grade) : unit.assessed ? null : notAssessed,
      unit.rank ?? null,
      unit.rankChange ?? null,
      unit.target ? (typeof unit.target.value === "number" ? unit.target.value : text(unit.target.value)) : null,
      unit.target?.gap ?? null,
      unit.projected ?? null,
    ]),
    (first, count) =>
      [
        // A long unit name wraps in its column instead of being cut at the next one.
        { column: 1, columnCount: 1, wrap: true },
        { column: 0, columnCount: 11, verticalAlignment: "Top" as const },
        { column: 2, columnCount: 2, numberFormat: SHEET_STYLE.points },
        { column: 4, columnCount: 1, numberFormat: "0.00%" },
        { column: 7, columnCount: 1, numberFormat: "+0;-0;0" },
        { column: 9, columnCount: 2, numberFormat: SHEET_STYLE.points },
      ].forEach((format) => sheet.formats.push({ row: first, rowCount: count, ...format })),
  );
  row++;

  const areaFirst = section(
    sheet,
    put,
    labels.areasTitle,
    labels.areaHeaders,
    labels.none,
    summary.areas.map((area) => [
      text(area.code),
      text(area.name),
      area.assessed ? area.achieved : notAssessed,
      area.max,
      area.assessed ? area.lost : null,
      area.projected ?? null,
      area.subIndex ?? null,
    ]),
    (first, count) => {
      sheet.formats.push({ row: first, column: 1, rowCount: count, columnCount: 1, wrap: true });
      sheet.formats.push({ row: first, column: 0, rowCount: count, columnCount: 7, verticalAlignment: "Top" });
      sheet.formats.push({ row: first, column: 2, rowCount: count, columnCount: 4, numberFormat: SHEET_STYLE.points });
      sheet.formats.push({ row: first, column: 6, rowCount: count, columnCount: 1, numberFormat: "0.00%" });
    },
  );
  if (summary.areas.length > 0) {
    const chart: ChartPlan = {
      name: "PAR_AreaChart",
      title: labels.chartTitle,
      type: "ColumnClustered",
      // Name, achieved and max columns: the chart reads the header row for its series names.
      source: { row: areaFirst - 1, column: 1, rowCount: summary.areas.length + 1, columnCount: 3 },
      placeAt: { row: areaFirst - 1, column: 8, rowCount: Math.max(14, summary.areas.length + 4), columnCount: 7 },
    };
    sheet.charts.push(chart);
  }
  row = Math.max(row + 1, areaFirst + 15);

  section(
    sheet,
    put,
    labels.lostTitle(summary.topLost.length),
    labels.lostHeaders,
    labels.none,
    summary.topLost.map((leaf, index) => [
      index + 1,
      text(leaf.code),
      text(leaf.name),
      leaf.lost,
      leaf.unitsLosing,
      leaf.responsible ? text(leaf.responsible) : null,
    ]),
    (first, count) => sheet.formats.push({ row: first, column: 3, rowCount: count, columnCount: 1, numberFormat: SHEET_STYLE.points }),
  );

  if (summary.appraisalCuts.length > 0) {
    row++;
    section(
      sheet,
      put,
      labels.cutsTitle,
      labels.cutHeaders,
      labels.none,
      summary.appraisalCuts.map((cut, index) => [
        index + 1,
        text(cut.unit),
        text(cut.code),
        text(cut.name),
        cut.self,
        cut.appraised,
        cut.difference,
      ]),
      (first, count) => sheet.formats.push({ row: first, column: 4, rowCount: count, columnCount: 3, numberFormat: SHEET_STYLE.points }),
    );
  }

  row++;
  writePlanSection(
    {
      sheet,
      put,
      skip: () => void row++,
      table: (title, headers, rows, formatData) => section(sheet, put, title, headers, labels.none, rows, formatData),
    },
    summary,
    language,
    summary.appraisalCuts.length > 0 ? 5 : 4,
  );

  sheet.columnWidths = [40, 200, 80, 70, 80, 80, 70, 80, 80, 80, 90].map((width, column) => ({ column, width }));
  sheet.pageSetup = { orientation: "Landscape", paper: "A4", fitToPagesWide: 1, printTitleRows: { first: 0, last: 2 } };
  return sheet;
}

/** A table under its title (none when blank); returns the first data row. */
function section(
  sheet: SheetPlan,
  put: (cells: PlannedCell[][]) => number,
  title: string,
  headers: string[],
  none: string,
  rows: PlannedCell[][],
  formatData: (firstRow: number, count: number) => void,
): number {
  if (title !== "") {
    const titleRow = put([[text(title)]]);
    sheet.formats.push({ row: titleRow, column: 0, rowCount: 1, columnCount: 1, bold: true });
  }
  const headerRow = put([headers.map(text)]);
  sheet.formats.push({
    row: headerRow,
    column: 0,
    rowCount: 1,
    columnCount: headers.length,
    bold: true,
    fill: SHEET_STYLE.header,
    wrap: true,
    verticalAlignment: "Center",
  });
  if (rows.length === 0) {
    put([[text(none)]]);
    return headerRow + 1;
  }
  const first = put(rows);
  formatData(first, rows.length);
  return first;
}

function formatDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const MAX_SHEET_NAME = 31;

/**
 * "Họp 22.11.2026 Quý IV-2026", never replacing an earlier sheet. A sheet name holds 31 characters:
 * rather than cutting off the period's year (or, on a second report the same day, the end of the
 * period to make room for " (2)"), the date is shortened first, then dropped, and only then the
 * middle of the period gives way, keeping its last word (the year).
 */
export function summarySheetName(period: string, now: Date, taken: Iterable<string>, language: Language = "vi"): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const prefix = SUMMARY_LABELS[language].sheetPrefix;
  const cleanPeriod = period
    .replace(/[/\\]/g, "-")
    .replace(/[[\]:*?]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const day = `${pad(now.getDate())}.${pad(now.getMonth() + 1)}`;
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidates = [
      `${prefix} ${day}.${now.getFullYear()} ${cleanPeriod}`,
      `${prefix} ${day} ${cleanPeriod}`,
      `${prefix} ${cleanPeriod}`,
      shortened(cleanPeriod, MAX_SHEET_NAME - suffix.length),
    ].map((base) => `${base}${suffix}`);
    // The fullest shape that fits: a taken name is numbered, never given another shape.
    const name = candidates.find((candidate) => candidate.length <= MAX_SHEET_NAME)!;
    if (!used.has(name.toLowerCase())) return name;
    if (n > 999) return freeSheetName(candidates[0], used);
  }
}

/** "9 tháng đầu năm 2026" in 14 characters: "9 tháng…2026". */
function shortened(period: string, room: number): string {
  if (period.length <= room) return period;
  const last = period.split(" ").pop() ?? "";
  const keep = Math.max(0, room - last.length - 1);
  return last.length + 1 <= room ? `${period.slice(0, keep).trimEnd()}…${last}` : period.slice(0, room);
}
