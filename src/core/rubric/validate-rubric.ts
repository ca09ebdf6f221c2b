import { bilingual } from "../bilingual";
import { fromMicro, toMicro } from "../decimal";
import type { Finding } from "../findings";
import { formatNumber } from "../number-text";
import { rubricFinding } from "./rubric-findings";
import type { Criterion, GradeBand, Rubric } from "./schema";
import { parentCode } from "./codes";

/**
 * Checks a rubric beyond its shape: the tree (unique codes, existing parents, order), the sums
 * (children add up to their parent, areas to the scale), the rules (steps divide the max, levels
 * and bands reach the max) and the grade bands. Bundled and user files go through the same checks.
 */
export function validateRubric(rubric: Rubric): Finding[] {
  const findings: Finding[] = [];
  const byCode = new Map<string, number>();
  rubric.criteria.forEach((criterion, index) => {
    const path = `criteria[${index}].code`;
    if (byCode.has(criterion.code)) {
      findings.push(rubricFinding("rubric.duplicateCode", path, criterion.code, bilingual(
        `mã bị trùng (đã có ở vị trí ${byCode.get(criterion.code)! + 1}); mỗi tiêu chí cần một mã riêng.`,
        `the code is duplicated (already at position ${byCode.get(criterion.code)! + 1}); each criterion needs its own code.`,
      )));
    } else {
      byCode.set(criterion.code, index);
    }
  });
  const children = childrenByCode(rubric.criteria);
  rubric.criteria.forEach((criterion, index) => {
    checkParent(criterion, index, byCode, rubric.criteria, findings);
    const kids = children.get(criterion.code) ?? [];
    if (kids.length > 0) checkParentNode(criterion, index, kids, findings);
    else checkLeaf(criterion, index, findings);
  });
  checkScale(rubric, findings);
  for (const [group, bands] of Object.entries(rubric.gradeBands)) checkBands(group, bands, findings);
  return findings;
}

function childrenByCode(criteria: readonly Criterion[]): Map<string, Criterion[]> {
  const map = new Map<string, Criterion[]>();
  for (const criterion of criteria) {
    const parent = parentCode(criterion.code);
    if (parent === undefined) continue;
    map.set(parent, [...(map.get(parent) ?? []), criterion]);
  }
  return map;
}

function checkParent(criterion: Criterion, index: number, byCode: Map<string, number>, criteria: readonly Criterion[], findings: Finding[]): void {
  const parent = parentCode(criterion.code);
  if (parent === undefined) return;
  const parentIndex = byCode.get(parent);
  if (parentIndex === undefined) {
    findings.push(rubricFinding("rubric.missingParent", `criteria[${index}].code`, criterion.code, bilingual(
      `không có tiêu chí cha ${parent}; thêm ${parent} hoặc sửa mã.`,
      `its parent ${parent} does not exist; add ${parent} or fix the code.`,
    )));
    return;
  }
  if (parentIndex > index) {
    findings.push(rubricFinding("rubric.order", `criteria[${index}].code`, criterion.code, bilingual(
      `đứng trước tiêu chí cha ${parent}; đặt tiêu chí cha lên trước.`,
      `comes before its parent ${parent}; list the parent first.`,
    )));
  }
  const parentKind = criteria[parentIndex].kind;
  if (parentKind !== "normal" && criterion.kind !== parentKind) {
    findings.push(rubricFinding("rubric.invalidKind", `criteria[${index}].kind`, criterion.code, bilingual(
      `thuộc nhóm ${parentKind === "bonus" ? "điểm thưởng" : "điểm trừ"} ${parent} nên loại phải là "${parentKind}".`,
      `belongs to the ${parentKind} group ${parent}, so its kind must be "${parentKind}".`,
    )));
  }
}

function checkParentNode(criterion: Criterion, index: number, kids: Criterion[], findings: Finding[]): void {
  const path = `criteria[${index}]`;
  if (criterion.rule) {
    findings.push(rubricFinding("rubric.parentHasRule", `${path}.rule`, criterion.code, bilingual(
      "có tiêu chí con nên không có quy tắc chấm riêng (điểm là tổng các tiêu chí con); bỏ trường rule.",
      "has sub-criteria, so it has no scoring rule of its own (its score is their sum); remove the rule field.",
    )));
  }
  if (criterion.step !== undefined) {
    findings.push(rubricFinding("rubric.parentHasRule", `${path}.step`, criterion.code, bilingual(
      "có tiêu chí con nên không có bước điểm; bỏ trường step.",
      "has sub-criteria, so it has no step; remove the step field.",
    )));
  }
  const sum = kids.reduce((total, kid) => total + (toMicro(kid.max) ?? 0), 0);
  const max = toMicro(criterion.max) ?? 0;
  const capped = criterion.kind !== "normal";
  if (capped ? sum < max : sum !== max) {
    findings.push(rubricFinding("rubric.childrenSumMismatch", `${path}.max`, criterion.code, bilingual(
      `điểm tối đa là ${vi(max)} nhưng các tiêu chí con cộng lại ${vi(sum)}; sửa cho khớp.`,
      `its maximum is ${en(max)} but its sub-criteria add up to ${en(sum)}; make them agree.`,
    )));
  }
}

