import { computeUnitTotals } from "../engine/unit-totals";
import { planToTarget, type PlanToTarget } from "../plan-to-target/plan-to-target";
import { targetPoints, type UnitTarget } from "../plan-to-target/target-points";
import type { UnitScores } from "../scores/unit-scores";
import type { ScoreColumn } from "../template/scoring-layout";
import type { ScoringSheetData } from "../template/sheet-reading";

/** A target as the scoring sheet states it (see summary-model's UnitSummary). */
export interface SheetTarget {
  kind: "grade" | "points" | "rank";
  value: string | number;
}

/** What the plans need of each unit's summary line. */
export interface PlannedUnit {
  unit: string;
  assessed: boolean;
  percent?: number;
  target?: SheetTarget;
}

/**
 * The meeting report's "plan to target": for every unit below its target (or the units the user
 * picks), the leaves to win back, by department. Built from the same scores as the rest of the
 * report, so its gap is the report's.
 */
export interface UnitPlan {
  unit: string;
  target: SheetTarget;
  /** Sheet column (0-based) of the scores the plan starts from: a leaf's cell is on its row there. */
  column: number;
  result: PlanToTarget;
  /** The criterion name of each plan leaf, in plan order. */
  names: string[];
}

/** A unit the user picked that gets no plan, and why. */
export interface PlanSkip {
  unit: string;
  reason: "noTarget" | "notAssessed" | "unknownGrade" | "met";
}

export interface PlansInput {
  data: ScoringSheetData;
  units: readonly PlannedUnit[];
  columns: readonly ScoreColumn[];
  /** Each unit's scores as the report reads them, and its projection where there is one. */
  current: readonly UnitScores[];
  planned: readonly (UnitScores | undefined)[];
  /** The units to plan for; by default (or when empty) every unit below its target. */
  picked?: readonly string[];
  /** Targets that stand in for the sheet's, by unit. */
  targets?: Readonly<Record<string, SheetTarget>>;
}

export function plansToTarget(input: PlansInput): { plans: UnitPlan[]; skipped: PlanSkip[] } {
  const { data, units, columns, current, planned } = input;
  const picked = input.picked?.length ? input.picked : undefined;
  const { table, record } = data;
  const totals = current.map((scores) => computeUnitTotals(table, scores));
  const plans: UnitPlan[] = [];
  const skipped: PlanSkip[] = [];
  units.forEach((unit, u) => {
    const isPicked = picked?.includes(unit.unit) ?? false;
    if (picked !== undefined && !isPicked) return;
    const skip = (reason: PlanSkip["reason"]) => {
      // Without a pick, a unit met or without a target needs no line; one that cannot be planned does.
      if (isPicked || reason === "notAssessed" || reason === "unknownGrade") skipped.push({ unit: unit.unit, reason });
    };
    const target = input.targets?.[unit.unit] ?? unit.target;
    if (!target) return skip("noTarget");
    if (!unit.assessed) return skip("notAssessed");
    const others = units.flatMap((other, o) => (o !== u && other.percent !== undefined ? [totals[o]] : []));
    const points = targetPoints(asUnitTarget(target), {
      applicableMaxMicro: totals[u].applicableMaxMicro,
      bands: record.bands,
      others,
    });
    if (!points.ok) return skip(points.problem === "unknownGrade" ? "unknownGrade" : "noTarget");
    if (points.targetMicro === undefined) return skip("met");
    const result = planToTarget({
      table,
      current: current[u],
      planned: planned[u],
      targetMicro: points.targetMicro,
      responsible: data.responsible,
    });
    if (result.verdict === "met") return skip("met");
    plans.push({
      unit: unit.unit,
      target,
      column: columns[u].column,
      result,
      names: result.leaves.map((leaf) => data.names[leaf.row] ?? ""),
    });
  });
  return { plans, skipped };
}

function asUnitTarget(target: SheetTarget): UnitTarget {
  if (target.kind === "grade") return { kind: "grade", label: String(target.value) };
  const value = typeof target.value === "number" ? target.value : Number.NaN;
  return target.kind === "rank" ? { kind: "rank", rank: value } : { kind: "points", points: value };
}
