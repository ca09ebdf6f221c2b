import { bilingual } from "../bilingual";
import { fromMicro, ratio } from "../decimal";
import { isError } from "../findings";
import { computeUnitTotals } from "../engine/unit-totals";
import { gradeOf } from "../engine/grading";
import { rankAll } from "../engine/ranking";
import { appraisalGaps, type AppraisalGap } from "../engine/appraisal-gap";
import { LeafState } from "../scores/leaf-state";
import type { AreaTotals } from "../scores/leaf-sums";
import { mergePlanned, readManyUnitScores, type UnitScores } from "../scores/unit-scores";
import { TARGET_KIND_WORDS, type ScoreColumn, type ScoreColumnKind } from "../template/scoring-layout";
import { columnCells, summaryCell, type ScoringSheetData } from "../template/sheet-reading";
import { TemplateError } from "../template/template-error";
import { readNumberText } from "../number-text";

/**
 * The numbers a quarterly meeting looks at, computed from the scores themselves (not from the
 * sheet's formula results): per unit, per area, and the criteria that lost the most points.
 */
export interface UnitSummary {
  unit: string;
  total: number;
  applicableMax: number;
  assessedMax: number;
  lost: number;
  /** Fraction; undefined when nothing applies yet. */
  percent?: number;
  grade?: string;
  rank?: number;
  previousRank?: number;
  /** Places gained since the previous rank (positive is better). */
  rankChange?: number;
  target?: { kind: keyof typeof TARGET_KIND_WORDS; value: string | number; gap?: number };
  projected?: number;
}

