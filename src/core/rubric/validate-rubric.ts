import { bilingual } from "../bilingual";
import { fromMicro, readPoints } from "../decimal";
import type { Finding } from "../findings";
import { formatNumber } from "../number-text";
import { RubricFindings, type RubricPlace } from "./rubric-checks";
import { whyNotPoints } from "./rubric-cells";
import type { Criterion, GradeBand, Rubric } from "./schema";
import { parentCode } from "./codes";
import { leafFlags } from "../rules/leaf";
import { checkTree, type TreeNode } from "./tree-checks";

/**
 * Checks a rubric file beyond its shape: the tree (unique codes, existing parents, order, kinds of a
 * group), its numbers (at most 6 decimals, below 1e9), the checks every rubric shares (tree-checks)
 * and what only a file has (rules, the scale, grade bands). Bundled and user files, and sheets the
 * pane imports, all go through here. Linear in the number of criteria.
 */
export function validateRubric(rubric: Rubric): Finding[] {
  const findings = new RubricFindings("file");
  const byCode = new Map<string, number>();
  rubric.criteria.forEach((criterion, index) => {
    const first = byCode.get(criterion.code);
    if (first === undefined) {
      byCode.set(criterion.code, index);
      return;
    }
    findings.add(
      "rubric.duplicateCode",
      { criterion: criterion.code, path: `criteria[${index}].code` },
      bilingual(
        `mã bị trùng (đã có ở vị trí ${first + 1}); mỗi tiêu chí cần một mã riêng.`,
        `the code is duplicated (already at position ${first + 1}); each criterion needs its own code.`,
      ),
    );
  });
  const nodes = treeNodes(rubric.criteria, byCode, findings);
  const leaves = leafFlags(rubric.criteria.map((criterion) => criterion.code));
  rubric.criteria.forEach((criterion, index) => {
    checkParent(criterion, index, nodes[index].parent, rubric.criteria, findings);
    if (leaves[index]) checkRule(criterion, index, findings);
    else if (criterion.rule) {
      findings.add(
        "rubric.parentHasRule",
        { criterion: criterion.code, path: `criteria[${index}].rule` },
        bilingual(
          "có tiêu chí con nên không có quy tắc chấm riêng (điểm là tổng các tiêu chí con); bỏ trường rule.",
          "has sub-criteria, so it has no scoring rule of its own (its score is their sum); remove the rule field.",
        ),
      );
    }
  });
  checkTree(nodes, findings, (index, field) => ({ criterion: rubric.criteria[index].code, path: `criteria[${index}].${field}` }));
  checkScale(rubric, findings);
  checkBands(rubric.gradeBands, findings);
  return findings.list;
}

function treeNodes(criteria: readonly Criterion[], byCode: Map<string, number>, findings: RubricFindings): TreeNode[] {
  const nodes: TreeNode[] = criteria.map((criterion, index) => {
    const parentIndex = parentCode(criterion.code);
    const parent = parentIndex === undefined ? -1 : (byCode.get(parentIndex) ?? -1);
    return {
      code: criterion.code,
      category: criterion.kind,
      maxMicro: points(criterion.max, "rubric.invalidMax", { criterion: criterion.code, path: `criteria[${index}].max` }, findings),
      ...(criterion.step !== undefined
        ? {
            stepMicro:
              points(criterion.step, "rubric.invalidStep", { criterion: criterion.code, path: `criteria[${index}].step` }, findings) ||
              undefined,
          }
        : {}),
      ...(ruleScores(criterion, index, findings) ?? {}),
      parent: byCode.get(criterion.code) === index ? parent : -1,
      children: [] as number[],
    };
  });
  nodes.forEach((node, index) => {
    if (node.parent !== -1) (nodes[node.parent].children as number[]).push(index);
  });
  // A parent's rule is reported as such (checkParentRule), not again as allowed scores.
  for (const node of nodes) if (node.children.length > 0) delete node.allowedMicro;
  return nodes;
}

/** A number of the file in micro-points; a finding that says what is wrong with it otherwise (then 0). */
function points(
  value: number,
  code: "rubric.invalidMax" | "rubric.invalidStep" | "rubric.ruleMismatch",
  place: RubricPlace,
  findings: RubricFindings,
): number {
  const reading = readPoints(value);
  if (reading.kind === "points") return reading.micro;
  const field =
    code === "rubric.invalidMax"
      ? bilingual("điểm tối đa", "the maximum")
      : code === "rubric.invalidStep"
        ? bilingual("bước điểm", "the step")
        : bilingual("điểm của quy tắc", "the rule's score");
  findings.add(
    code,
    place,
    bilingual(`${field.vi} ${whyNotPoints(reading, value, "vi")}.`, `${field.en} ${whyNotPoints(reading, value, "en")}.`),
  );
  return 0;
}

function ruleScores(criterion: Criterion, index: number, findings: RubricFindings): { allowedMicro: number[] } | undefined {
  const rule = criterion.rule;
  const scores =
    rule?.type === "levels"
      ? rule.levels.map((level) => level.score)
      : rule?.type === "thresholds"
        ? rule.bands.map((band) => band.score)
        : undefined;
  if (scores === undefined) return undefined;
  const place = { criterion: criterion.code, path: `criteria[${index}].rule` };
  return { allowedMicro: scores.map((score) => points(score, "rubric.ruleMismatch", place, findings)) };
}

