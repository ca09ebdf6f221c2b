import type { Language } from "../bilingual";
import type { ScoreColumnKind, SummaryRow } from "./scoring-layout";
import type { UnitLevel } from "../rubric/schema";
import { SHEET_RUBRIC_ID_PREFIX } from "../rubric/rubric-from-sheet";

/**
 * Labels written into the sheets, in the language the user chose in the pane: Vietnamese only, or
 * English only. Sheets made before labels followed the language carry both ("Tự đánh giá
 * (Self-assessed)"): the commands that check a sheet's layout accept every spelling below, so a
 * sheet made in either language, or by an older version, keeps working whatever the pane's language.
 */
export const COLUMN_KIND_LABELS: Record<Language, Record<ScoreColumnKind, string>> = {
  vi: { self: "Tự đánh giá", appraised: "Thẩm định", projected: "Dự kiến cả năm" },
  en: { self: "Self-assessed", appraised: "Appraised", projected: "Projected" },
};

/** The bilingual headers of sheets made before the labels followed the pane's language. */
const LEGACY_COLUMN_KIND_LABEL: Record<ScoreColumnKind, string> = {
  self: "Tự đánh giá (Self-assessed)",
  appraised: "Thẩm định (Appraised)",
  projected: "Dự kiến cả năm (Projected)",
};

export const SUMMARY_LABELS: Record<Language, Record<SummaryRow, string>> = {
  vi: {
    total: "Tổng điểm",
    applicableMax: "Điểm tối đa áp dụng",
    assessedMax: "Tối đa của phần đã chấm",
    lost: "Điểm bị mất",
    percent: "Chỉ số",
    grade: "Xếp loại",
    rank: "Xếp hạng",
    projected: "Ước cả năm",
    check: "Kiểm tra",
    gap0: "",
    // The words themselves are in the cell's drop-down list and input message.
    targetKind: "Loại mục tiêu",
    targetValue: "Mục tiêu",
    targetPoints: "Mục tiêu quy ra điểm",
    gap: "Còn thiếu so với mục tiêu (≤ 0 là đạt)",
    status: "Trạng thái mục tiêu",
  },
  en: {
    total: "Total",
    applicableMax: "Applicable max",
    assessedMax: "Max assessed so far",
    lost: "Points lost",
    percent: "Index",
    grade: "Grade",
    rank: "Rank",
    projected: "Projected total",
    check: "Check",
    gap0: "",
    targetKind: "Target kind",
    targetValue: "Target",
    targetPoints: "Target in points",
    gap: "Gap to target (≤ 0: met)",
    status: "Target status",
  },
};

const LEGACY_SUMMARY_LABEL: Record<SummaryRow, string> = {
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

/** Every header a score column of this kind may carry: this version's in each language, and the old bilingual one. */
export function knownColumnKindLabels(kind: ScoreColumnKind): string[] {
  return [COLUMN_KIND_LABELS.vi[kind], COLUMN_KIND_LABELS.en[kind], LEGACY_COLUMN_KIND_LABEL[kind]];
}

/** Every label a summary row may carry (see knownColumnKindLabels). */
export function knownSummaryLabels(row: SummaryRow): string[] {
  return [SUMMARY_LABELS.vi[row], SUMMARY_LABELS.en[row], LEGACY_SUMMARY_LABEL[row]];
}

export interface HeaderLabels {
  code: string;
  kind: string;
  max: string;
  step: string;
  name: string;
  responsible: string;
  nameEn: string;
  rule: string;
  evidence: string;
  band: string;
  bandMin: string;
}

export const HEADER_LABELS: Record<Language, HeaderLabels> = {
  vi: {
    code: "Mã",
    kind: "Loại",
    max: "Tối đa",
    step: "Bước / mức điểm",
    name: "Tên tiêu chí",
    responsible: "Cơ quan chủ trì",
    nameEn: "Tên tiếng Anh",
    rule: "Quy tắc chấm",
    evidence: "Tài liệu kiểm chứng",
    band: "Xếp loại",
    bandMin: "Tối thiểu",
  },
  en: {
    code: "Code",
    kind: "Kind",
    max: "Max",
    step: "Step / allowed scores",
    name: "Criterion",
    responsible: "Responsible",
    nameEn: "English name",
    rule: "Scoring rule",
    evidence: "Evidence",
    band: "Grade",
    bandMin: "Minimum",
  },
};

export const HELP_TEXT: Record<Language, string> = {
  vi: "Nhập điểm vào ô màu vàng. Để trống = chưa chấm; 0 = đã chấm, mất điểm; N/A hoặc KAD = không áp dụng.",
  en: "Enter scores in the yellow cells. Blank = not assessed yet; 0 = assessed and lost; N/A = not applicable.",
};

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
