import type { Language } from "../../core/bilingual";
import { formatNumber } from "../../core/number-text";
import { PLAN_LABELS, type PlanLabels } from "../../core/summary/plan-labels";
import { useLanguage } from "./language";

/**
 * The pane's words for the plan to target. Sentences about the plan itself come from core's
 * PLAN_LABELS, so the pane and the printed report say the same thing the same way.
 */
export interface PlanStrings {
  report: PlanLabels;
  title: string;
  intro: string;
  unitLabel: string;
  targetLabel: string;
  targetHint: string;
  targetInvalid: string;
  button: string;
  figures: (target: number, now: number, gap: number) => string;
  leavesLabel: string;
  leafLabel: (code: string, name: string) => string;
  leafDetail: (recoverable: number, cumulative: number, responsible: string) => string;
  departmentsTitle: string;
  department: (name: string, recoverable: number, towardsGap: number) => string;
  reportUnitsLabel: string;
  reportUnitsHint: string;
}

const vi: PlanStrings = {
  report: PLAN_LABELS.vi,
  title: "Kế hoạch đạt mục tiêu",
  intro:
    "Xem trước một đơn vị: tiêu chí nào gỡ lại được điểm, do cơ quan nào chủ trì, và có đủ để đạt mục tiêu không. Bấm một tiêu chí để đến ô điểm của nó.",
  unitLabel: "Đơn vị",
  targetLabel: "Thử mục tiêu khác (điểm)",
  targetHint: "Để trống: dùng mục tiêu đã nhập trên trang chấm điểm.",
  targetInvalid: "Hãy nhập tổng điểm mục tiêu là một số, ví dụ 88 hoặc 85,5.",
  button: "Xem kế hoạch",
  figures: (target, now, gap) => `Mục tiêu ${n(target, "vi")} điểm · hiện đạt ${n(now, "vi")} · còn thiếu ${n(gap, "vi")}.`,
  leavesLabel: "Tiêu chí cần gỡ lại điểm",
  leafLabel: (code, name) => `${code} ${name}`,
  leafDetail: (recoverable, cumulative, responsible) =>
    `+${n(recoverable, "vi")} điểm (lũy kế ${n(cumulative, "vi")})${responsible ? ` · ${responsible}` : ""}`,
  departmentsTitle: "Phân theo cơ quan chủ trì",
  department: (name, recoverable, towardsGap) =>
    `${name}: gỡ được ${n(recoverable, "vi")} điểm, phần của khoảng cách ${n(towardsGap, "vi")}`,
  reportUnitsLabel: "Kế hoạch đạt mục tiêu trong báo cáo cho",
  reportUnitsHint: "Không đánh dấu đơn vị nào: mọi đơn vị chưa đạt mục tiêu.",
};

const en: PlanStrings = {
  report: PLAN_LABELS.en,
  title: "Plan to target",
  intro:
    "Preview one unit: which criteria can win back points, which department owns them, and whether that reaches the target. Click a criterion to go to its score cell.",
  unitLabel: "Unit",
  targetLabel: "Try another target (points)",
  targetHint: "Leave blank to use the target entered on the scoring sheet.",
  targetInvalid: "Enter the target total as a number, e.g. 88 or 85.5.",
  button: "Show the plan",
  figures: (target, now, gap) => `Target ${n(target, "en")} points · now ${n(now, "en")} · gap ${n(gap, "en")}.`,
  leavesLabel: "Criteria to win back",
  leafLabel: (code, name) => `${code} ${name}`,
  leafDetail: (recoverable, cumulative, responsible) =>
    `+${n(recoverable, "en")} points (cumulative ${n(cumulative, "en")})${responsible ? ` · ${responsible}` : ""}`,
  departmentsTitle: "By responsible department",
  department: (name, recoverable, towardsGap) => `${name}: ${n(recoverable, "en")} points recoverable, ${n(towardsGap, "en")} of the gap`,
  reportUnitsLabel: "Plan to target in the report for",
  reportUnitsHint: "None ticked: every unit below its target.",
};

function n(points: number, language: Language): string {
  return formatNumber(points, language);
}

export const PLAN_STRINGS: Record<Language, PlanStrings> = { vi, en };

export function usePlanStrings(): PlanStrings {
  return PLAN_STRINGS[useLanguage().language];
}
