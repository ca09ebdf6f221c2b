import { bilingual } from "../bilingual";
import { fromMicro, nearestMicro, ratio } from "../decimal";
import { isError } from "../findings";
import { computeUnitTotals } from "../engine/unit-totals";
import { gradeOf, pointsGap, rankAll, rankGap, targetPointsMicro } from "../rules";
import { appraisalGaps, type AppraisalGap } from "../engine/appraisal-gap";
import { LeafState } from "../scores/leaf-state";
import type { AreaTotals } from "../scores/leaf-sums";
import { mergePlanned, readManyUnitScores, type UnitScores } from "../scores/unit-scores";
import type { ScoreColumn, ScoreColumnKind } from "../template/scoring-layout";
import { readTargetKind, type TargetKind } from "../rules/target-kind";
import { columnCells, summaryCell, type ScoringSheetData } from "../template/sheet-reading";
import { TemplateError } from "../template/template-error";
import { readNumberText } from "../number-text";
import { foldText, unitNameKey } from "../text-match";
import type { RubricTable } from "../table/rubric-table";
import { plansToTarget, type PlanSkip, type SheetTarget, type UnitPlan } from "./summary-plans";

/**
 * The numbers a quarterly meeting looks at, computed from the scores themselves (not from the
 * sheet's formula results): per unit, per area, and the criteria that lost the most points.
 */
export interface UnitSummary {
  unit: string;
  /**
   * False when none of the unit's criteria is scored yet in the report's column: the unit is "not
   * assessed", with no index, grade or rank (blank is not zero; 0 points and "Yếu" would be false).
   */
  assessed: boolean;
  total: number;
  applicableMax: number;
  assessedMax: number;
  lost: number;
  /** Fraction; undefined when nothing applies yet or nothing is assessed. */
  percent?: number;
  grade?: string;
  rank?: number;
  previousRank?: number;
  /** Places gained since the previous rank (positive is better). */
  rankChange?: number;
  target?: { kind: TargetKind; value: string | number; gap?: number };
  projected?: number;
}

export interface AreaSummary {
  code: string;
  name: string;
  /** False when no unit has a score under this area yet. */
  assessed: boolean;
  achieved: number;
  max: number;
  lost: number;
  projected?: number;
  subIndex?: number;
}

export interface LostLeaf {
  code: string;
  name: string;
  responsible: string;
  lost: number;
  unitsLosing: number;
}

export interface AppraisalCut extends AppraisalGap {
  unit: string;
  name: string;
}

/**
 * What the report must tell beside its numbers, as data (the pane and the sheet word it in the
 * reader's language): a chosen column with no scores, units with nothing scored, previous-rank lines
 * that name no unit of the sheet (with the unit they probably meant).
 */
export type SummaryNotice =
  | { kind: "basisEmpty"; basis: ScoreColumnKind; withEntries: ScoreColumnKind[] }
  | { kind: "unitsNotAssessed"; units: string[] }
  | { kind: "rankUnmatched"; name: string; suggestion?: string };

export interface MeetingSummary {
  /** The column the report's numbers come from (projected = current scores with the projections over them). */
  basis: ScoreColumnKind;
  /** Whether the user chose the column, or it is the latest kind that has entries. */
  basisChosen: "user" | "latest";
  /** Filled score cells (scores, N/A, or invalid text) per kind of column on the sheet. */
  entries: Partial<Record<ScoreColumnKind, number>>;
  notices: SummaryNotice[];
  units: UnitSummary[];
  areas: AreaSummary[];
  topLost: LostLeaf[];
  /** Where the appraisal differs most from the self-assessment (both columns scored), largest first. */
  appraisalCuts: AppraisalCut[];
  /** "Kế hoạch đạt mục tiêu": one plan per unit below its target (or per unit picked). */
  plans: UnitPlan[];
  /** Picked units that got no plan (met, no target...). */
  planSkipped: PlanSkip[];
}

export interface SummaryOptions {
  topLost: number;
  previousRanks?: Record<string, number>;
  /** The column to report; by default the latest kind with entries (appraised, then self-assessed). */
  basis?: ScoreColumnKind;
  /** The units to plan to target for; by default every unit below its target. */
  planUnits?: string[];
  /** Targets that stand in for the sheet's, by unit (a target tried out in the pane). */
  planTargets?: Record<string, SheetTarget>;
}

