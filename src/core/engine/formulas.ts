import { bilingual } from "../bilingual";
import { MAX_POINTS, fromMicro, ratio, readPoints } from "../decimal";
import { formatNumber, readNumberText } from "../number-text";
import { foldText } from "../text-match";
import { mergePlanned, readUnitScores, type UnitScores } from "../scores/unit-scores";
import type { RubricTable } from "../table/rubric-table";
import { rubricTableFor } from "../table/rubric-table-cache";
import { computeNodeTotals, computeUnitTotals, type UnitTotals } from "./unit-totals";
import { columnOf, requireMatchingRows, requireUsableRubric, requireValidScores, rowsOf, type Range } from "./formula-inputs";
import { quickUnitTotals } from "./quick-totals";
import { readBands } from "./grading";
import { gradeOf } from "../rules/grade";
import { pointsGap, targetPointsMicro } from "../rules/target";
import { rankOf } from "../rules/rank";
import { NotAvailableError, ScoringInputError } from "./scoring-error";
import type { Finding } from "../findings";

/*
 * The PAR.* formulas over plain values, with ranges shaped as Excel hands them over: a score argument
 * is a one-column block (one row per rubric row), a rubric is rows of (code, kind, max, [step]). Each
 * returns an exact decimal or throws an error that names the criterion; none keeps state between
 * calls (the rubric cache only ever answers for a range equal to the one it was built from).
 */

/** The common case in one pass (quick-totals); anything else through the checks that explain it. */
function unitTotals(scores: Range, rubric: Range): UnitTotals {
  return quickUnitTotals(scores, rubric) ?? checkedUnitTotals(scores, rubric);
}

function checkedUnitTotals(scores: Range, rubric: Range): UnitTotals {
  const { table, unitScores } = checkedScores(scores, rubric);
  return computeUnitTotals(table, unitScores);
}

/** The rubric's table and the unit's scores, each checked; the first problem is thrown. */
export function checkedScores(scores: Range, rubric: Range): { table: RubricTable; unitScores: UnitScores } {
  const column = columnOf(scores, "scores");
  const table = requireUsableRubric(rubricTableFor(rowsOf(rubric)));
  return { table, unitScores: requireValidScores(table, column) };
}

export function total(scores: Range, rubric: Range): number {
  return fromMicro(unitTotals(scores, rubric).totalMicro);
}

/** Without scores: the full scale. With scores: the max assessed so far, or the applicable max. */
export function max(rubric: Range, scores: Range | null, basis: string | null): number {
  if (scores === null) return fromMicro(requireUsableRubric(rubricTableFor(rowsOf(rubric))).fullMaxMicro);
  const totals = unitTotals(scores, rubric);
  return fromMicro(readBasis(basis, "assessed") === "assessed" ? totals.assessedMaxMicro : totals.applicableMaxMicro);
}

export function lost(scores: Range, rubric: Range): number {
  return fromMicro(unitTotals(scores, rubric).lostMicro);
}

export function percent(scores: Range, rubric: Range, basis: string | null): number {
  const totals = unitTotals(scores, rubric);
  const denominator = readBasis(basis, "applicable") === "assessed" ? totals.assessedMaxMicro : totals.applicableMaxMicro;
  if (denominator === 0) throw new NotAvailableError(nothingAssessed());
  return ratio(totals.totalMicro, denominator);
}

/**
 * A node's subtotal; empty text when nothing under it is assessed yet (blank is not zero: a
 * subtotal of 0 would read as "assessed and lost everything").
 */
export function area(scores: Range, rubric: Range, code: unknown): number | "" {
  const { table, unitScores } = checkedScores(scores, rubric);
  const wanted = typeof code === "number" ? String(code) : typeof code === "string" ? code.trim() : "";
  const index = table.byCode.get(wanted);
  if (index === undefined) {
    throw new ScoringInputError({
      code: "args.unknownCode",
      severity: "error",
      message: bilingual(
        `Không có mã "${wanted}" trong bộ tiêu chí; nhập mã như "1" hoặc "1.2" (dạng văn bản).`,
        `There is no code "${wanted}" in the rubric; enter a code such as "1" or "1.2" (as text).`,
      ),
    });
  }
  const totals = computeNodeTotals(table, unitScores, index);
  return totals.assessedCount === 0 ? "" : fromMicro(totals.achievedMicro);
}

export function project(current: Range, planned: Range, rubric: Range): number {
  const currentColumn = columnOf(current, "current");
  const plannedColumn = columnOf(planned, "planned");
  const table = requireUsableRubric(rubricTableFor(rowsOf(rubric)));
  requireMatchingRows(table, plannedColumn, "planned");
  const merged = mergePlanned(
    table,
    requireValidScores(table, currentColumn, "current"),
    requireValidScores(table, plannedColumn, "planned"),
  );
  return fromMicro(computeUnitTotals(table, merged).totalMicro);
}

export function gap(scores: Range, rubric: Range, target: unknown): number {
  const targetMicro = readTargetPoints(readNumberArgument(target, "target"));
  const totalMicro = unitTotals(scores, rubric).totalMicro;
  return pointsGap(targetMicro, totalMicro);
}

/**
 * A target in points, read as the sheet's gap row reads it (rules/target: the nearest micro-point, so
 * a target computed as 85 % of a max, 74.37499999999999, means 74.375); an error for a number that
 * cannot be a target at all.
 */
