import type { ChartPlan, PlannedCell, SheetPlan } from "../plan/workbook-plan";
import { emptySheetPlan, text } from "../plan/workbook-plan";
import { COLUMN_KIND_LABEL } from "../template/sheet-labels";
import { SHEET_STYLE } from "../template/sheet-style";
import type { ScoringSheetRecord } from "../template/scoring-layout";
import type { MeetingSummary } from "./summary-model";

/**
 * The meeting sheet: values only (a snapshot of the meeting's numbers, which later edits to the
 * scores do not change), a header saying where they came from, three tables and a chart, set up to
 * print on A4 landscape one page wide.
 */
export interface SummarySheetInput {
  sheetName: string;
  period: string;
  record: ScoringSheetRecord;
  summary: MeetingSummary;
  now: Date;
}

const UNIT_HEADERS = ["STT", "Đơn vị (Unit)", "Tổng điểm (Total)", "Tối đa (Max)", "Chỉ số (Index)", "Xếp loại (Grade)", "Xếp hạng (Rank)", "Thay đổi hạng (Rank change)", "Mục tiêu (Target)", "Còn thiếu (Gap)", "Ước cả năm (Projected)"];
const AREA_HEADERS = ["Mã (Code)", "Lĩnh vực (Area)", "Đạt (Achieved)", "Tối đa (Max)", "Bị mất (Lost)", "Ước cả năm (Projected)", "Chỉ số lĩnh vực (Sub-index)"];
const CUT_HEADERS = ["STT", "Đơn vị (Unit)", "Mã (Code)", "Tiêu chí (Criterion)", "Tự đánh giá (Self)", "Thẩm định (Appraised)", "Chênh lệch (Difference)"];
const LOST_HEADERS = ["STT", "Mã (Code)", "Tiêu chí (Criterion)", "Điểm bị mất (Points lost)", "Số đơn vị mất điểm (Units losing)", "Cơ quan chủ trì (Responsible)"];

export function planSummarySheet(input: SummarySheetInput): SheetPlan {
  const { summary, record } = input;
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
  put([[text(`BÁO CÁO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH — ${input.period}`)]]);
  put([[text(`Bộ tiêu chí: ${record.rubricTitle.vi} (${record.rubricYear}, phiên bản ${record.rubricVersion}). Lập lúc ${stamp}.`)]]);
  put([[text(`Nguồn số liệu: trang "${record.scoringSheet}", cột ${COLUMN_KIND_LABEL[summary.basis]}. Đây là ảnh chụp số liệu tại thời điểm lập, không tự cập nhật. / Source: sheet "${record.scoringSheet}"; a snapshot taken at ${stamp}.`)]]);
  sheet.formats.push(
    { row: 0, column: 0, rowCount: 1, columnCount: 1, bold: true, fontColor: SHEET_STYLE.title },
    { row: 1, column: 0, rowCount: 2, columnCount: 1, italic: true },
  );
  row++;

  section(sheet, put, "1. Kết quả theo đơn vị (Results by unit)", UNIT_HEADERS, summary.units.map((unit, index) => [
    index + 1,
    text(unit.unit),
    unit.total,
    unit.applicableMax,
    unit.percent ?? null,
    unit.grade ? text(unit.grade) : null,
    unit.rank ?? null,
    unit.rankChange ?? null,
    unit.target ? (typeof unit.target.value === "number" ? unit.target.value : text(unit.target.value)) : null,
    unit.target?.gap ?? null,
    unit.projected ?? null,
  ]), (first, count) => [
    { column: 2, columnCount: 2, numberFormat: SHEET_STYLE.points },
    { column: 4, columnCount: 1, numberFormat: "0.00%" },
    { column: 7, columnCount: 1, numberFormat: "+0;-0;0" },
    { column: 9, columnCount: 2, numberFormat: SHEET_STYLE.points },
  ].forEach((format) => sheet.formats.push({ row: first, rowCount: count, ...format })));
  row++;

  const areaFirst = section(sheet, put, "2. Kết quả theo lĩnh vực (Results by area)", AREA_HEADERS, summary.areas.map((area) => [
    text(area.code), text(area.name), area.achieved, area.max, area.lost, area.projected ?? null, area.subIndex ?? null,
  ]), (first, count) => {
    sheet.formats.push({ row: first, column: 2, rowCount: count, columnCount: 4, numberFormat: SHEET_STYLE.points });
    sheet.formats.push({ row: first, column: 6, rowCount: count, columnCount: 1, numberFormat: "0.00%" });
  });
  if (summary.areas.length > 0) {
    const chart: ChartPlan = {
      name: "PAR_AreaChart",
      title: "Điểm đạt so với tối đa theo lĩnh vực (Achieved vs max by area)",
      type: "ColumnClustered",
      // Name, achieved and max columns: the chart reads the header row for its series names.
      source: { row: areaFirst - 1, column: 1, rowCount: summary.areas.length + 1, columnCount: 3 },
      placeAt: { row: areaFirst - 1, column: 8, rowCount: Math.max(14, summary.areas.length + 4), columnCount: 7 },
    };
    sheet.charts.push(chart);
  }
  row = Math.max(row + 1, areaFirst + 15);

  section(sheet, put, `3. ${summary.topLost.length} tiêu chí mất nhiều điểm nhất (Criteria that lost most points)`, LOST_HEADERS, summary.topLost.map((leaf, index) => [
    index + 1, text(leaf.code), text(leaf.name), leaf.lost, leaf.unitsLosing, leaf.responsible ? text(leaf.responsible) : null,
  ]), (first, count) => sheet.formats.push({ row: first, column: 3, rowCount: count, columnCount: 1, numberFormat: SHEET_STYLE.points }));

  if (summary.appraisalCuts.length > 0) {
    row++;
    section(sheet, put, `4. Chênh lệch tự đánh giá và thẩm định (Self-assessed vs appraised)`, CUT_HEADERS, summary.appraisalCuts.map((cut, index) => [
      index + 1, text(cut.unit), text(cut.code), text(cut.name), cut.self, cut.appraised, cut.difference,
    ]), (first, count) => sheet.formats.push({ row: first, column: 4, rowCount: count, columnCount: 3, numberFormat: SHEET_STYLE.points }));
  }

  sheet.columnWidths = [40, 200, 80, 70, 80, 80, 70, 80, 80, 80, 90].map((width, column) => ({ column, width }));
  sheet.pageSetup = { orientation: "Landscape", paper: "A4", fitToPagesWide: 1, printTitleRows: { first: 0, last: 2 } };
  return sheet;
}

/** A titled table; returns the first data row. */
function section(
  sheet: SheetPlan,
  put: (cells: PlannedCell[][]) => number,
  title: string,
  headers: string[],
  rows: PlannedCell[][],
  formatData: (firstRow: number, count: number) => void,
): number {
  const titleRow = put([[text(title)]]);
  sheet.formats.push({ row: titleRow, column: 0, rowCount: 1, columnCount: 1, bold: true });
  const headerRow = put([headers.map(text)]);
  sheet.formats.push({ row: headerRow, column: 0, rowCount: 1, columnCount: headers.length, bold: true, fill: SHEET_STYLE.header, wrap: true, verticalAlignment: "Center" });
  if (rows.length === 0) {
    put([[text("(không có / none)")]]);
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

/** "Họp 22.11.2026 Quý IV-2026": the date first so a long period is what gets cut at 31 characters. */
export function summarySheetBaseName(period: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `Họp ${pad(now.getDate())}.${pad(now.getMonth() + 1)}.${now.getFullYear()} ${period.replace(/[/\\]/g, "-")}`;
}
