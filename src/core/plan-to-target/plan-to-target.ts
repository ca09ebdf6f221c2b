import { fromMicro } from "../decimal";
import { bonusAndPenalty, computeUnitTotals } from "../engine/unit-totals";
import { LeafState } from "../scores/leaf-state";
import type { UnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";
import { departmentShares, type DepartmentShare, type LeafGain } from "./department-shares";

/**
 * The question every review meeting ends on: which lost points can the unit win back before year
 * end, who owns them, and is that enough to reach its target? One unit's answer, from its current
 * scores (and its projected ones where given) and its target in points.
 */
export interface PlanInput {
  table: RubricTable;
  current: UnitScores;
  /** Projected (expected year-end) scores: where one is given, it is what the leaf can still reach. */
  planned?: UnitScores;
  targetMicro: number;
  /** The responsible department (cơ quan chủ trì) of each rubric row; blank when not assigned. */
  responsible?: readonly string[];
}

export interface PlanLeaf {
  code: string;
  /** 0-based row in the rubric range: the leaf's score cell is on this row. */
  row: number;
  responsible: string;
  /** The current score; undefined when the leaf is not assessed yet. */
  current?: number;
  /** What the plan raises it to: the projected score where one is given, else the max. */
  raisedTo: number;
  /** Points this leaf adds to the total when raised (a bonus only up to its cap). */
  recoverable: number;
  /** Running total of `recoverable` down the list. */
  cumulative: number;
  /** Not assessed yet (blank): open up to its max, not lost. */
  pending: boolean;
  /** Recoverable comes from the unit's own projection (planned − current). */
  fromProjection: boolean;
  /** Survey points (ĐTXHH): the unit cannot win them back directly, only through its services. */
  survey: boolean;
  bonus: boolean;
  /** One of the leaves that, won back in order, close the gap. */
  closesGap: boolean;
}

/**
 * met: nothing to win back. reachable: the leaves the unit can act on close the gap.
 * reachableWithSurvey: only if survey points come in as well. unreachable: not even with every leaf.
 */
export type PlanVerdict = "met" | "reachable" | "reachableWithSurvey" | "unreachable";

export interface PlanToTarget {
  currentTotal: number;
  target: number;
  /** target − current total; ≤ 0 when met. */
  gap: number;
  verdict: PlanVerdict;
  /** Most recoverable first; survey leaves after every leaf the unit can act on. */
  leaves: PlanLeaf[];
  /** How many leaves from the top close the gap (all of them when they cannot). */
  neededCount: number;
  /** What the leaves after those could add on top (not needed for the target). */
  beyondNeeded: number;
  totalRecoverable: number;
  /** Without the survey leaves. */
  directRecoverable: number;
  /** Points still missing if every leaf is won back (0 when the gap can be closed). */
  missing: number;
  /** Points still missing if every leaf except the survey ones is won back. */
  missingWithoutSurvey: number;
  departments: DepartmentShare[];
}

interface Candidate {
  index: number;
  raisedMicro: number;
  gainMicro: number;
  fromProjection: boolean;
}

export function planToTarget(input: PlanInput): PlanToTarget {
  const { table, current, planned, targetMicro } = input;
  const currentMicro = computeUnitTotals(table, current).totalMicro;
  const gapMicro = targetMicro - currentMicro;

  const direct: Candidate[] = [];
  const survey: Candidate[] = [];
  const bonus: Candidate[] = [];
  for (const index of table.leaves) {
    const candidate = candidateOf(table, current, planned, index);
    if (!candidate) continue;
    const node = table.nodes[index];
    if (node.category === "bonus") bonus.push(candidate);
    else if (node.kind === "survey") survey.push(candidate);
    else direct.push(candidate);
  }
  const byGain = (a: Candidate, b: Candidate) => b.gainMicro - a.gainMicro || a.index - b.index;
  direct.sort(byGain);
  survey.sort(byGain);
  const ordered = [...mergeByGain(direct, bonusInOrder(table, current, bonus)), ...survey];

  const leaves: PlanLeaf[] = [];
  const gains: LeafGain[] = [];
  let cumulativeMicro = 0;
  let neededCount = 0;
  let neededMicro = 0;
  let directMicro = 0;
  for (const candidate of ordered) {
    const node = table.nodes[candidate.index];
    const closesGap = gapMicro > 0 && cumulativeMicro < gapMicro;
    cumulativeMicro += candidate.gainMicro;
    if (closesGap) {
      neededCount++;
      neededMicro = cumulativeMicro;
    }
    const isSurvey = node.kind === "survey" && node.category !== "bonus";
    if (!isSurvey) directMicro += candidate.gainMicro;
    const assessed = current.states[candidate.index] === LeafState.Assessed;
    const responsible = (input.responsible?.[node.row] ?? "").trim();
    gains.push({ responsible, gainMicro: candidate.gainMicro, closesGap });
    leaves.push({
      code: node.code,
      row: node.row,
      responsible,
      current: assessed ? fromMicro(current.micro[candidate.index]) : undefined,
      raisedTo: fromMicro(candidate.raisedMicro),
      recoverable: fromMicro(candidate.gainMicro),
      cumulative: fromMicro(cumulativeMicro),
      pending: !assessed,
      fromProjection: candidate.fromProjection,
      survey: isSurvey,
      bonus: node.category === "bonus",
      closesGap,
    });
  }
  const totalMicro = cumulativeMicro;
  const verdict: PlanVerdict =
    gapMicro <= 0 ? "met" : directMicro >= gapMicro ? "reachable" : totalMicro >= gapMicro ? "reachableWithSurvey" : "unreachable";
  return {
    currentTotal: fromMicro(currentMicro),
    target: fromMicro(targetMicro),
    gap: fromMicro(gapMicro),
    verdict,
    leaves,
    neededCount,
    beyondNeeded: fromMicro(totalMicro - neededMicro),
    totalRecoverable: fromMicro(totalMicro),
    directRecoverable: fromMicro(directMicro),
    missing: fromMicro(Math.max(0, gapMicro - totalMicro)),
    missingWithoutSurvey: fromMicro(Math.max(0, gapMicro - directMicro)),
    departments: departmentShares(gains, Math.max(0, gapMicro)),
  };
}

/**
 * A leaf that can still add points: assessed below what it can reach, or not assessed yet. Not
 * applicable leaves cannot; penalties are facts already incurred, not points to win back.
 */
function candidateOf(table: RubricTable, current: UnitScores, planned: UnitScores | undefined, index: number): Candidate | undefined {
  const node = table.nodes[index];
  if (node.category === "penalty") return undefined;
  const state = current.states[index];
  if (state === LeafState.NotApplicable || state === LeafState.Invalid) return undefined;
  const plannedState = planned?.states[index] ?? LeafState.Blank;
  if (plannedState === LeafState.NotApplicable || plannedState === LeafState.Invalid) return undefined;
  const fromProjection = plannedState === LeafState.Assessed;
  const raisedMicro = fromProjection ? planned!.micro[index] : node.maxMicro;
  const currentMicro = state === LeafState.Assessed ? current.micro[index] : 0;
  const gainMicro = raisedMicro - currentMicro;
  // A blank leaf with max 0 adds nothing; a pending one planned at 0 neither.
  if (gainMicro <= 0) return undefined;
  return { index, raisedMicro, gainMicro, fromProjection };
}

/**
 * Bonus leaves share caps (a group never gives more than its max, at every level), so what one adds
 * depends on which others are already won. Each step takes the leaf that adds most given those
 * before it; its gain is exactly what the capped total grows by. A capped sum has diminishing
 * returns, so the gains come out largest first, and leaves that add nothing are left out.
 */
function bonusInOrder(table: RubricTable, current: UnitScores, candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  const raised = new Map<number, number>();
  const valueOf = (index: number) => raised.get(index) ?? (current.states[index] === LeafState.Assessed ? current.micro[index] : 0);
  let bonusMicro = bonusAndPenalty(table, valueOf).bonusMicro;
  const remaining = [...candidates];
  const ordered: Candidate[] = [];
  while (remaining.length > 0) {
    let best = -1;
    let bestGain = 0;
    let bestBonus = bonusMicro;
    remaining.forEach((candidate, at) => {
      raised.set(candidate.index, candidate.raisedMicro);
      const withIt = bonusAndPenalty(table, valueOf).bonusMicro;
      raised.delete(candidate.index);
      if (withIt - bonusMicro > bestGain) {
        best = at;
        bestGain = withIt - bonusMicro;
        bestBonus = withIt;
      }
    });
    if (best === -1) break;
    const [chosen] = remaining.splice(best, 1);
    raised.set(chosen.index, chosen.raisedMicro);
    ordered.push({ ...chosen, gainMicro: bestGain });
    bonusMicro = bestBonus;
  }
  return ordered;
}

/** Two lists each largest first into one, keeping each list's own order (the bonus order matters). */
function mergeByGain(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  let i = 0,
    j = 0;
  while (i < a.length || j < b.length) {
    const takeA =
      j >= b.length ||
      (i < a.length && (a[i].gainMicro > b[j].gainMicro || (a[i].gainMicro === b[j].gainMicro && a[i].index < b[j].index)));
    merged.push(takeA ? a[i++] : b[j++]);
  }
  return merged;
}
