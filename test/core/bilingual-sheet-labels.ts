/**
 * What scoring sheets made before issue 10 hold: both languages in one cell. Written out here, not
 * taken from src, so the tests that read such sheets keep the old format even when src changes.
 */
export const BILINGUAL_SUMMARY_LABELS = [
  "Tổng điểm (Total)",
  "Điểm tối đa áp dụng (Applicable max)",
  "Tối đa của phần đã chấm (Max assessed so far)",
  "Điểm bị mất (Points lost)",
  "Chỉ số (Index)",
  "Xếp loại (Grade)",
  "Xếp hạng (Rank)",
  "Ước cả năm (Projected total)",
  "Kiểm tra (Check)",
  "",
  "Loại mục tiêu: Xếp loại / Điểm / Hạng (Target kind)",
  "Mục tiêu (Target)",
  "Mục tiêu quy ra điểm (Target in points)",
  "Còn thiếu so với mục tiêu (Gap; ≤ 0 là đạt)",
  "Trạng thái mục tiêu (Target status)",
];