function readTargetPoints(value: number): number {
  const reading = readPoints(value);
  const micro = reading.kind === "points" || reading.kind === "tooPrecise" ? targetPointsMicro("points", value, [], 0) : undefined;
  if (micro !== undefined) return micro;
  throw new ScoringInputError({
    code: "args.invalidTarget",
    severity: "error",
    message: bilingual(
      `Mục tiêu ${String(value).replace(".", ",")} quá lớn (vượt ${formatNumber(MAX_POINTS, "vi")} điểm); nhập số điểm cần đạt, ví dụ 85.`,
      `The target ${String(value)} is far too large (beyond ${formatNumber(MAX_POINTS, "en")} points); enter the points to reach, e.g. 85.`,
    ),
  });
}

export function grade(value: unknown, bands: Range): string {
  const number = readNumberArgument(value, "value");
  const label = gradeOf(number, readBands(rowsOf(bands)));
  if (label === undefined) {
    throw new NotAvailableError({
      code: "args.invalidBands",
      severity: "error",
      message: bilingual(
        `Giá trị ${formatNumber(number, "vi")} thấp hơn mức tối thiểu của mọi loại; thêm một loại có mức 0.`,
        `The value ${formatNumber(number, "en")} is below every band's minimum; add a band with minimum 0.`,
      ),
    });
  }
  return label;
}

/** As RANK.EQ: a value that is not among the list's numbers (or an empty list) has no rank, #N/A. */
export function rank(value: unknown, values: Range): number {
  const number = readNumberArgument(value, "value");
  const numbers: number[] = [];
  let found = false;
  for (const row of rowsOf(values)) {
    for (const cell of row) {
      if (typeof cell !== "number" || !Number.isFinite(cell)) continue;
      numbers.push(cell);
      if (cell === number) found = true;
    }
  }
  if (!found) {
    throw new NotAvailableError({
      code: "args.invalidValue",
      severity: "error",
      message:
        numbers.length === 0
          ? bilingual(
              "Danh sách xếp hạng không có số nào; chọn cột tỷ lệ của các đơn vị.",
              "The ranking list holds no numbers; select the units' percent column.",
            )
          : bilingual(
              `Giá trị ${formatNumber(number, "vi")} không có trong danh sách xếp hạng (như RANK.EQ); chọn danh sách có chứa giá trị này.`,
              `The value ${formatNumber(number, "en")} is not in the ranking list (as with RANK.EQ); select a list that contains it.`,
            ),
    });
  }
  return rankOf(number, numbers);
}

/** "OK", or how many problems there are and the first, in the reader's language. */
export function check(scores: Range, rubric: Range, language: string | null): string {
  const english = language !== null && foldText(language).startsWith("en");
  const column = columnOf(scores, "scores");
  const table = rubricTableFor(rowsOf(rubric));
  const problems: Finding[] = [...table.findings];
  if (!table.findings.some((finding) => finding.severity === "error")) {
    try {
      requireMatchingRows(table, column, "scores");
      problems.push(...readUnitScores(table, column).findings);
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      problems.push(error.finding);
    }
  }
  if (problems.length === 0) return "OK";
  const first = english ? problems[0].message.en : problems[0].message.vi;
  const count = english ? `${problems.length} problem${problems.length > 1 ? "s" : ""}` : `${problems.length} vấn đề`;
  return `${count}: ${first}`;
}

function readBasis(basis: string | null, fallback: "assessed" | "applicable"): "assessed" | "applicable" {
  if (basis === null || basis.trim() === "") return fallback;
  const word = foldText(basis);
  if (word === "assessed" || word === "da cham") return "assessed";
  if (word === "applicable" || word === "ap dung" || word === "full" || word === "toan bo") return "applicable";
  throw new ScoringInputError({
    code: "args.invalidBasis",
    severity: "error",
    message: bilingual(
      `Cơ sở tính "${basis}" không hợp lệ; dùng "assessed" (đã chấm) hoặc "applicable" (áp dụng), hoặc bỏ trống.`,
      `Basis "${basis}" is not valid; use "assessed" or "applicable", or leave it out.`,
    ),
  });
}

export function readNumberArgument(value: unknown, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "number") {
    throw new ScoringInputError({
      code: argument === "target" ? "args.invalidTarget" : "args.invalidValue",
      severity: "error",
      message: bilingual(
        `${argument === "target" ? "Mục tiêu" : "Giá trị"} là ${String(value)}, không phải một số hữu hạn; nhập một số (ví dụ 85).`,
        `The ${argument} is ${String(value)}, not a finite number; enter a number (e.g. 85).`,
      ),
    });
  }
  if (typeof value === "string") {
    const reading = readNumberText(value);
    if (reading.kind === "number") return reading.value;
  }
  throw new ScoringInputError({
    code: argument === "target" ? "args.invalidTarget" : "args.invalidValue",
    severity: "error",
    message: bilingual(
      `${argument === "target" ? "Mục tiêu" : "Giá trị"} phải là một số (đang là "${value ?? ""}").`,
      `The ${argument} must be a number (it is "${value ?? ""}").`,
    ),
  });
}

function nothingAssessed(): Finding {
  return {
    code: "score.nothingAssessed",
    severity: "warning",
    message: bilingual(
      "Chưa có tiêu chí nào được chấm (hoặc mọi tiêu chí không áp dụng), nên chưa tính được tỷ lệ.",
      "No criterion is assessed yet (or none applies), so there is no percentage yet.",
    ),
  };
}