/** Kinds of assessment, latest first: an appraisal replaces the self-assessment once it exists. */
const ASSESSMENT_KINDS: readonly ScoreColumnKind[] = ["appraised", "self"];

export function summarizeMeeting(data: ScoringSheetData, options: SummaryOptions): MeetingSummary {
  const { layout, record, table } = data;
  const { topLost } = options;
  const read = readAllColumns(data);
  const entries: Partial<Record<ScoreColumnKind, number>> = {};
  for (const kind of record.columns) entries[kind] = read.ofKind(kind).reduce((sum, scores) => sum + filledLeaves(table, scores), 0);
  const has = (kind: ScoreColumnKind) => (entries[kind] ?? 0) > 0;

  if (options.basis !== undefined && !record.columns.includes(options.basis)) {
    throw new TemplateError(
      bilingual(
        `Trang "${record.scoringSheet}" không có cột ${COLUMN_KIND_NAME.vi[options.basis]}. Hãy chọn loại điểm khác cho báo cáo.`,
        `Sheet "${record.scoringSheet}" has no ${COLUMN_KIND_NAME.en[options.basis]} column. Choose another kind of score for the report.`,
      ),
    );
  }
  const assessmentKinds = ASSESSMENT_KINDS.filter((kind) => record.columns.includes(kind));
  // What "current" means for the projection: the latest assessment with entries.
  const currentKind = assessmentKinds.find(has) ?? assessmentKinds[0];
  const basis: ScoreColumnKind =
    options.basis ?? assessmentKinds.find(has) ?? (has("projected") ? "projected" : (currentKind ?? "projected"));
  const notices: SummaryNotice[] = [];
  if (!has(basis) && !(basis === "projected" && currentKind !== undefined && has(currentKind))) {
    notices.push({ kind: "basisEmpty", basis, withEntries: record.columns.filter(has) });
  }

  const columns = layout.scoreColumns.filter((column) => column.kind === (basis === "projected" ? (currentKind ?? "projected") : basis));
  const base = read.used(columns);
  const plannedColumns = columns.map((column) =>
    column.kind === "projected"
      ? undefined
      : layout.scoreColumns.find((candidate) => candidate.unit === column.unit && candidate.kind === "projected"),
  );
  const planned = plannedColumns.map((column) => (column ? read.used([column])[0] : undefined));
  const merged = base.map((scores, u) => (planned[u] ? mergePlanned(table, scores, planned[u]!) : undefined));
  const current = basis === "projected" ? base.map((scores, u) => merged[u] ?? scores) : base;
  const projected = basis === "projected" ? base.map(() => undefined) : merged;

  const units: UnitSummary[] = columns.map((column, u) => {
    const totals = computeUnitTotals(table, current[u]);
    const assessed = anyAssessed(table, current[u]);
    const percent = assessed && totals.applicableMaxMicro > 0 ? ratio(totals.totalMicro, totals.applicableMaxMicro) : undefined;
    const summary: UnitSummary = {
      unit: column.unit,
      assessed,
      total: fromMicro(totals.totalMicro),
      applicableMax: fromMicro(totals.applicableMaxMicro),
      assessedMax: fromMicro(totals.assessedMaxMicro),
      lost: fromMicro(totals.lostMicro),
      percent,
      grade: percent === undefined ? undefined : gradeOf(percent, record.bands),
      projected:
        projected[u] && anyAssessed(table, projected[u]!) ? fromMicro(computeUnitTotals(table, projected[u]!).totalMicro) : undefined,
    };
    // A projected report is judged against the projected column's own target, as its status row on
    // the sheet is; a sheet made before that column had one falls back to the current column's.
    const projectedColumn = basis === "projected" ? plannedColumns[u] : undefined;
    const target = (projectedColumn && readTarget(data, projectedColumn)) || readTarget(data, column);
    if (target) summary.target = target;
    return summary;
  });
  const notAssessed = units.filter((unit) => !unit.assessed).map((unit) => unit.unit);
  if (notAssessed.length > 0 && !notices.some((notice) => notice.kind === "basisEmpty"))
    notices.push({ kind: "unitsNotAssessed", units: notAssessed });

  const previous = matchPreviousRanks(
    units.map((unit) => unit.unit),
    options.previousRanks ?? {},
  );
  notices.push(...previous.unmatched);
  rankAll(units.map((unit) => unit.percent)).forEach((rank, u) => {
    units[u].rank = rank;
    const before = previous.ranks.get(u);
    if (before !== undefined && rank !== undefined) {
      units[u].previousRank = before;
      units[u].rankChange = before - rank;
    }
  });
  units.forEach((unit) => {
    if (!unit.target || !unit.assessed) return;
    const { kind, value } = unit.target;
    if (kind === "rank") {
      if (typeof value === "number" && unit.rank !== undefined) unit.target.gap = rankGap(unit.rank, value);
      return;
    }
    const targetMicro = targetPointsMicro(kind, value, record.bands, nearestMicro(unit.applicableMax));
    if (targetMicro !== undefined) unit.target.gap = pointsGap(targetMicro, nearestMicro(unit.total));
  });

  // On a projected report the projections are already in `current`: none left to plan with.
  const { plans, skipped: planSkipped } = plansToTarget({
    data,
    units,
    columns,
    current,
    planned: projected.map((merged, u) => (merged ? planned[u] : undefined)),
    picked: options.planUnits,
    targets: options.planTargets,
  });

  const currentAreas = current.map((scores) => scores.sums.areas);
  const projectedAreas = current.map((scores, u) => (projected[u] ?? scores).sums.areas);
  const areas: AreaSummary[] = table.areas.map((index, position) => {
    const node = table.nodes[index];
    const sum = (all: AreaTotals[], field: keyof AreaTotals) => all.reduce((total, area) => total + area[field][position], 0);
    const achieved = sum(currentAreas, "achievedMicro");
    const max = sum(currentAreas, "applicableMaxMicro");
    const lost = sum(currentAreas, "lostMicro");
    const assessed = current.some((scores) => node.leaves.some((leaf) => scores.states[leaf] === LeafState.Assessed));
    const projectedAchieved = sum(projectedAreas, "achievedMicro");
    return {
      code: node.code,
      name: data.names[node.row],
      assessed,
      achieved: fromMicro(achieved),
      max: fromMicro(max),
      lost: fromMicro(lost),
      projected: projected.some(Boolean) && (assessed || projectedAchieved > 0) ? fromMicro(projectedAchieved) : undefined,
      subIndex: assessed && max > 0 ? ratio(achieved, max) : undefined,
    };
  });

  const lostByLeaf = table.leaves
    .filter((index) => table.nodes[index].category === "normal")
    .map((index): LostLeaf => {
      const node = table.nodes[index];
      let lost = 0,
        unitsLosing = 0;
      for (const scores of current) {
        if (scores.states[index] !== LeafState.Assessed) continue;
        const leafLost = node.maxMicro - scores.micro[index];
        lost += leafLost;
        if (leafLost > 0) unitsLosing++;
      }
      return { code: node.code, name: data.names[node.row], responsible: data.responsible[node.row], lost: fromMicro(lost), unitsLosing };
    })
    .filter((leaf) => leaf.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code, undefined, { numeric: true }));

  // Cuts compare two columns that both hold scores: on an appraised report, the self-assessments.
  const appraisalBase = basis === "appraised" || (basis === "projected" && currentKind === "appraised");
  const selfColumns =
    appraisalBase && has("self") && has("appraised") ? layout.scoreColumns.filter((column) => column.kind === "self") : [];
  const appraisalCuts =
    selfColumns.length > 0
      ? read
          .used(selfColumns)
          .flatMap((self, s) => {
            const unit = selfColumns[s].unit;
            const appraised = base[columns.findIndex((column) => column.unit === unit)];
            return appraisalGaps(table, self, appraised).map((gap) => ({
              ...gap,
              unit,
              name: data.names[table.nodes[table.byCode.get(gap.code)!].row],
            }));
          })
          .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.code.localeCompare(b.code, undefined, { numeric: true }))
      : [];

  return {
    basis,
    basisChosen: options.basis === undefined ? "latest" : "user",
    entries,
    notices,
    units,
    areas,
    topLost: lostByLeaf.slice(0, Math.max(0, topLost)),
    appraisalCuts: appraisalCuts.slice(0, Math.max(0, topLost)),
    plans,
    planSkipped,
  };
}

