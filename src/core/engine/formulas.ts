import { bilingual } from "../bilingual";
import { fromMicro, ratio } from "../decimal";
import { formatNumber, readNumberText } from "../number-text";
import { foldText } from "../text-match";
import { mergePlanned, readUnitScores } from "../scores/unit-scores";
import { rubricTableFor } from "../table/rubric-table-cache";
import { computeNodeTotals, computeUnitTotals } from "./unit-totals";
import { requireMatchingRows, requireUsableRubric, requireValidScores } from "./formula-inputs";
import { gradeOf, readBands } from "./grading";
import { rankOf } from "./ranking";
import { NotAvailableError, ScoringInputError } from "./scoring-error";
import type { Finding } from "../findings";

/**
 * The PAR.* formulas over plain values: a score column is one cell per rubric row, a rubric is rows
 * of (code, kind, max, [step]). Each returns an exact decimal or throws an error that names the
 * criterion; none keeps state between calls.
 */
type Rows = readonly (readonly unknown[])[];
type Column = readonly unknown[];

function unitTotals(scores: Column, rubric: Rows) {
  const table = requireUsableRubric(rubricTableFor(rubric));
  return { table, scores: requireValidScores(table, scores) };
}

export function total(scores: Column, rubric: Rows): number {
  const unit = unitTotals(scores, rubric);
  return fromMicro(computeUnitTotals(unit.table, unit.scores).totalMicro);
}

/** Without scores: the full scale. With scores: the max assessed so far, or the applicable max. */
export function max(rubric: Rows, scores: Column | null, basis: string | null): number {
  const table = requireUsableRubric(rubricTableFor(rubric));
  if (scores === null) {
    return fromMicro(computeUnitTotals(table, readUnitScores(table, [])).fullMaxMicro);
  }
  const totals = computeUnitTotals(table, requireValidScores(table, scores));
  return fromMicro(readBasis(basis, "assessed") === "assessed" ? totals.assessedMaxMicro : totals.applicableMaxMicro);
}

export function lost(scores: Column, rubric: Rows): number {
  const unit = unitTotals(scores, rubric);
  return fromMicro(computeUnitTotals(unit.table, unit.scores).lostMicro);
}

export function percent(scores: Column, rubric: Rows, basis: string | null): number {
  const unit = unitTotals(scores, rubric);
  const totals = computeUnitTotals(unit.table, unit.scores);
  const denominator = readBasis(basis, "applicable") === "assessed" ? totals.assessedMaxMicro : totals.applicableMaxMicro;
  if (denominator === 0) throw new NotAvailableError(nothingAssessed());
  return ratio(totals.totalMicro, denominator);
}

export function area(scores: Column, rubric: Rows, code: unknown): number {
  const unit = unitTotals(scores, rubric);
  const wanted = typeof code === "number" ? String(code) : typeof code === "string" ? code.trim() : "";
  const index = unit.table.byCode.get(wanted);
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
  return fromMicro(computeNodeTotals(unit.table, unit.scores, index).achievedMicro);
}

export function project(current: Column, planned: Column, rubric: Rows): number {
  const table = requireUsableRubric(rubricTableFor(rubric));
  requireMatchingRows(table, planned, "planned");
  const merged = mergePlanned(requireValidScores(table, current, "current"), requireValidScores(table, planned, "planned"));
  return fromMicro(computeUnitTotals(table, merged).totalMicro);
}

export function gap(scores: Column, rubric: Rows, target: unknown): number {
  const targetValue = readNumberArgument(target, "target");
  const unit = unitTotals(scores, rubric);
  const totalMicro = computeUnitTotals(unit.table, unit.scores).totalMicro;
  return fromMicro(Math.round(targetValue * 1e6) - totalMicro);
}

export function grade(value: unknown, bands: Rows): string {
  const number = readNumberArgument(value, "value");
  const label = gradeOf(number, readBands(bands));
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

export function rank(value: unknown, values: Rows): number {
  const number = readNumberArgument(value, "value");
  const numbers: number[] = [];
  for (const row of values) for (const cell of row) if (typeof cell === "number" && Number.isFinite(cell)) numbers.push(cell);
  return rankOf(number, numbers);
}

/** "OK", or how many problems there are and the first, in the reader's language. */
export function check(scores: Column, rubric: Rows, language: string | null): string {
  const english = language !== null && foldText(language).startsWith("en");
  const table = rubricTableFor(rubric);
  const problems: Finding[] = [...table.findings];
  if (!table.findings.some((finding) => finding.severity === "error")) {
    try {
      requireMatchingRows(table, scores, "scores");
      problems.push(...readUnitScores(table, scores).findings);
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

function readNumberArgument(value: unknown, argument: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
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
