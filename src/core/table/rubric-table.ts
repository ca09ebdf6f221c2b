import { bilingual } from "../bilingual";
import type { Finding } from "../findings";
import type { RowKind } from "../rubric/row-kind";
import { isDescendantCode, parentCode } from "../rubric/codes";
import { RubricFindings } from "../rubric/rubric-checks";
import { isBlankCell, readCodeCell, readKindCell, readMaxCell, readStepCell } from "../rubric/rubric-cells";
import { checkTree, type Category } from "../rubric/tree-checks";
import { leafFlags } from "../rules/leaf";

/**
 * A rubric as the formulas see it: rows of (code, kind, max, [step or allowed values]) read from a
 * range. Leaves are rows with no descendant code in the range (core/rules/leaf); parents are sums. Everything is
 * precomputed once per rubric so that scoring a unit is one pass over its cells.
 */
export type { Category };

export interface RubricNode {
  row: number;
  code: string;
  kind: RowKind;
  /** Bonus or penalty when the row or any ancestor is; those points sit outside the scale. */
  category: Category;
  maxMicro: number;
  stepMicro?: number;
  allowedMicro?: readonly number[];
  parent: number;
  children: number[];
  isLeaf: boolean;
  /** Node indices of the leaves below this node (the node itself when it is a leaf). */
  leaves: number[];
}

export interface BonusPenaltyGroup {
  node: number;
  capMicro: number;
  leaves: number[];
}

export interface RubricTable {
  rowCount: number;
  nodes: RubricNode[];
  /** Node index for each row of the range, -1 for a blank row. */
  nodeAtRow: Int32Array;
  /** The same, but -2 for parent rows: the one array a score pass needs. */
  leafAtRow: Int32Array;
  /** Max and step of each node in micro-points (0 = no step), for the score pass. */
  maxMicro: Float64Array;
  stepMicro: Float64Array;
  /** Each node's list of allowed scores, if it has one (then it has no step). */
  allowedMicro: (readonly number[] | undefined)[];
  byCode: Map<string, number>;
  leaves: number[];
  /** 1 for each leaf that counts towards the scale (not bonus, not penalty). The score passes walk
   * every node and skip the others: in V8 that is several times faster than a list of leaf indices. */
  isNormalLeaf: Uint8Array;
  /** Sum of the normal leaves' maxima: the full scale. */
  fullMaxMicro: number;
  /** For each bonus or penalty leaf its position among them (-1 for every other node): a one-pass
   * reading keeps those few scores in a small array to apply the caps afterwards. */
  extraSlot: Int32Array;
  extraLeafCount: number;
  /** Top-level nodes of the scale (the areas), and for each normal leaf its area's position there. */
  areas: number[];
  areaOfLeaf: Int32Array;
  /**
   * The rows cut into runs whose leaves of the scale all belong to one area: (first row, end row,
   * area position or -1) triples covering every row in order. A rubric in tree order has one run per
   * area, so a score pass adds up each area's subtotal in locals and stores it once per run.
   */
  areaRuns: Int32Array;
  bonusGroups: BonusPenaltyGroup[];
  penaltyGroups: BonusPenaltyGroup[];
  /** Problems in the rubric itself. Errors make every formula over this rubric refuse to answer. */
  findings: Finding[];
}