/** Names of the kinds of score column, for messages built in core. */
export const COLUMN_KIND_NAME: Record<"vi" | "en", Record<ScoreColumnKind, string>> = {
  vi: { self: "Tự đánh giá", appraised: "Thẩm định", projected: "Dự kiến cả năm" },
  en: { self: "Self-assessed", appraised: "Appraised", projected: "Projected" },
};

/**
 * Every score column read once, in one batch. The columns a report's numbers come from must be
 * valid: `used` refuses the first invalid score of those, naming it; the others only tell whether
 * they have entries.
 */
function readAllColumns(data: ScoringSheetData) {
  const { layout, table } = data;
  const all = readManyUnitScores(
    table,
    layout.scoreColumns.map((column) => columnCells(data, column)),
  );
  const at = new Map(layout.scoreColumns.map((column, i) => [column.column, i]));
  return {
    ofKind: (kind: ScoreColumnKind) => layout.scoreColumns.flatMap((column, i) => (column.kind === kind ? [all[i]] : [])),
    used: (columns: readonly ScoreColumn[]) =>
      columns.map((column) => {
        const scores = all[at.get(column.column)!];
        refuseInvalid(data, column, scores);
        return scores;
      }),
  };
}

function filledLeaves(table: RubricTable, scores: UnitScores): number {
  let filled = 0;
  for (const leaf of table.leaves) if (scores.states[leaf] !== LeafState.Blank) filled++;
  return filled;
}