function checkLeaf(criterion: Criterion, index: number, findings: Finding[]): void {
  const path = `criteria[${index}]`;
  const rule = criterion.rule;
  if (!rule) {
    findings.push(rubricFinding("rubric.leafWithoutRule", `${path}.rule`, criterion.code, bilingual(
      "chưa có quy tắc chấm (yesNo, levels, thresholds, proportional hoặc survey); thêm trường rule.",
      "has no scoring rule (yesNo, levels, thresholds, proportional or survey); add the rule field.",
    )));
    return;
  }
  const max = toMicro(criterion.max) ?? 0;
  const step = criterion.step === undefined ? undefined : toMicro(criterion.step);
  if (step !== undefined && (step <= 0 || max % step !== 0)) {
    findings.push(rubricFinding("rubric.stepDoesNotDivideMax", `${path}.step`, criterion.code, bilingual(
      `bước điểm ${vi(step)} không chia hết điểm tối đa ${vi(max)}; chọn bước như 0,25 hoặc 0,5.`,
      `the step ${en(step)} does not divide the maximum ${en(max)}; choose a step such as 0.25 or 0.5.`,
    )));
  }
  const scores =
    rule.type === "levels" ? rule.levels.map((level) => level.score)
    : rule.type === "thresholds" ? rule.bands.map((band) => band.score)
    : [];
  if (scores.length > 0) checkRuleScores(criterion, `${path}.rule`, scores.map((score) => toMicro(score) ?? -1), max, step, findings);
  if (rule.type === "thresholds" && !strictlyDescending(rule.bands.map((band) => band.minPercent))) {
    findings.push(rubricFinding("rubric.bandsOrder", `${path}.rule.bands`, criterion.code, bilingual(
      "các ngưỡng phải xếp giảm dần theo minPercent (ví dụ 90, 70, 0).",
      "the thresholds must be in descending minPercent order (e.g. 90, 70, 0).",
    )));
  }
}

function checkRuleScores(criterion: Criterion, path: string, scores: number[], max: number, step: number | undefined, findings: Finding[]): void {
  const outside = scores.find((score) => score < 0 || score > max);
  if (outside !== undefined) {
    findings.push(rubricFinding("rubric.ruleMismatch", path, criterion.code, bilingual(
      `quy tắc cho điểm ${vi(outside)}, ngoài khoảng 0 đến ${vi(max)}.`,
      `the rule gives ${en(outside)} points, outside 0 to ${en(max)}.`,
    )));
  }
  if (Math.max(...scores) !== max) {
    findings.push(rubricFinding("rubric.ruleMismatch", path, criterion.code, bilingual(
      `mức cao nhất của quy tắc (${vi(Math.max(...scores))}) phải bằng điểm tối đa ${vi(max)}.`,
      `the rule's highest score (${en(Math.max(...scores))}) must equal the maximum ${en(max)}.`,
    )));
  }
  const offStep = step === undefined ? undefined : scores.find((score) => score % step !== 0);
  if (offStep !== undefined && step !== undefined) {
    findings.push(rubricFinding("rubric.ruleMismatch", path, criterion.code, bilingual(
      `điểm ${vi(offStep)} của quy tắc không đúng bước ${vi(step)}.`,
      `the rule's score ${en(offStep)} is not on the step ${en(step)}.`,
    )));
  }
}

function checkScale(rubric: Rubric, findings: Finding[]): void {
  const areas = rubric.criteria.filter((criterion) => parentCode(criterion.code) === undefined && criterion.kind === "normal");
  const sum = areas.reduce((total, area) => total + (toMicro(area.max) ?? 0), 0);
  const scale = toMicro(rubric.totalMax) ?? 0;
  if (sum !== scale) {
    findings.push(rubricFinding("rubric.areasSumMismatch", "totalMax", undefined, bilingual(
      `các lĩnh vực cộng lại ${vi(sum)} điểm nhưng thang điểm (totalMax) là ${vi(scale)}; sửa cho khớp.`,
      `the areas add up to ${en(sum)} points but the scale (totalMax) is ${en(scale)}; make them agree.`,
    )));
  }
}

function checkBands(group: string, bands: readonly GradeBand[], findings: Finding[]): void {
  const minima = bands.map((band) => band.minPercent);
  if (!strictlyDescending(minima)) {
    findings.push(rubricFinding("rubric.bandsOrder", `gradeBands.${group}`, undefined, bilingual(
      "các mức xếp loại phải xếp giảm dần theo minPercent (ví dụ 90, 80, 65, 50, 0).",
      "the grade bands must be in descending minPercent order (e.g. 90, 80, 65, 50, 0).",
    )));
  }
  if (Math.min(...minima) !== 0) {
    findings.push(rubricFinding("rubric.bandsOrder", `gradeBands.${group}`, undefined, bilingual(
      "mức xếp loại thấp nhất phải có minPercent 0 để mọi đơn vị đều được xếp loại.",
      "the lowest grade band must have minPercent 0 so that every unit gets a grade.",
    ), "warning"));
  }
}

function strictlyDescending(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value < values[index - 1]);
}

const vi = (micro: number) => formatNumber(fromMicro(micro), "vi");
const en = (micro: number) => formatNumber(fromMicro(micro), "en");
