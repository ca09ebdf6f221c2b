import type { Language } from "../bilingual";
import { formatNumber } from "../number-text";
import type { PlanLeaf, PlanVerdict } from "../plan-to-target/plan-to-target";
import type { PlanSkip, SheetTarget } from "./summary-plans";

/**
 * The words of the report's "plan to target" section and of the pane's plan, in one language at a
 * time like the rest of the report. Numbers inside sentences are written the reader's way.
 */
export interface PlanLabels {
  sectionTitle: (number: number) => string;
  noneBelow: string;
  noTargets: string;
  unitTitle: (number: string, unit: string, target: SheetTarget, targetPoints: number) => string;
  figureHeaders: string[];
  verdict: (verdict: PlanVerdict, figures: { needed: number; direct: number; missing: number; missingWithoutSurvey: number }) => string;
  leafHeaders: string[];
  notAssessed: string;
  notes: { pending: string; projection: string; survey: string; bonus: string };
  more: (count: number, points: number) => string;
  /** Needed leaves beyond what the report lists for one unit. */
  notListed: (count: number, points: number) => string;
  departmentsTitle: string;
  departmentHeaders: string[];
  unassigned: string;
  skipped: (skip: PlanSkip) => string;
}

const vi: PlanLabels = {
  sectionTitle: (number) => `${number}. Kế hoạch đạt mục tiêu`,
  noneBelow: "Mọi đơn vị có mục tiêu đều đã đạt mục tiêu.",
  noTargets: "Chưa đơn vị nào có mục tiêu: nhập Loại mục tiêu và Mục tiêu ở cuối trang chấm điểm.",
  unitTitle: (number, unit, target, points) =>
    `${number}. ${unit} — mục tiêu ${targetVi(target)}${target.kind === "points" ? "" : ` (${formatNumber(points, "vi")} điểm)`}`,
  figureHeaders: ["Mục tiêu (điểm)", "Hiện đạt", "Còn thiếu", "Gỡ được tối đa", "Trong đó đơn vị tự gỡ", "Vẫn thiếu nếu gỡ hết"],
  verdict: (verdict, f) => {
    switch (verdict) {
      case "met":
        return "Đã đạt mục tiêu.";
      case "reachable":
        return `Đạt mục tiêu nếu gỡ lại ${f.needed} tiêu chí đầu trong danh sách dưới đây.`;
      case "reachableWithSurvey":
        return `Gỡ lại mọi tiêu chí đơn vị tự làm được (${formatNumber(f.direct, "vi")} điểm) vẫn thiếu ${formatNumber(f.missingWithoutSurvey, "vi")} điểm: chỉ đạt nếu có thêm điểm điều tra xã hội học (${f.needed} tiêu chí dưới đây).`;
      case "unreachable":
        return `Không thể đạt mục tiêu trong kỳ: kể cả gỡ lại mọi tiêu chí dưới đây vẫn thiếu ${formatNumber(f.missing, "vi")} điểm.`;
    }
  },
  leafHeaders: ["STT", "Tiêu chí", "Cơ quan chủ trì", "Điểm hiện tại", "Phấn đấu đạt", "Gỡ được", "Lũy kế", "Ghi chú"],
  notAssessed: "Chưa chấm",
  notes: {
    pending: "chưa chấm, còn mở đến điểm tối đa",
    projection: "theo điểm dự kiến",
    survey: "điều tra XHH: không gỡ trực tiếp",
    bonus: "điểm thưởng, trong mức trần",
  },
  more: (count, points) => `Còn ${count} tiêu chí khác gỡ được thêm ${formatNumber(points, "vi")} điểm (không cần để đạt mục tiêu).`,
  notListed: (count, points) =>
    `… và ${count} tiêu chí nữa cần gỡ (${formatNumber(points, "vi")} điểm), chưa liệt kê ở đây: xem kế hoạch đầy đủ của đơn vị trong ngăn PAR INDEX (Báo cáo họp → Kế hoạch đạt mục tiêu).`,
  departmentsTitle: "Phân theo cơ quan chủ trì",
  departmentHeaders: ["STT", "Cơ quan chủ trì", "Số tiêu chí", "Gỡ được", "Phần của khoảng cách", "Tỷ lệ khoảng cách"],
  unassigned: "(chưa giao)",
  skipped: (skip) => {
    switch (skip.reason) {
      case "met":
        return `${skip.unit}: đã đạt mục tiêu, không cần kế hoạch.`;
      case "noTarget":
        return `${skip.unit}: chưa có mục tiêu (nhập ở cuối trang chấm điểm).`;
      case "notAssessed":
        return `${skip.unit}: chưa chấm tiêu chí nào.`;
      case "unknownGrade":
        return `${skip.unit}: loại xếp loại mục tiêu không có trong bảng xếp loại của bộ tiêu chí.`;
    }
  },
};

