import { fromMicro, toMicro } from "../decimal";
import { formatNumber } from "../number-text";
import { ROW_KIND_LABEL, type RowKind } from "./row-kind";
import type { Criterion, Rubric, ScoringRule } from "./schema";
import { leafFlags } from "../rules/leaf";

/**
 * A rubric laid out as sheet rows, in the column order the PAR.* formulas read: code, kind, max,
 * step-or-allowed. The kind column says what the formulas need (area, bonus, penalty, survey).
 */
export interface RubricRow {
  code: string;
  kind: RowKind;
  max: number;
  /** A step as a number, or allowed scores as "0;0,5;1" (Vietnamese decimal comma). */
  stepOrAllowed: number | string | null;
  depth: number;
  isLeaf: boolean;
  criterion: Criterion;
}

export function rubricRows(rubric: Rubric): RubricRow[] {
  const leaves = leafFlags(rubric.criteria.map((criterion) => criterion.code));
  return rubric.criteria.map((criterion, index) => {
    const isLeaf = leaves[index];
    return {
      code: criterion.code,
      kind: rowKind(criterion, isLeaf),
      max: criterion.max,
      stepOrAllowed: isLeaf ? stepOrAllowed(criterion) : null,
      depth: criterion.code.split(".").length,
      isLeaf,
      criterion,
    };
  });
}

function rowKind(criterion: Criterion, isLeaf: boolean): RowKind {
  if (criterion.kind === "bonus") return "bonus";
  if (criterion.kind === "penalty") return "penalty";
  if (isLeaf && criterion.rule?.type === "survey") return "survey";
  return criterion.code.includes(".") ? "criterion" : "area";
}

/** Allowed scores for rules with fixed outcomes; the step otherwise. */
export function allowedScores(criterion: Criterion): number[] | undefined {
  const rule: ScoringRule | undefined = criterion.rule;
  if (!rule) return undefined;
  const values =
    rule.type === "yesNo"
      ? [0, criterion.max]
      : rule.type === "levels"
        ? rule.levels.map((level) => level.score)
        : rule.type === "thresholds"
          ? [0, ...rule.bands.map((band) => band.score)]
          : undefined;
  if (!values) return undefined;
  return [...new Set(values.map((value) => toMicro(value) ?? 0))].sort((a, b) => a - b).map(fromMicro);
}

function stepOrAllowed(criterion: Criterion): number | string | null {
  const allowed = allowedScores(criterion);
  if (allowed) return allowed.map((value) => formatNumber(value, "vi")).join(";");
  return criterion.step ?? null;
}

export { ROW_KIND_LABEL };
