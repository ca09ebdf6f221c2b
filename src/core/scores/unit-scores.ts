import { isMultipleOf, MICRO_PER_POINT, toMicro } from "../decimal";
import type { Finding } from "../findings";
import type { RubricNode, RubricTable } from "../table/rubric-table";
import { classifyCell } from "./cell-value";
import { scoreMessages } from "./score-messages";

/** What a leaf's cell says. Blank is not zero: a blank leaf is pending, 0 is assessed and lost. */
export const LeafState = { Blank: 0, Assessed: 1, NotApplicable: 2, Invalid: 3 } as const;
export type LeafState = (typeof LeafState)[keyof typeof LeafState];

/** One unit's leaf scores, indexed by rubric node, with every problem found reading them. */
export interface UnitScores {
  states: Uint8Array;
  micro: Float64Array;
  findings: Finding[];
}

/**
 * Reads one column of score cells against the rubric. Parent rows' cells are ignored (they may hold
 * subtotals). Numbers take a fast path; everything else is classified and, unless it means blank or
 * not applicable, reported. Never throws.
 */
export function readUnitScores(table: RubricTable, cells: readonly unknown[]): UnitScores {
  const states = new Uint8Array(table.nodes.length);
  const micro = new Float64Array(table.nodes.length);
  const findings: Finding[] = [];
  const rows = Math.min(cells.length, table.rowCount);
  const { leafAtRow, maxMicro, stepMicro, hasAllowed } = table;
  for (let row = 0; row < rows; row++) {
    const index = leafAtRow[row];
    if (index === -2) continue;
    const cell = cells[row];
    if (index === -1) {
      if (cell !== null && cell !== undefined && cell !== "") {
        findings.push({ code: "score.onBlankRow", severity: "warning", row, message: scoreMessages.onBlankRow(row) });
      }
      continue;
    }
    if (typeof cell === "number") {
      // The common case, kept inline: a score on its step within [0, max] (see acceptNumber).
      const scaled = cell * MICRO_PER_POINT;
      const points = Math.round(scaled);
      const step = stepMicro[index];
      // Division then floor rather than %: V8's floating-point modulo is several times slower.
      if (
        points >= 0 && points <= maxMicro[index] && Math.abs(scaled - points) <= 1e-3 &&
        (step === 0 || Math.floor(points / step) * step === points) && hasAllowed[index] === 0
      ) {
        micro[index] = points;
        states[index] = LeafState.Assessed;
        continue;
      }
      states[index] = acceptNumber(table.nodes[index], cell, micro, index, findings);
    } else {
      states[index] = readOtherCell(table.nodes[index], cell, micro, index, findings);
    }
  }
  return { states, micro, findings };
}

function acceptNumber(node: RubricNode, value: number, micro: Float64Array, index: number, findings: Finding[]): LeafState {
  const points = Number.isFinite(value) ? toMicro(value) : undefined;
  if (points === undefined) {
    findings.push(problem(node, "score.tooPrecise", scoreMessages.tooPrecise(node.code, value)));
    return LeafState.Invalid;
  }
  if (points < 0) {
    findings.push(problem(node, "score.negative", scoreMessages.negative(node.code, points, node.category === "penalty")));
    return LeafState.Invalid;
  }
  if (points > node.maxMicro) {
    findings.push(problem(node, "score.aboveMax", scoreMessages.aboveMax(node.code, points, node.maxMicro)));
    return LeafState.Invalid;
  }
  if (node.allowedMicro !== undefined && !node.allowedMicro.includes(points)) {
    findings.push(problem(node, "score.notAllowed", scoreMessages.notAllowed(node.code, points, node.allowedMicro)));
    return LeafState.Invalid;
  }
  if (node.stepMicro !== undefined && !isMultipleOf(points, node.stepMicro)) {
    findings.push(problem(node, "score.offStep", scoreMessages.offStep(node.code, points, node.stepMicro)));
    return LeafState.Invalid;
  }
  micro[index] = points;
  return LeafState.Assessed;
}

function readOtherCell(node: RubricNode, raw: unknown, micro: Float64Array, index: number, findings: Finding[]): LeafState {
  const cell = classifyCell(raw);
  switch (cell.kind) {
    case "blank":
      return LeafState.Blank;
    case "notApplicable":
      return LeafState.NotApplicable;
    case "number":
      return acceptNumber(node, cell.value, micro, index, findings);
    case "textNumber":
      findings.push({
        ...problem(node, "score.textNumber", scoreMessages.textNumber(node.code, cell.text, cell.value)),
        suggestedValue: cell.value,
        cellText: cell.text,
      });
      return LeafState.Invalid;
    case "ambiguousNumber":
      findings.push(problem(node, "score.ambiguousNumber", scoreMessages.ambiguousNumber(node.code, cell.text, cell.readings)));
      return LeafState.Invalid;
    case "boolean":
      findings.push(problem(node, "score.boolean", scoreMessages.boolean(node.code, cell.value)));
      return LeafState.Invalid;
    case "errorValue":
      findings.push(problem(node, "score.errorValue", scoreMessages.errorValue(node.code, cell.text)));
      return LeafState.Invalid;
    case "invalidNumber":
      findings.push(problem(node, "score.text", scoreMessages.text(node.code, String(cell.value))));
      return LeafState.Invalid;
    case "text":
      findings.push(problem(node, "score.text", scoreMessages.text(node.code, cell.text)));
      return LeafState.Invalid;
  }
}

function problem(node: RubricNode, code: Finding["code"], message: Finding["message"]): Finding {
  return { code, severity: "error", criterion: node.code, row: node.row, message };
}

/**
 * The projection: each planned (expected year-end) cell that is filled replaces the current score;
 * where none is given the current one stands. Problems in either column are kept, the planned ones
 * labelled as such by their code.
 */
export function mergePlanned(current: UnitScores, planned: UnitScores): UnitScores {
  const states = current.states.slice();
  const micro = current.micro.slice();
  for (let index = 0; index < states.length; index++) {
    if (planned.states[index] === LeafState.Blank) continue;
    states[index] = planned.states[index];
    micro[index] = planned.micro[index];
  }
  return { states, micro, findings: [...current.findings, ...planned.findings] };
}