export interface AreaSummary {
  code: string;
  name: string;
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

export interface MeetingSummary {
  basis: ScoreColumnKind;
  units: UnitSummary[];
  areas: AreaSummary[];
  topLost: LostLeaf[];
  /** Where the appraisal differs most from the self-assessment (both columns present), largest first. */
  appraisalCuts: AppraisalCut[];
}

export function summarizeMeeting(data: ScoringSheetData, topLost: number, previousRanks: Record<string, number> = {}): MeetingSummary {
  const { layout, record, table } = data;
  const basis: ScoreColumnKind = record.columns.includes("appraised") ? "appraised" : record.columns.includes("self") ? "self" : "projected";
  const columns = layout.scoreColumns.filter((column) => column.kind === basis);
  const current = scoresOf(data, columns);
  const plannedColumns = record.units.map((unit) =>
    basis === "projected" ? undefined : layout.scoreColumns.find((candidate) => candidate.unit === unit && candidate.kind === "projected"),
  );
  const planned = scoresOf(data, plannedColumns.filter((column) => column !== undefined));
  let nextPlanned = 0;
  const projected = plannedColumns.map((column, u) => (column ? mergePlanned(table, current[u], planned[nextPlanned++]) : undefined));

  const units: UnitSummary[] = columns.map((column, u) => {
    const totals = computeUnitTotals(table, current[u]);
    const percent = totals.applicableMaxMicro > 0 ? ratio(totals.totalMicro, totals.applicableMaxMicro) : undefined;
    const summary: UnitSummary = {
      unit: column.unit,
      total: fromMicro(totals.totalMicro),
      applicableMax: fromMicro(totals.applicableMaxMicro),
      assessedMax: fromMicro(totals.assessedMaxMicro),
      lost: fromMicro(totals.lostMicro),
      percent,
      grade: percent === undefined ? undefined : gradeOf(percent, record.bands),
      projected: projected[u] ? fromMicro(computeUnitTotals(table, projected[u]!).totalMicro) : undefined,
    };
    const target = readTarget(data, column);
    if (target) summary.target = target;
    return summary;
  });
  rankAll(units.map((unit) => unit.percent)).forEach((rank, u) => {
    units[u].rank = rank;
    const previous = previousRanks[units[u].unit];
    if (previous !== undefined && rank !== undefined) {
      units[u].previousRank = previous;
      units[u].rankChange = previous - rank;
    }
  });
  units.forEach((unit) => {
    if (!unit.target) return;
    const { kind, value } = unit.target;
    if (kind === "points" && typeof value === "number") unit.target.gap = fromMicro(Math.round(value * 1e6) - Math.round(unit.total * 1e6));
    if (kind === "rank" && typeof value === "number" && unit.rank !== undefined) unit.target.gap = unit.rank - value;
    if (kind === "grade") {
      const band = record.bands.find((candidate) => candidate.label === value);
      if (band) unit.target.gap = fromMicro(Math.round(band.min * unit.applicableMax * 1e6) - Math.round(unit.total * 1e6));
    }
  });

  const currentAreas = current.map((scores) => scores.sums.areas);
  const projectedAreas = current.map((scores, u) => (projected[u] ?? scores).sums.areas);
  const areas: AreaSummary[] = table.areas.map((index, position) => {
    const node = table.nodes[index];
    const sum = (all: AreaTotals[], field: keyof AreaTotals) => all.reduce((total, area) => total + area[field][position], 0);
    const achieved = sum(currentAreas, "achievedMicro");
    const max = sum(currentAreas, "applicableMaxMicro");
    return {
      code: node.code,
      name: data.names[node.row],
      achieved: fromMicro(achieved),
      max: fromMicro(max),
      lost: fromMicro(sum(currentAreas, "lostMicro")),
      projected: projected.some(Boolean) ? fromMicro(sum(projectedAreas, "achievedMicro")) : undefined,
      subIndex: max > 0 ? ratio(achieved, max) : undefined,
    };
  });

  const lostByLeaf = table.leaves
    .filter((index) => table.nodes[index].category === "normal")
    .map((index): LostLeaf => {
      const node = table.nodes[index];
      let lost = 0, unitsLosing = 0;
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

  // With both columns the basis is the appraisal, already read above: only the self-assessments are new.
  const selfColumns = basis === "appraised" ? layout.scoreColumns.filter((column) => column.kind === "self") : [];
  const appraisalCuts = selfColumns.length > 0
    ? scoresOf(data, selfColumns).flatMap((self, s) => {
        const unit = selfColumns[s].unit;
        const appraised = current[columns.findIndex((column) => column.unit === unit)];
        return appraisalGaps(table, self, appraised).map((gap) => ({
          ...gap, unit, name: data.names[table.nodes[table.byCode.get(gap.code)!].row],
        }));
      }).sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.code.localeCompare(b.code, undefined, { numeric: true }))
    : [];

  return { basis, units, areas, topLost: lostByLeaf.slice(0, Math.max(0, topLost)), appraisalCuts: appraisalCuts.slice(0, Math.max(0, topLost)) };
}

/** The meeting's numbers must be right: a sheet with invalid scores is refused, naming the first. */
function scoresOf(data: ScoringSheetData, columns: readonly ScoreColumn[]): UnitScores[] {
  const all = readManyUnitScores(data.table, columns.map((column) => columnCells(data, column)));
  all.forEach((scores, u) => refuseInvalid(data, columns[u], scores));
  return all;
}

function refuseInvalid(data: ScoringSheetData, column: ScoreColumn, scores: UnitScores): void {
  const first = [...data.table.findings, ...scores.findings].find(isError);
  if (first) {
    throw new TemplateError(bilingual(
      `Chưa lập được báo cáo: cột "${column.unit}" có điểm không hợp lệ. ${first.message.vi} Hãy bấm Kiểm tra điểm để xem và sửa tất cả.`,
      `The summary was not made: column "${column.unit}" has an invalid score. ${first.message.en} Use Validate to see and fix them all.`,
    ));
  }
}

function readTarget(data: ScoringSheetData, column: ScoreColumn): UnitSummary["target"] {
  const kindCell = summaryCell(data, "targetKind", column);
  const valueCell = summaryCell(data, "targetValue", column);
  const kind = (Object.keys(TARGET_KIND_WORDS) as (keyof typeof TARGET_KIND_WORDS)[]).find((key) => TARGET_KIND_WORDS[key] === kindCell);
  if (!kind || valueCell === null) return undefined;
  if (kind === "grade") return { kind, value: String(valueCell) };
  const reading = typeof valueCell === "number" ? valueCell : readNumberText(String(valueCell));
  const value = typeof reading === "number" ? reading : reading.kind === "number" ? reading.value : undefined;
  return value === undefined ? undefined : { kind, value };
}
