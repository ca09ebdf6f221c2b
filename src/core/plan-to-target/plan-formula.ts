import { bilingual } from "../bilingual";
import { checkedScores, readNumberArgument } from "../engine/formulas";
import type { Range } from "../engine/formula-inputs";
import { NotAvailableError, ScoringInputError } from "../engine/scoring-error";
import { formatNumber, readNumberText } from "../number-text";
import { planToTarget } from "./plan-to-target";
import { targetPoints } from "./target-points";

/**
 * PAR.PLAN over plain values: the plan's leaves as rows of (code, recoverable points), most
 * recoverable first. Without a count, the leaves that close the gap (every leaf when they cannot);
 * with one, that many from the top. A met target or nothing left to win back has no rows to show:
 * #N/A, with a message that says which.
 */
export function plan(scores: Range, rubric: Range, target: unknown, count: unknown): (string | number)[][] {
  const { table, unitScores } = checkedScores(scores, rubric);
  const wanted = readCount(count);
  const points = targetPoints({ kind: "points", points: readNumberArgument(target, "target") }, { applicableMaxMicro: 0 });
  if (!points.ok || points.targetMicro === undefined) throw invalidTarget(target);
  const result = planToTarget({ table, current: unitScores, targetMicro: points.targetMicro });
  if (result.verdict === "met") {
    throw new NotAvailableError({
      code: "plan.targetMet",
      severity: "warning",
      message: bilingual(
        `Đã đạt mục tiêu: tổng điểm ${vi(result.currentTotal)} không thấp hơn mục tiêu ${vi(result.target)}; không cần gỡ lại điểm nào.`,
        `The target is met: the total ${en(result.currentTotal)} is not below the target ${en(result.target)}; nothing needs winning back.`,
      ),
    });
  }
  if (result.leaves.length === 0) {
    throw new NotAvailableError({
      code: "plan.nothingRecoverable",
      severity: "warning",
      message: bilingual(
        `Không còn tiêu chí nào gỡ lại được điểm; vẫn thiếu ${vi(result.gap)} điểm so với mục tiêu ${vi(result.target)}.`,
        `No criterion has points left to win back; the total is still ${en(result.gap)} short of the target ${en(result.target)}.`,
      ),
    });
  }
  const shown = result.leaves.slice(0, wanted ?? result.neededCount);
  return shown.map((leaf) => [leaf.code, leaf.recoverable]);
}

/** How many rows: a whole number from 1, or left out. */
function readCount(count: unknown): number | undefined {
  if (count === null || count === undefined || count === "") return undefined;
  const value = typeof count === "number" ? count : typeof count === "string" ? numberOf(count) : undefined;
  if (value !== undefined && Number.isInteger(value) && value >= 1) return value;
  throw new ScoringInputError({
    code: "args.invalidCount",
    severity: "error",
    message: bilingual(
      `Số dòng (count) phải là số nguyên từ 1 trở lên (đang là "${String(count)}"); hoặc bỏ trống để lấy đủ các tiêu chí cần gỡ.`,
      `The count must be a whole number from 1 (it is "${String(count)}"); or leave it out to get the criteria needed.`,
    ),
  });
}

function numberOf(text: string): number | undefined {
  const reading = readNumberText(text);
  return reading.kind === "number" ? reading.value : undefined;
}

function invalidTarget(target: unknown): ScoringInputError {
  return new ScoringInputError({
    code: "args.invalidTarget",
    severity: "error",
    message: bilingual(
      `Mục tiêu "${String(target)}" không dùng được; nhập tổng điểm mục tiêu, ví dụ 88.`,
      `The target "${String(target)}" cannot be used; enter the target total points, e.g. 88.`,
    ),
  });
}

const vi = (points: number) => formatNumber(points, "vi");
const en = (points: number) => formatNumber(points, "en");
