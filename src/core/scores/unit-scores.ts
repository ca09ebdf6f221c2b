import { isMultipleOf, readPoints, scoreMicro } from "../decimal";
import type { Finding } from "../findings";
import type { RubricNode, RubricTable } from "../table/rubric-table";
import { classifyCell } from "./cell-value";
import { LeafState } from "./leaf-state";
import { emptyAreaTotals, sumLeaves, type LeafSums } from "./leaf-sums";
import { scoreMessages } from "./score-messages";

/** One unit's leaf scores, indexed by rubric node, with every problem found reading them. */
export interface UnitScores {
  states: Uint8Array;
  micro: Float64Array;
  findings: Finding[];
  sums: LeafSums;
}

/**
 * Reads one column of score cells against the rubric. Parent rows' cells are ignored (they may hold
 * subtotals). Numbers take a fast path; everything else is classified and, unless it means blank or
 * not applicable, reported. Never throws.
 */
export function readUnitScores(table: RubricTable, cells: readonly unknown[]): UnitScores {
  return readInto(table, cells, new Uint8Array(table.nodes.length), new Float64Array(table.nodes.length));
}

/**
 * Every unit's column at once, for the meeting summary and whole-sheet checks. The per-unit arrays
 * are views over two shared buffers: creating a typed array costs more than reading a whole column
 * (about 2 µs for a 200-row rubric), so a sheet of 300 units allocates two, not 600.
 */
export function readManyUnitScores(table: RubricTable, columns: readonly (readonly unknown[])[]): UnitScores[] {
  const size = table.nodes.length;
  const allStates = new Uint8Array(size * columns.length);
  const allMicro = new Float64Array(size * columns.length);
  return columns.map((cells, u) =>
    readInto(table, cells, allStates.subarray(u * size, (u + 1) * size), allMicro.subarray(u * size, (u + 1) * size)),
  );
}

/**
 * A number cell's micro-points when it is plainly a valid score of the leaf: within [0, max] and on
 * its step or in its list of allowed scores. -1 otherwise; then the full check (acceptNumber) decides
 * and says why. It takes the table's arrays rather than the table so that a loop can hold them in
 * locals: V8 does not hoist field reads out of loops, and this runs for every score cell.
 */
export function plainScoreMicro(
  maxMicro: Float64Array,
  stepMicro: Float64Array,
  allowedMicro: readonly (readonly number[] | undefined)[],
  index: number,
  cell: number,
): number {
  const points = scoreMicro(cell);
  const step = stepMicro[index];
  const allowed = allowedMicro[index];
  // Division then floor rather than %: V8's floating-point modulo is several times slower.
  return points >= 0 &&
    points <= maxMicro[index] &&
    (allowed === undefined ? step === 0 || Math.floor(points / step) * step === points : allowed.includes(points))
    ? points
    : -1;
}

// Module constants for the hot loop below: a property read of LeafState on every cell is measurable.
const { Blank: BLANK, Assessed: ASSESSED, NotApplicable: NOT_APPLICABLE, Invalid: INVALID } = LeafState;

/**
 * Fresh arrays are all zero (Blank), so only non-blank leaves are written. The sums over the scale's
 * leaves are kept in locals as each leaf is read (see LeafSums), area by area along the table's
 * area runs; cells past the end of a short column are blank.
 */
function readInto(table: RubricTable, cells: readonly unknown[], states: Uint8Array, micro: Float64Array): UnitScores {
  const findings: Finding[] = [];
  const { leafAtRow, isNormalLeaf, maxMicro, stepMicro, allowedMicro, areaRuns } = table;
  const areas = emptyAreaTotals(table.areas.length);
  let achieved = 0,
    assessedMax = 0,
    applicableMax = 0;
  let assessedCount = 0,
    pendingCount = 0,
    notApplicableCount = 0,
    invalidCount = 0;
  const cellCount = cells.length;
  for (let run = 0; run < areaRuns.length; run += 3) {
    const end = areaRuns[run + 1];
    let runAchieved = 0,
      runAssessedMax = 0,
      runApplicableMax = 0;
    for (let row = areaRuns[run]; row < end; row++) {
      const index = leafAtRow[row];
      if (index === -2) continue;
      const cell = row < cellCount ? cells[row] : null;
      if (index === -1) {
        if (cell !== null && cell !== undefined && cell !== "") {
          findings.push({ code: "score.onBlankRow", severity: "warning", row, message: scoreMessages.onBlankRow(row) });
        }
        continue;
      }
      // Plain scores and blanks, nearly every cell, are handled here; the rest is classified and reported.
      let state: LeafState = BLANK;
      let points = 0;
      if (typeof cell === "number") {
        points = plainScoreMicro(maxMicro, stepMicro, allowedMicro, index, cell);
        if (points >= 0) {
          micro[index] = points;
          state = ASSESSED;
        } else {
          state = acceptNumber(table.nodes[index], cell, micro, index, findings);
          points = micro[index];
        }
      } else if (cell !== null && cell !== undefined && cell !== "") {
        state = readOtherCell(table.nodes[index], cell, micro, index, findings);
      }
      if (state === INVALID) invalidCount++;
      if (state !== BLANK) states[index] = state; // fresh arrays are all Blank already
      if (isNormalLeaf[index] === 0) continue;
      if (state === NOT_APPLICABLE) {
        notApplicableCount++;
        continue;
      }
      runApplicableMax += maxMicro[index];
      if (state === ASSESSED) {
        runAchieved += points;
        runAssessedMax += maxMicro[index];
        assessedCount++;
      } else if (state === BLANK) {
        pendingCount++;
      }
    }
    achieved += runAchieved;
    assessedMax += runAssessedMax;
    applicableMax += runApplicableMax;
    const area = areaRuns[run + 2];
    if (area !== -1) {
      areas.achievedMicro[area] += runAchieved;
      areas.applicableMaxMicro[area] += runApplicableMax;
      areas.lostMicro[area] += runAssessedMax - runAchieved;
    }
  }
  const sums: LeafSums = {
    achievedMicro: achieved,
    assessedMaxMicro: assessedMax,
    applicableMaxMicro: applicableMax,
    lostMicro: assessedMax - achieved,
    assessedCount,
    pendingCount,
    notApplicableCount,
    invalidCount,
    areas,
  };
  return { states, micro, findings, sums };
}

function acceptNumber(node: RubricNode, value: number, micro: Float64Array, index: number, findings: Finding[]): LeafState {
  const reading = readPoints(value);
  if (reading.kind !== "points") {
    findings.push(
      reading.kind === "notFinite"
        ? problem(node, "score.notFinite", scoreMessages.notFinite(node.code, value))
        : reading.kind === "tooLarge"
          ? problem(node, "score.tooLarge", scoreMessages.tooLarge(node.code, value, node.maxMicro))
          : problem(node, "score.tooPrecise", scoreMessages.tooPrecise(node.code, value)),
    );
    return LeafState.Invalid;
  }
  const points = reading.micro;
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
      return acceptNumber(node, cell.value, micro, index, findings);
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
export function mergePlanned(table: RubricTable, current: UnitScores, planned: UnitScores): UnitScores {
  const states = current.states.slice();
  const micro = current.micro.slice();
  for (let index = 0; index < states.length; index++) {
    if (planned.states[index] === LeafState.Blank) continue;
    states[index] = planned.states[index];
    micro[index] = planned.micro[index];
  }
  return { states, micro, findings: [...current.findings, ...planned.findings], sums: sumLeaves(table, states, micro) };
}