function checkParent(
  criterion: Criterion,
  index: number,
  parentIndex: number,
  criteria: readonly Criterion[],
  findings: RubricFindings,
): void {
  const parent = parentCode(criterion.code);
  if (parent === undefined) return;
  const place = { criterion: criterion.code, path: `criteria[${index}].code` };
  if (parentIndex === -1) {
    findings.add(
      "rubric.missingParent",
      place,
      bilingual(
        `không có tiêu chí cha ${parent}; thêm ${parent} hoặc sửa mã.`,
        `its parent ${parent} does not exist; add ${parent} or fix the code.`,
      ),
    );
    return;
  }
  if (parentIndex > index) {
    findings.add(
      "rubric.order",
      place,
      bilingual(
        `đứng trước tiêu chí cha ${parent}; đặt tiêu chí cha lên trước.`,
        `comes before its parent ${parent}; list the parent first.`,
      ),
    );
  }
  const parentKind = criteria[parentIndex].kind;
  if (parentKind !== "normal" && criterion.kind !== parentKind) {
    findings.add(
      "rubric.kindDiffersFromGroup",
      { criterion: criterion.code, path: `criteria[${index}].kind` },
      bilingual(
        `thuộc nhóm ${parentKind === "bonus" ? "điểm thưởng" : "điểm trừ"} ${parent} nên loại phải là "${parentKind}".`,
        `belongs to the ${parentKind} group ${parent}, so its kind must be "${parentKind}".`,
      ),
    );
  }
}

function checkRule(criterion: Criterion, index: number, findings: RubricFindings): void {
  const rule = criterion.rule;
  const place = { criterion: criterion.code, path: `criteria[${index}].rule` };
  if (!rule) {
    findings.add(
      "rubric.leafWithoutRule",
      place,
      bilingual(
        "chưa có quy tắc chấm (yesNo, levels, thresholds, proportional hoặc survey); thêm trường rule.",
        "has no scoring rule (yesNo, levels, thresholds, proportional or survey); add the rule field.",
      ),
    );
    return;
  }
  if (rule.type === "thresholds" && !strictlyDescending(rule.bands.map((band) => band.minPercent))) {
    findings.add(
      "rubric.bandsOrder",
      { ...place, path: `${place.path}.bands` },
      bilingual(
        "các ngưỡng phải xếp giảm dần theo minPercent (ví dụ 90, 70, 0).",
        "the thresholds must be in descending minPercent order (e.g. 90, 70, 0).",
      ),
    );
  }
}

function checkScale(rubric: Rubric, findings: RubricFindings): void {
  let sum = 0;
  for (const criterion of rubric.criteria) {
    if (parentCode(criterion.code) === undefined && criterion.kind === "normal") sum += readMicro(criterion.max);
  }
  const scale = points(rubric.totalMax, "rubric.invalidMax", { path: "totalMax" }, findings);
  if (sum !== scale) {
    findings.add(
      "rubric.areasSumMismatch",
      { path: "totalMax" },
      bilingual(
        `các lĩnh vực cộng lại ${vi(sum)} điểm nhưng thang điểm (totalMax) là ${vi(scale)}; sửa cho khớp.`,
        `the areas add up to ${en(sum)} points but the scale (totalMax) is ${en(scale)}; make them agree.`,
      ),
    );
  }
}

function checkBands(gradeBands: Rubric["gradeBands"], findings: RubricFindings): void {
  const groups = Object.entries(gradeBands);
  if (groups.length === 0) {
    findings.add(
      "rubric.noBands",
      { path: "gradeBands" },
      bilingual(
        'không có mức xếp loại nào; thêm ít nhất nhóm "default" với các mức như Xuất sắc 90, Tốt 80, Khá 65, Trung bình 50, Yếu 0.',
        'there are no grade bands; add at least a "default" group with bands such as Excellent 90, Good 80, Fair 65, Average 50, Weak 0.',
      ),
    );
  }
  for (const [group, bands] of groups) checkGroupBands(group, bands, findings);
}

function checkGroupBands(group: string, bands: readonly GradeBand[], findings: RubricFindings): void {
  const place = { path: `gradeBands.${group}` };
  if (bands.length === 0) {
    findings.add(
      "rubric.noBands",
      place,
      bilingual(
        `nhóm đơn vị "${group}" không có mức xếp loại nào; thêm các mức (ví dụ Tốt 80, Khá 65, Yếu 0) hoặc xóa nhóm.`,
        `the unit group "${group}" has no grade bands; add bands (e.g. Good 80, Fair 65, Weak 0) or remove the group.`,
      ),
    );
    return;
  }
  const minima = bands.map((band) => band.minPercent);
  if (!strictlyDescending(minima)) {
    findings.add(
      "rubric.bandsOrder",
      place,
      bilingual(
        "các mức xếp loại phải xếp giảm dần theo minPercent (ví dụ 90, 80, 65, 50, 0).",
        "the grade bands must be in descending minPercent order (e.g. 90, 80, 65, 50, 0).",
      ),
    );
  }
  if (Math.min(...minima) !== 0) {
    findings.add(
      "rubric.bandsWithoutZero",
      place,
      bilingual(
        "mức xếp loại thấp nhất phải có minPercent 0 để mọi đơn vị đều được xếp loại.",
        "the lowest grade band must have minPercent 0 so that every unit gets a grade.",
      ),
    );
  }
}

function readMicro(value: number): number {
  const reading = readPoints(value);
  return reading.kind === "points" ? reading.micro : 0;
}

function strictlyDescending(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value < values[index - 1]);
}

const vi = (micro: number) => formatNumber(fromMicro(micro), "vi");
const en = (micro: number) => formatNumber(fromMicro(micro), "en");
