import { bilingual } from "../bilingual";
import { fromMicro } from "../decimal";
import { formatNumber } from "../number-text";
import type { RubricFindings, RubricPlace } from "./rubric-checks";

/**
 * Checks on the rubric tree once its numbers are read, the same for a file and a range: parents add
 * up, steps divide the max, the allowed scores reach it. Linear in the number of criteria.
 */
export type Category = "normal" | "bonus" | "penalty";

export interface TreeNode {
  code: string;
  /** Bonus or penalty when the node or an ancestor is: those groups are capped, not summed to the scale. */
  category: Category;
  maxMicro: number;
  stepMicro?: number;
  /** The scores a leaf's rule or allowed list gives. */
  allowedMicro?: readonly number[];
  parent: number;
  children: readonly number[];
}

export function checkTree(
  nodes: readonly TreeNode[],
  findings: RubricFindings,
  place: (index: number, field: "max" | "step" | "rule") => RubricPlace,
): void {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    if (node.children.length > 0) checkParentNode(nodes, index, findings, place);
    else checkLeafNumbers(node, findings, place(index, "step"), place(index, "rule"));
  }
}

function checkParentNode(
  nodes: readonly TreeNode[],
  index: number,
  findings: RubricFindings,
  place: (index: number, field: "max" | "step" | "rule") => RubricPlace,
): void {
  const node = nodes[index];
  if (node.stepMicro !== undefined || node.allowedMicro !== undefined) {
    findings.add(
      "rubric.parentHasRule",
      place(index, "step"),
      bilingual(
        "có tiêu chí con nên không có bước điểm hay danh sách điểm riêng (điểm là tổng các tiêu chí con); xóa ô đó.",
        "has sub-criteria, so it has no step or allowed scores of its own (its score is their sum); remove them.",
      ),
    );
  }
  let sum = 0;
  for (const child of node.children) sum += nodes[child].maxMicro;
  // A bonus or penalty group is capped at its max: its parts may offer more than the cap.
  const capped = node.category !== "normal";
  if (capped ? sum >= node.maxMicro : sum === node.maxMicro) return;
  findings.add(
    "rubric.childrenSumMismatch",
    place(index, "max"),
    bilingual(
      `điểm tối đa là ${vi(node.maxMicro)} nhưng các tiêu chí con cộng lại ${vi(sum)}; sửa cho khớp (tổng điểm luôn tính từ các tiêu chí con).`,
      `its maximum is ${en(node.maxMicro)} but its sub-criteria add up to ${en(sum)}; make them agree (totals are always computed from the sub-criteria).`,
    ),
  );
}

function checkLeafNumbers(node: TreeNode, findings: RubricFindings, stepPlace: RubricPlace, rulePlace: RubricPlace): void {
  const { maxMicro: max, stepMicro: step, allowedMicro: allowed } = node;
  if (step !== undefined && max % step !== 0) {
    findings.add(
      "rubric.stepDoesNotDivideMax",
      stepPlace,
      bilingual(
        `bước điểm ${vi(step)} không chia hết điểm tối đa ${vi(max)} nên không chấm được đủ điểm tối đa; chọn bước như 0,25 hoặc 0,5.`,
        `the step ${en(step)} does not divide the maximum ${en(max)}, so the maximum cannot be scored; choose a step such as 0.25 or 0.5.`,
      ),
    );
  }
  if (allowed === undefined || allowed.length === 0) return;
  let top = allowed[0];
  for (const score of allowed) if (score > top) top = score;
  const outside = allowed.find((score) => score < 0 || score > max);
  if (outside !== undefined) {
    findings.add(
      "rubric.ruleMismatch",
      rulePlace,
      bilingual(
        `quy tắc cho điểm ${vi(outside)}, ngoài khoảng 0 đến ${vi(max)}.`,
        `the rule gives ${en(outside)} points, outside 0 to ${en(max)}.`,
      ),
    );
  } else if (top !== max) {
    findings.add(
      "rubric.ruleMismatch",
      rulePlace,
      bilingual(
        `mức cao nhất của quy tắc (${vi(top)}) phải bằng điểm tối đa ${vi(max)}.`,
        `the rule's highest score (${en(top)}) must equal the maximum ${en(max)}.`,
      ),
    );
  }
  const offStep = step === undefined ? undefined : allowed.find((score) => score % step !== 0);
  if (offStep !== undefined && step !== undefined) {
    findings.add(
      "rubric.ruleMismatch",
      rulePlace,
      bilingual(
        `điểm ${vi(offStep)} của quy tắc không đúng bước ${vi(step)}.`,
        `the rule's score ${en(offStep)} is not on the step ${en(step)}.`,
      ),
    );
  }
}

const vi = (micro: number) => formatNumber(fromMicro(micro), "vi");
const en = (micro: number) => formatNumber(fromMicro(micro), "en");