const en: PlanLabels = {
  sectionTitle: (number) => `${number}. Plan to target`,
  noneBelow: "Every unit with a target has reached it.",
  noTargets: "No unit has a target yet: enter the target kind and target at the bottom of the scoring sheet.",
  unitTitle: (number, unit, target, points) =>
    `${number}. ${unit} — target ${targetEn(target)}${target.kind === "points" ? "" : ` (${formatNumber(points, "en")} points)`}`,
  figureHeaders: ["Target (points)", "Now", "Gap", "Recoverable", "Of which the unit's own", "Missing if all won back"],
  verdict: (verdict, f) => {
    switch (verdict) {
      case "met":
        return "The target is met.";
      case "reachable":
        return `The target is reached by winning back the first ${f.needed} criteria below.`;
      case "reachableWithSurvey":
        return `Winning back every criterion the unit can act on (${formatNumber(f.direct, "en")} points) still leaves ${formatNumber(f.missingWithoutSurvey, "en")} missing: reachable only with survey points as well (${f.needed} criteria below).`;
      case "unreachable":
        return `The target cannot be reached this period: even winning back every criterion below leaves ${formatNumber(f.missing, "en")} points missing.`;
    }
  },
  leafHeaders: ["No.", "Criterion", "Responsible", "Now", "Aim", "Recoverable", "Cumulative", "Note"],
  notAssessed: "Not assessed",
  notes: {
    pending: "not assessed yet, open up to its max",
    projection: "from the projection",
    survey: "survey: not directly recoverable",
    bonus: "bonus, within its cap",
  },
  more: (count, points) => `${count} more criteria could add ${formatNumber(points, "en")} points (not needed for the target).`,
  notListed: (count, points) =>
    `… and ${count} more criteria to win back (${formatNumber(points, "en")} points), not listed here: see the unit's full plan in the PAR INDEX pane (Meeting report → Plan to target).`,
  departmentsTitle: "By responsible department",
  departmentHeaders: ["No.", "Responsible", "Criteria", "Recoverable", "Part of the gap", "Share of the gap"],
  unassigned: "(not assigned)",
  skipped: (skip) => {
    switch (skip.reason) {
      case "met":
        return `${skip.unit}: the target is met, no plan needed.`;
      case "noTarget":
        return `${skip.unit}: no target yet (enter it at the bottom of the scoring sheet).`;
      case "notAssessed":
        return `${skip.unit}: nothing assessed yet.`;
      case "unknownGrade":
        return `${skip.unit}: the target grade is not among the rubric's grade bands.`;
    }
  },
};

function targetVi(target: SheetTarget): string {
  const value = typeof target.value === "number" ? formatNumber(target.value, "vi") : target.value;
  return target.kind === "grade" ? `xếp loại "${value}"` : target.kind === "rank" ? `hạng ${value}` : `${value} điểm`;
}

function targetEn(target: SheetTarget): string {
  const value = typeof target.value === "number" ? formatNumber(target.value, "en") : target.value;
  return target.kind === "grade" ? `grade "${value}"` : target.kind === "rank" ? `rank ${value}` : `${value} points`;
}

export const PLAN_LABELS: Record<Language, PlanLabels> = { vi, en };

/** What to know about a plan leaf besides its points: survey, not assessed yet, projected, bonus. */
export function leafNotes(leaf: PlanLeaf, notes: PlanLabels["notes"]): string {
  return [
    leaf.survey ? notes.survey : undefined,
    leaf.pending ? notes.pending : undefined,
    leaf.fromProjection ? notes.projection : undefined,
    leaf.bonus ? notes.bonus : undefined,
  ]
    .filter(Boolean)
    .join("; ");
}
