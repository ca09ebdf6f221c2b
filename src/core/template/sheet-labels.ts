import type { ScoreColumnKind, SummaryRow } from "./scoring-layout";
import type { UnitLevel } from "../rubric/schema";

/**
 * Labels written into the sheets. Sheets are shared between colleagues whatever their Office
 * language, so each label carries Vietnamese first and English after it.
 */
export const COLUMN_KIND_LABEL: Record<ScoreColumnKind, string> = {
  self: "Tự đánh giá (Self-assessed)",
  appraised: "Thẩm định (Appraised)",
  projected: "Dự kiến cả năm (Projected)",
};

export const SUMMARY_LABEL: Record<SummaryRow, string> = {
  total: "Tổng điểm (Total)",
  applicableMax: "Điểm tối đa áp dụng (Applicable max)",
  assessedMax: "Tối đa của phần đã chấm (Max assessed so far)",
  lost: "Điểm bị mất (Points lost)",
  percent: "Chỉ số (Index)",
  grade: "Xếp loại (Grade)",
  rank: "Xếp hạng (Rank)",
  projected: "Ước cả năm (Projected total)",
  check: "Kiểm tra (Check)",
  gap0: "",
  targetKind: "Loại mục tiêu: Xếp loại / Điểm / Hạng (Target kind)",
  targetValue: "Mục tiêu (Target)",
  targetPoints: "Mục tiêu quy ra điểm (Target in points)",
  gap: "Còn thiếu so với mục tiêu (Gap; ≤ 0 là đạt)",
  status: "Trạng thái mục tiêu (Target status)",
};

export const HEADER_LABELS = {
  code: "Mã",
  kind: "Loại",
  max: "Tối đa",
  step: "Bước / mức điểm",
  name: "Tên tiêu chí (Criterion)",
  responsible: "Cơ quan chủ trì (Responsible)",
  nameEn: "Tên tiếng Anh (English name)",
  rule: "Quy tắc chấm (Scoring rule)",
  evidence: "Tài liệu kiểm chứng (Evidence)",
  band: "Xếp loại (Grade)",
  bandMin: "Tối thiểu (Minimum)",
};

export const HELP_TEXT =
  "Nhập điểm vào ô màu vàng. Để trống = chưa chấm; 0 = đã chấm, mất điểm; N/A hoặc KAD = không áp dụng. " +
  "Enter scores in the yellow cells. Blank = not assessed yet; 0 = assessed and lost; N/A = not applicable.";

const LEVEL_WORD: Record<UnitLevel, string> = {
  province: "cấp tỉnh",
  ministry: "cấp bộ",
  department: "cấp sở",
  district: "cấp huyện",
  commune: "cấp xã",
};

export function scoringSheetBaseName(level: UnitLevel, year: number): string {
  return `Chấm điểm ${LEVEL_WORD[level]} ${year}`;
}

export function rubricSheetBaseName(level: UnitLevel, year: number): string {
  return `Bộ tiêu chí ${LEVEL_WORD[level]} ${year}`;
}

export const ORPHAN_SHEET_BASE_NAME = "Điểm không còn mã";
