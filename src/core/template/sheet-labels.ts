import type { ScoreColumnKind, SummaryRow } from "./scoring-layout";
import type { UnitLevel } from "../rubric/schema";
import { SHEET_RUBRIC_ID_PREFIX } from "../rubric/rubric-from-sheet";

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

/** The rubric facts the sheet names come from. */
export interface NamedRubric {
  id: string;
  level: UnitLevel;
  year: number;
  title: { vi: string };
}

export function scoringSheetBaseName(rubric: NamedRubric): string {
  return sheetBaseName("Chấm điểm", rubric);
}

export function rubricSheetBaseName(rubric: NamedRubric): string {
  return sheetBaseName("Bộ tiêu chí", rubric);
}

const MAX_SHEET_NAME = 31;

/**
 * "Chấm điểm cấp xã 2026" for a rubric whose level its author set. A rubric read from a sheet has no
 * level of its own (the placeholder would call a commune rubric "cấp sở"): its sheets are named from
 * its title instead, shortened in the middle so the year stays ("Chấm điểm CCHC phường…2026").
 */
function sheetBaseName(prefix: string, rubric: NamedRubric): string {
  if (!rubric.id.startsWith(SHEET_RUBRIC_ID_PREFIX)) return `${prefix} ${LEVEL_WORD[rubric.level]} ${rubric.year}`;
  let title = rubric.title.vi
    .replace(/^\s*bộ tiêu chí\s*/i, "")
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!title.includes(String(rubric.year))) title = `${title} ${rubric.year}`.trim();
  const room = MAX_SHEET_NAME - prefix.length - 1;
  if (title.length > room) {
    const year = String(rubric.year);
    const head = title.endsWith(year) ? title.slice(0, -year.length) : title;
    const cut = head.slice(0, room - year.length - 1);
    // Whole words only, when there is a space to cut at.
    const words = head.length > cut.length && cut.includes(" ") ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
    title = `${words.trimEnd()}…${year}`;
  }
  return `${prefix} ${title}`;
}

export const ORPHAN_SHEET_BASE_NAME = "Điểm không còn mã";
