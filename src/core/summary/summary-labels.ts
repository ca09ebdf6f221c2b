import type { Language } from "../bilingual";
import type { ScoreColumnKind } from "../template/scoring-layout";
import { COLUMN_KIND_NAME, type SummaryNotice } from "./summary-model";

/**
 * The meeting report's words, in the language of the pane that made it: a report is printed and read
 * aloud at the meeting, one language at a time.
 */
export interface SummaryLabels {
  title: (period: string) => string;
  rubricLine: (title: string, year: number, version: string, stamp: string) => string;
  sourceLine: (sheet: string, basis: ScoreColumnKind, chosen: "user" | "latest") => string;
  /** Also shown in the pane, after the report is made. */
  notice: (notice: SummaryNotice) => string;
  noticePrefix: string;
  notAssessed: string;
  none: string;
  unitsTitle: string;
  unitHeaders: string[];
  areasTitle: string;
  areaHeaders: string[];
  chartTitle: string;
  lostTitle: (count: number) => string;
  lostHeaders: string[];
  cutsTitle: string;
  cutHeaders: string[];
  sheetPrefix: string;
}

const kindVi = COLUMN_KIND_NAME.vi;
const kindEn = COLUMN_KIND_NAME.en;
const list = (items: readonly string[], language: Language) =>
  items.map((item) => `"${item}"`).join(", ") || (language === "vi" ? "không có" : "none");

const vi: SummaryLabels = {
  title: (period) => `BÁO CÁO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH — ${period}`,
  rubricLine: (title, year, version, stamp) => `Bộ tiêu chí: ${title} (${year}, phiên bản ${version}). Lập lúc ${stamp}.`,
  sourceLine: (sheet, basis, chosen) =>
    `Số liệu: trang "${sheet}", cột điểm ${kindVi[basis]}` +
    (basis === "projected" ? " (điểm hiện tại, thay bằng điểm dự kiến ở tiêu chí có dự kiến)" : "") +
    (chosen === "latest" ? " — loại điểm mới nhất đã có trên trang." : " — do người lập chọn.") +
    " Đây là ảnh chụp số liệu lúc lập, không tự cập nhật.",
  notice: (notice) => {
    switch (notice.kind) {
      case "basisEmpty":
        return `Cột ${kindVi[notice.basis]} chưa có điểm nào, nên mọi đơn vị là "chưa chấm" (không phải 0 điểm). Cột đã có điểm: ${list(
          notice.withEntries.map((kind) => kindVi[kind]),
          "vi",
        )}.`;
      case "unitsNotAssessed":
        return `${notice.units.length} đơn vị chưa có điểm nào ở cột này, không xếp loại, không xếp hạng: ${list(notice.units, "vi")}.`;
      case "rankUnmatched":
        return (
          `Thứ hạng kỳ trước của "${notice.name}" không khớp đơn vị nào trên trang nên không dùng` +
          (notice.suggestion ? `; có phải là "${notice.suggestion}"?` : ".")
        );
    }
  },
  noticePrefix: "CHÚ Ý: ",
  notAssessed: "Chưa chấm",
  none: "(không có)",
  unitsTitle: "1. Kết quả theo đơn vị",
  unitHeaders: [
    "STT",
    "Đơn vị",
    "Tổng điểm",
    "Tối đa",
    "Chỉ số",
    "Xếp loại",
    "Xếp hạng",
    "Thay đổi hạng",
    "Mục tiêu",
    "Còn thiếu",
    "Ước cả năm",
  ],
  areasTitle: "2. Kết quả theo lĩnh vực",
  areaHeaders: ["Mã", "Lĩnh vực", "Đạt", "Tối đa", "Bị mất", "Ước cả năm", "Chỉ số lĩnh vực"],
  chartTitle: "Điểm đạt so với tối đa theo lĩnh vực",
  lostTitle: (count) =>
    count === 0 ? "3. Các tiêu chí bị mất điểm: chưa có tiêu chí nào bị mất điểm" : `3. ${count} tiêu chí mất nhiều điểm nhất`,
  lostHeaders: ["STT", "Mã", "Tiêu chí", "Điểm bị mất", "Số đơn vị mất điểm", "Cơ quan chủ trì"],
  cutsTitle: "4. Chênh lệch giữa tự đánh giá và thẩm định",
  cutHeaders: ["STT", "Đơn vị", "Mã", "Tiêu chí", "Tự đánh giá", "Thẩm định", "Chênh lệch"],
  sheetPrefix: "Họp",
};

const en: SummaryLabels = {
  title: (period) => `ADMINISTRATIVE REFORM INDEX REPORT — ${period}`,
  rubricLine: (title, year, version, stamp) => `Rubric: ${title} (${year}, version ${version}). Made at ${stamp}.`,
  sourceLine: (sheet, basis, chosen) =>
    `Figures: sheet "${sheet}", ${kindEn[basis]} scores` +
    (basis === "projected" ? " (current scores, replaced by the projection where one is given)" : "") +
    (chosen === "latest" ? " — the latest kind of score on the sheet." : " — chosen by the author.") +
    " A snapshot taken when made; it does not update.",
  notice: (notice) => {
    switch (notice.kind) {
      case "basisEmpty":
        return `The ${kindEn[notice.basis]} column has no scores yet, so every unit is "not assessed" (not 0 points). Columns with scores: ${list(
          notice.withEntries.map((kind) => kindEn[kind]),
          "en",
        )}.`;
      case "unitsNotAssessed":
        return `${notice.units.length} unit(s) have no score in this column yet and get no grade or rank: ${list(notice.units, "en")}.`;
      case "rankUnmatched":
        return (
          `The previous rank of "${notice.name}" matches no unit of the sheet and was not used` +
          (notice.suggestion ? `; did you mean "${notice.suggestion}"?` : ".")
        );
    }
  },
  noticePrefix: "NOTE: ",
  notAssessed: "Not assessed",
  none: "(none)",
  unitsTitle: "1. Results by unit",
  unitHeaders: ["No.", "Unit", "Total", "Max", "Index", "Grade", "Rank", "Rank change", "Target", "Gap", "Projected"],
  areasTitle: "2. Results by area",
  areaHeaders: ["Code", "Area", "Achieved", "Max", "Lost", "Projected", "Sub-index"],
  chartTitle: "Achieved vs max by area",
  lostTitle: (count) =>
    count === 0 ? "3. Criteria losing points: no criterion has lost points yet" : `3. The ${count} criteria that lost most points`,
  lostHeaders: ["No.", "Code", "Criterion", "Points lost", "Units losing", "Responsible"],
  cutsTitle: "4. Self-assessed vs appraised",
  cutHeaders: ["No.", "Unit", "Code", "Criterion", "Self-assessed", "Appraised", "Difference"],
  sheetPrefix: "Meeting",
};

export const SUMMARY_LABELS: Record<Language, SummaryLabels> = { vi, en };