export function buildRubricTable(rows: readonly (readonly unknown[])[]): RubricTable {
  const findings = new RubricFindings("range");
  const nodes: RubricNode[] = [];
  const nodeAtRow = new Int32Array(rows.length).fill(-1);
  const byCode = new Map<string, number>();

  rows.forEach((cells, row) => {
    const node = readRow(cells, row, findings);
    if (!node) return;
    const existing = byCode.get(node.code);
    if (existing !== undefined) {
      findings.add(
        "rubric.duplicateCode",
        { criterion: node.code, row },
        bilingual(
          `mã xuất hiện hai lần (dòng ${nodes[existing].row + 1} và ${row + 1}); mỗi tiêu chí phải có mã riêng.`,
          `the code appears twice (rows ${nodes[existing].row + 1} and ${row + 1}); each criterion needs its own code.`,
        ),
      );
      return;
    }
    byCode.set(node.code, nodes.length);
    nodeAtRow[row] = nodes.length;
    nodes.push(node);
  });

  linkParents(nodes, byCode);
  const isLeaf = leafFlags(nodes.map((node) => node.code));
  nodes.forEach((node, index) => {
    node.isLeaf = isLeaf[index];
    if (node.isLeaf) {
      for (let at = index; at !== -1; at = nodes[at].parent) nodes[at].leaves.push(index);
    }
  });
  assignCategories(nodes);
  checkTree(nodes, findings, (index) => ({ criterion: nodes[index].code, row: nodes[index].row }));

  // Plain loops rather than flatMap and TypedArray.from(…, fn), which are many times slower in V8
  // and made building the table cost more than scoring every unit with it.
  const count = nodes.length;
  const maxMicro = new Float64Array(count);
  const stepMicro = new Float64Array(count);
  const allowedMicro = nodes.map((node) => node.allowedMicro);
  const extraSlot = new Int32Array(count).fill(-1);
  const areaOfLeaf = new Int32Array(count).fill(-1);
  const leaves: number[] = [];
  const isNormalLeaf = new Uint8Array(count);
  const areas: number[] = [];
  let extraLeafCount = 0;
  let fullMaxMicro = 0;
  for (let index = 0; index < count; index++) {
    const node = nodes[index];
    maxMicro[index] = node.maxMicro;
    stepMicro[index] = node.stepMicro ?? 0;
    if (node.parent === -1 && node.category === "normal") areas.push(index);
    if (!node.isLeaf) continue;
    leaves.push(index);
    if (node.category === "normal") {
      isNormalLeaf[index] = 1;
      fullMaxMicro += node.maxMicro;
    } else {
      extraSlot[index] = extraLeafCount++;
    }
  }
  areas.forEach((area, position) => {
    for (const leaf of nodes[area].leaves) areaOfLeaf[leaf] = position;
  });
  const leafAtRow = new Int32Array(rows.length);
  for (let row = 0; row < rows.length; row++) {
    const index = nodeAtRow[row];
    leafAtRow[row] = index >= 0 && !nodes[index].isLeaf ? -2 : index;
  }
  const runs: number[] = [];
  for (let row = 0; row < rows.length; row++) {
    const index = leafAtRow[row];
    const area = index >= 0 && isNormalLeaf[index] === 1 ? areaOfLeaf[index] : -2; // -2: joins any run
    const open = runs.length - 3;
    if (open >= 0 && (area === -2 || area === runs[open + 2] || runs[open + 2] === -2)) {
      runs[open + 1] = row + 1;
      if (runs[open + 2] === -2) runs[open + 2] = area;
    } else {
      runs.push(row, row + 1, area);
    }
  }
  for (let at = 2; at < runs.length; at += 3) if (runs[at] === -2) runs[at] = -1;
  return {
    rowCount: rows.length,
    nodes,
    nodeAtRow,
    leafAtRow,
    maxMicro,
    stepMicro,
    allowedMicro,
    byCode,
    leaves,
    areas,
    areaOfLeaf,
    areaRuns: Int32Array.from(runs),
    isNormalLeaf,
    fullMaxMicro,
    extraSlot,
    extraLeafCount,
    bonusGroups: groupsOf(nodes, "bonus"),
    penaltyGroups: groupsOf(nodes, "penalty"),
    findings: findings.list,
  };
}

function readRow(cells: readonly unknown[], row: number, findings: RubricFindings): RubricNode | undefined {
  if (cells.every(isBlankCell)) return undefined;
  const code = readCodeCell(cells[0], row, findings);
  if (code === undefined) return undefined;
  const kind = readKindCell(cells[1], code, row, findings);
  if (kind === undefined) return undefined;
  const maxMicro = readMaxCell(cells[2], code, row, findings);
  if (maxMicro === undefined) return undefined;
  const node: RubricNode = {
    row,
    code,
    kind,
    category: "normal",
    maxMicro,
    parent: -1,
    children: [],
    isLeaf: true,
    leaves: [],
  };
  const step = readStepCell(cells[3], code, row, findings);
  if (step?.stepMicro !== undefined) node.stepMicro = step.stepMicro;
  if (step?.allowedMicro !== undefined) node.allowedMicro = step.allowedMicro;
  return node;
}

function linkParents(nodes: RubricNode[], byCode: Map<string, number>): void {
  // Rubrics are written in tree order, so the parent is usually the last node on the path to the
  // previous row; only when it is not the immediate parent is the code cut back and looked up.
  const path: number[] = [];
  nodes.forEach((node, index) => {
    while (path.length > 0 && !isDescendantCode(node.code, nodes[path[path.length - 1]].code)) path.pop();
    const last = path.length > 0 ? path[path.length - 1] : -1;
    const parent = last !== -1 && node.code.lastIndexOf(".") === nodes[last].code.length ? last : nearestAncestor(node.code, byCode);
    path.push(index);
    if (parent === -1) return;
    node.parent = parent;
    nodes[parent].children.push(index);
  });
}

/** The nearest ancestor present in the range is the parent; a range may start below an area. */
function nearestAncestor(code: string, byCode: Map<string, number>): number {
  for (let ancestor = parentCode(code); ancestor !== undefined; ancestor = parentCode(ancestor)) {
    const parent = byCode.get(ancestor);
    if (parent !== undefined) return parent;
  }
  return -1;
}

function assignCategories(nodes: RubricNode[]): void {
  const categoryOf = (index: number): Category => {
    for (let at = index; at !== -1; at = nodes[at].parent) {
      const kind = nodes[at].kind;
      if (kind === "bonus" || kind === "penalty") return kind;
    }
    return "normal";
  };
  nodes.forEach((node, index) => (node.category = categoryOf(index)));
}

function groupsOf(nodes: RubricNode[], category: "bonus" | "penalty"): BonusPenaltyGroup[] {
  // The cap is the max of the top-most node of the group: the children may add up to more.
  const groups: BonusPenaltyGroup[] = [];
  nodes.forEach((node, index) => {
    const parentCategory = node.parent === -1 ? "normal" : nodes[node.parent].category;
    if (node.category === category && parentCategory !== category) {
      groups.push({ node: index, capMicro: node.maxMicro, leaves: node.leaves });
    }
  });
  return groups;
}