function anyAssessed(table: RubricTable, scores: UnitScores): boolean {
  return table.leaves.some((leaf) => scores.states[leaf] === LeafState.Assessed);
}

/**
 * Previous ranks are typed by hand: a name matches a unit ignoring case and spacing; one that
 * matches none is reported, with the unit it differs from only by accents ("Tan Dinh" → "Tân Định").
 */
function matchPreviousRanks(
  units: readonly string[],
  previous: Record<string, number>,
): { ranks: Map<number, number>; unmatched: SummaryNotice[] } {
  const ranks = new Map<number, number>();
  const unmatched: SummaryNotice[] = [];
  for (const [name, rank] of Object.entries(previous)) {
    const u = units.findIndex((unit) => unitNameKey(unit) === unitNameKey(name));
    if (u >= 0) {
      ranks.set(u, rank);
      continue;
    }
    const suggestion = units.find((unit) => foldText(unit) === foldText(name));
    unmatched.push(suggestion === undefined ? { kind: "rankUnmatched", name } : { kind: "rankUnmatched", name, suggestion });
  }
  return { ranks, unmatched };
}

/** The meeting's numbers must be right: a column with invalid scores is refused, naming the first. */
function refuseInvalid(data: ScoringSheetData, column: ScoreColumn, scores: UnitScores): void {
  const first = [...data.table.findings, ...scores.findings].find(isError);
  if (first) {
    throw new TemplateError(
      bilingual(
        `Chưa lập được báo cáo: cột "${column.unit}" có điểm không hợp lệ. ${first.message.vi} Hãy bấm Kiểm tra điểm để xem và sửa tất cả.`,
        `The summary was not made: column "${column.unit}" has an invalid score. ${first.message.en} Use Validate to see and fix them all.`,
      ),
    );
  }
}

function readTarget(data: ScoringSheetData, column: ScoreColumn): UnitSummary["target"] {
  const kindCell = summaryCell(data, "targetKind", column);
  const valueCell = summaryCell(data, "targetValue", column);
  const kind = readTargetKind(kindCell);
  if (!kind || valueCell === null) return undefined;
  if (kind === "grade") return { kind, value: String(valueCell) };
  const reading = typeof valueCell === "number" ? valueCell : readNumberText(String(valueCell));
  const value = typeof reading === "number" ? reading : reading.kind === "number" ? reading.value : undefined;
  return value === undefined ? undefined : { kind, value };
}
