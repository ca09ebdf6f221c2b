import fc from "fast-check";
import { computeUnitTotals } from "../../src/core/engine/unit-totals";
import { rankOf } from "../../src/core/rules";
import { planToTarget, type PlanToTarget } from "../../src/core/plan-to-target/plan-to-target";
import { targetPoints } from "../../src/core/plan-to-target/target-points";
import { mergePlanned, readUnitScores } from "../../src/core/scores/unit-scores";
import { buildRubricTable } from "../../src/core/table/rubric-table";

/**
 * The plan to target over random rubrics: areas of criteria (some survey), a capped bonus group
 * and a penalty group, random score columns (blank, N/A, a score on the step), sometimes a projected
 * column, and a random target. "Applying" a plan leaf sets its cell to the score the plan raises it to.
 */
type Cell = null | "N/A" | number;
interface Leaf {
  row: number;
  maxQuarters: number;
  kind: "" | "survey" | "bonus" | "penalty";
}
interface Sheet {
  rows: unknown[][];
  leaves: Leaf[];
}

const sheetArbitrary = fc
  .record({
    areas: fc.array(
      fc.array(fc.record({ maxQuarters: fc.integer({ min: 1, max: 12 }), survey: fc.boolean() }), { minLength: 1, maxLength: 5 }),
      { minLength: 1, maxLength: 4 },
    ),
    bonus: fc.record({ capQuarters: fc.integer({ min: 1, max: 8 }), leaves: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }) }),
    penalties: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
  })
  .map(({ areas, bonus, penalties }): Sheet => {
    const rows: unknown[][] = [];
    const leaves: Leaf[] = [];
    areas.forEach((criteria, a) => {
      const sum = criteria.reduce((total, leaf) => total + leaf.maxQuarters, 0);
      rows.push([`${a + 1}`, "area", sum / 4, null]);
      criteria.forEach((leaf, c) => {
        const kind = leaf.survey ? "survey" : "";
        leaves.push({ row: rows.push([`${a + 1}.${c + 1}`, kind, leaf.maxQuarters / 4, 0.25]) - 1, maxQuarters: leaf.maxQuarters, kind });
      });
    });
    const extra = (kind: "bonus" | "penalty", code: number, capQuarters: number, maxima: number[]) => {
      if (maxima.length === 0) return;
      rows.push([`${code}`, kind, capQuarters / 4, null]);
      maxima.forEach((maxQuarters, i) => {
        leaves.push({ row: rows.push([`${code}.${i + 1}`, kind, maxQuarters / 4, 0.25]) - 1, maxQuarters, kind });
      });
    };
    extra("bonus", areas.length + 1, bonus.capQuarters, bonus.leaves);
    extra(
      "penalty",
      areas.length + 2,
      penalties.reduce((a, b) => a + b, 0),
      penalties,
    );
    return { rows, leaves };
  });

const cellFor = (leaf: Leaf, allowNotApplicable: boolean) =>
  fc.oneof(
    fc.constant<Cell>(null),
    ...(allowNotApplicable ? [fc.constant<Cell>("N/A")] : []),
    fc.integer({ min: 0, max: leaf.maxQuarters }).map<Cell>((q) => q / 4),
  );

const columnOf = (sheet: Sheet, cells: readonly Cell[]): Cell[] => {
  const column: Cell[] = sheet.rows.map(() => null);
  sheet.leaves.forEach((leaf, i) => (column[leaf.row] = cells[i]));
  return column;
};

const caseArbitrary = sheetArbitrary.chain((sheet) =>
  fc.record({
    sheet: fc.constant(sheet),
    current: fc
      .tuple(...sheet.leaves.map((leaf) => cellFor(leaf, leaf.kind !== "bonus" && leaf.kind !== "penalty")))
      .map((cells) => columnOf(sheet, cells)),
    planned: fc.option(
      fc
        .tuple(...sheet.leaves.map((leaf) => fc.oneof(fc.constant<Cell>(null), cellFor(leaf, false))))
        .map((cells) => columnOf(sheet, cells)),
    ),
    targetQuarters: fc.integer({ min: 0, max: 200 }),
  }),
);

function totalMicro(rows: unknown[][], column: readonly Cell[]): number {
  const table = buildRubricTable(rows);
  return computeUnitTotals(table, readUnitScores(table, column)).totalMicro;
}

function plan(
  rows: unknown[][],
  current: readonly Cell[],
  planned: readonly Cell[] | null,
  targetMicro: number,
  responsible?: string[],
): PlanToTarget {
  const table = buildRubricTable(rows);
  return planToTarget({
    table,
    current: readUnitScores(table, current),
    planned: planned ? readUnitScores(table, planned) : undefined,
    targetMicro,
    responsible,
  });
}

/** The column with the first `count` plan leaves set to the score the plan raises them to. */
function applied(column: readonly Cell[], result: PlanToTarget, count: number): Cell[] {
  const next = column.slice();
  for (const leaf of result.leaves.slice(0, count)) next[leaf.row] = leaf.raisedTo;
  return next;
}

const departmentOf = (row: number) => ["Sở Nội vụ", "Văn phòng", "", "Sở Tư pháp"][row % 4];

describe("plan to target: properties", () => {
  it("when it says the target can be met, winning back its leaves in order reaches it", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sheet, current, planned, targetQuarters }) => {
        const targetMicro = targetQuarters * 250_000;
        const result = plan(sheet.rows, current, planned, targetMicro);
        if (result.verdict === "met") {
          expect(totalMicro(sheet.rows, current)).toBeGreaterThanOrEqual(targetMicro);
          expect(result.neededCount).toBe(0);
          return;
        }
        if (result.verdict === "unreachable") return;
        const after = totalMicro(sheet.rows, applied(current, result, result.neededCount));
        expect(after).toBeGreaterThanOrEqual(targetMicro);
        // No fewer leaves would do: the one before the last needed still left a gap.
        const before = result.neededCount > 1 ? result.leaves[result.neededCount - 2].cumulative : 0;
        expect(before).toBeLessThan(result.gap);
        expect(result.missing).toBe(0);
        // "reachable" means without survey points.
        if (result.verdict === "reachable") expect(result.leaves.slice(0, result.neededCount).some((leaf) => leaf.survey)).toBe(false);
        else expect(result.missingWithoutSurvey).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("when it says the target cannot be met, even every leaf at its max (or projection) does not reach it", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sheet, current, planned, targetQuarters }) => {
        const targetMicro = targetQuarters * 250_000;
        const result = plan(sheet.rows, current, planned, targetMicro);
        if (result.verdict !== "unreachable") return;
        expect(result.neededCount).toBe(result.leaves.length);
        expect(totalMicro(sheet.rows, applied(current, result, result.leaves.length))).toBeLessThan(targetMicro);
        expect(result.missing).toBeGreaterThan(0);
        if (planned) return;
        // Without a projection: every leaf that applies, bonus included, at its max.
        const allAtMax = current.slice();
        for (const leaf of sheet.leaves)
          if (leaf.kind !== "penalty" && current[leaf.row] !== "N/A") allAtMax[leaf.row] = leaf.maxQuarters / 4;
        expect(totalMicro(sheet.rows, allAtMax)).toBeLessThan(targetMicro);
        expect(totalMicro(sheet.rows, allAtMax)).toBe(targetMicro - result.missing * 1e6);
      }),
      { numRuns: 300 },
    );
  });

  it("the cumulative column never decreases and ends at the total recoverable", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sheet, current, planned, targetQuarters }) => {
        const result = plan(sheet.rows, current, planned, targetQuarters * 250_000);
        let previous = 0;
        for (const leaf of result.leaves) {
          expect(leaf.recoverable).toBeGreaterThan(0);
          expect(leaf.cumulative).toBeGreaterThanOrEqual(previous);
          previous = leaf.cumulative;
        }
        expect(previous).toBe(result.totalRecoverable);
        const neededPoints = result.neededCount > 0 ? result.leaves[result.neededCount - 1].cumulative : 0;
        expect(Math.round((neededPoints + result.beyondNeeded) * 1e6)).toBe(Math.round(result.totalRecoverable * 1e6));
        // Survey leaves come after every leaf the unit can act on.
        const firstSurvey = result.leaves.findIndex((leaf) => leaf.survey);
        if (firstSurvey !== -1) expect(result.leaves.slice(firstSurvey).every((leaf) => leaf.survey)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("winning back every leaf adds exactly the total recoverable (bonus caps included)", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sheet, current, planned }) => {
        const result = plan(sheet.rows, current, planned, 1_000_000_000);
        const after = totalMicro(sheet.rows, applied(current, result, result.leaves.length));
        expect(after - totalMicro(sheet.rows, current)).toBe(result.totalRecoverable * 1e6);
      }),
      { numRuns: 200 },
    );
  });

  it("department shares add up to the total recoverable, and their parts of the gap to the gap closed", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ sheet, current, planned, targetQuarters }) => {
        const responsible = sheet.rows.map((_, row) => departmentOf(row));
        const result = plan(sheet.rows, current, planned, targetQuarters * 250_000, responsible);
        const sum = (values: number[]) => values.reduce((total, value) => total + Math.round(value * 1e6), 0) / 1e6;
        expect(sum(result.departments.map((d) => d.recoverable))).toBe(result.totalRecoverable);
        expect(sum(result.departments.map((d) => d.leafCount))).toBe(result.leaves.length);
        const closed = Math.min(Math.max(0, result.gap), result.totalRecoverable);
        expect(sum(result.departments.map((d) => d.towardsGap))).toBe(closed);
        for (const department of result.departments) {
          const own = result.leaves.filter((leaf) => leaf.responsible === department.responsible);
          expect(sum(own.map((leaf) => leaf.recoverable))).toBe(department.recoverable);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a rank target: winning back the plan's leaves gives at least that rank among the other units", () => {
    const others = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(caseArbitrary, others, fc.integer({ min: 1, max: 13 }), ({ sheet, current }, otherQuarters, rank) => {
        const table = buildRubricTable(sheet.rows);
        const scores = readUnitScores(table, current);
        const totals = computeUnitTotals(table, scores);
        if (totals.applicableMaxMicro === 0) return;
        const otherUnits = otherQuarters.map((q) => ({
          totalMicro: q * 250_000,
          applicableMaxMicro: Math.max(totals.applicableMaxMicro, 100_000_000),
        }));
        const target = targetPoints({ kind: "rank", rank }, { applicableMaxMicro: totals.applicableMaxMicro, others: otherUnits });
        if (!target.ok) throw new Error("rank target refused");
        const percents = otherUnits.map((other) => other.totalMicro / other.applicableMaxMicro);
        if (target.targetMicro === undefined) {
          expect(otherUnits.length).toBeLessThan(rank);
          return;
        }
        const result = planToTarget({ table, current: scores, targetMicro: target.targetMicro });
        const rankOfColumn = (column: readonly Cell[]) => {
          const t = buildRubricTable(sheet.rows);
          const u = computeUnitTotals(t, readUnitScores(t, column));
          return rankOf(u.totalMicro / u.applicableMaxMicro, percents);
        };
        if (result.verdict === "met") expect(rankOfColumn(current)).toBeLessThanOrEqual(rank);
        else expect(rankOfColumn(current)).toBeGreaterThan(rank);
        if (result.verdict === "reachable" || result.verdict === "reachableWithSurvey") {
          expect(rankOfColumn(applied(current, result, result.neededCount))).toBeLessThanOrEqual(rank);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("plan to target: what each leaf says", () => {
  const rows = [
    ["1", "area", 6, null],
    ["1.1", "", 2, 0.25],
    ["1.2", "", 3, 0.25],
    ["1.3", "", 1, 0.25],
    ["2", "area", 4, null],
    ["2.1", "survey", 4, 0.25],
    ["3", "bonus", 2, null],
    ["3.1", "bonus", 2, 0.25],
    ["3.2", "bonus", 1.5, 0.25],
    ["4", "penalty", 1, null],
    ["4.1", "penalty", 1, 0.25],
  ];
  const responsible = ["", "Văn phòng", "Sở Nội vụ", "Văn phòng", "", "Sở Nội vụ", "", "Văn phòng", "Sở Tư pháp", "", ""];

  it("lists lost, pending, survey and bonus leaves most recoverable first, and leaves penalties out", () => {
    const current: Cell[] = [null, 1, null, 0.75, null, null, null, 0.5, null, null, 0.5];
    const result = plan(rows, current, null, 12_000_000, responsible);
    expect(result.currentTotal).toBe(1.75); // 1 + 0.75 + 0.5 bonus − 0.5 penalty
    expect(result.gap).toBe(10.25);
    expect(result.leaves.map((leaf) => [leaf.code, leaf.recoverable, leaf.cumulative])).toEqual([
      ["1.2", 3, 3], // blank: open up to its max
      ["3.1", 1.5, 4.5], // bonus 0.5 earned, cap 2: 1.5 more
      ["1.1", 1, 5.5],
      ["1.3", 0.25, 5.75],
      ["2.1", 4, 9.75], // survey last
    ]);
    expect(result.leaves.find((leaf) => leaf.code === "1.2")).toMatchObject({ pending: true, current: undefined, raisedTo: 3 });
    expect(result.leaves.find((leaf) => leaf.code === "2.1")).toMatchObject({ survey: true, pending: true });
    expect(result.leaves.find((leaf) => leaf.code === "3.1")).toMatchObject({ bonus: true, current: 0.5, raisedTo: 2 });
    // 3.2 adds nothing once 3.1 fills the cap.
    expect(result.leaves.some((leaf) => leaf.code === "3.2")).toBe(false);
    expect(result.verdict).toBe("unreachable");
    expect(result.missing).toBe(0.5);
    expect(result.missingWithoutSurvey).toBe(4.5);
    expect(result.departments).toEqual([
      { responsible: "Sở Nội vụ", leafCount: 2, recoverable: 7, towardsGap: 7, shareOfGap: 7 / 10.25 },
      { responsible: "Văn phòng", leafCount: 3, recoverable: 2.75, towardsGap: 2.75, shareOfGap: 2.75 / 10.25 },
    ]);
  });

  it("a projected score is what the leaf can still reach: planned − current", () => {
    const current: Cell[] = [null, 1, null, 0.75, null, null, null, null, null, null, null];
    const planned: Cell[] = [null, 1.5, 2, null, null, null, null, null, null, null, null];
    const result = plan(rows, current, planned, 6_000_000);
    expect(result.leaves.slice(0, 3).map((leaf) => [leaf.code, leaf.recoverable, leaf.fromProjection, leaf.raisedTo])).toEqual([
      ["1.2", 2, true, 2],
      ["3.1", 2, false, 2],
      ["1.1", 0.5, true, 1.5],
    ]);
    expect(result.verdict).toBe("reachable");
    expect(result.neededCount).toBe(3); // 1.75 + 2 + 2 + 0.5 = 6.25 ≥ 6
    expect(result.departments).toEqual([{ responsible: "", leafCount: 5, recoverable: 8.75, towardsGap: 4.25, shareOfGap: 1 }]);
  });

  it("says when the target is already met", () => {
    const current: Cell[] = [null, 2, 3, 1, null, null, null, null, null, null, null];
    const result = plan(rows, current, null, 6_000_000);
    expect(result).toMatchObject({ verdict: "met", gap: 0, neededCount: 0, missing: 0 });
    // Still listed (a unit may aim higher), but none is needed.
    expect(result.leaves.map((leaf) => [leaf.code, leaf.closesGap])).toEqual([
      ["3.1", false],
      ["2.1", false],
    ]);
  });

  it("turns a grade target into points of the unit's applicable max, and refuses an unknown grade", () => {
    const bands = [
      { label: "Tốt", min: 0.8 },
      { label: "Khá", min: 0.65 },
    ];
    expect(targetPoints({ kind: "grade", label: "Tốt" }, { applicableMaxMicro: 73_500_000, bands })).toEqual({
      ok: true,
      targetMicro: 58_800_000,
    });
    expect(targetPoints({ kind: "grade", label: "Khá" }, { applicableMaxMicro: 73_500_000, bands })).toEqual({
      ok: true,
      targetMicro: 47_775_000,
    });
    expect(targetPoints({ kind: "grade", label: "Xuất sắc" }, { applicableMaxMicro: 1, bands })).toEqual({
      ok: false,
      problem: "unknownGrade",
    });
    // As the sheet's VLOOKUP reads it (core/rules): case does not matter.
    expect(targetPoints({ kind: "grade", label: "tốt" }, { applicableMaxMicro: 73_500_000, bands })).toEqual({
      ok: true,
      targetMicro: 58_800_000,
    });
  });

  it("turns a rank target into the points of the unit now at that rank", () => {
    const others = [50.242, 61.5, 58, 70.125, 55].map((points) => ({ totalMicro: points * 1e6, applicableMaxMicro: 100e6 }));
    expect(targetPoints({ kind: "rank", rank: 3 }, { applicableMaxMicro: 100e6, others })).toEqual({ ok: true, targetMicro: 58e6 });
    // A unit whose max is lower (criteria not applicable) needs the same index, not the same points.
    expect(targetPoints({ kind: "rank", rank: 3 }, { applicableMaxMicro: 90e6, others })).toEqual({ ok: true, targetMicro: 52.2e6 });
    expect(targetPoints({ kind: "rank", rank: 9 }, { applicableMaxMicro: 100e6, others })).toEqual({ ok: true, targetMicro: undefined });
    expect(targetPoints({ kind: "rank", rank: 0 }, { applicableMaxMicro: 100e6, others })).toEqual({ ok: false, problem: "invalidRank" });
  });
});

describe("known case: a district's 9-month review, target 88 points, survey points not assessed yet", () => {
  // [code, max, kind, responsible, score at 9 months, projected year-end score]
  type Line = [string, number, "" | "survey", string, number | null, number | null];
  const NV = "Phòng Nội vụ",
    VP = "Văn phòng HĐND và UBND",
    TP = "Phòng Tư pháp",
    TC = "Phòng Tài chính - Kế hoạch",
    VH = "Phòng Văn hóa và Thông tin";
  const lines: Line[] = [
    ["1.1", 1, "", NV, 1, null],
    ["1.2", 1, "", NV, 1, null],
    ["1.3", 2, "", NV, 1.5, null],
    ["1.4", 1.5, "", VP, 1, null],
    ["1.5", 1.5, "", NV, null, 1],
    ["1.6", 2, "survey", NV, null, null],
    ["2.1", 2, "", TP, 2, null],
    ["2.2", 2, "", TP, 1.25, null],
    ["2.3", 2, "", TP, null, null],
    ["2.4", 2, "survey", TP, null, null],
    ["2.5", 3, "", TP, 3, null],
    ["3.1", 2, "", VP, 2, null],
    ["3.2", 3, "", VP, 2.742, 2.934],
    ["3.3", 3, "", VP, 2.5, null],
    ["3.4", 2, "", VP, 1, 1.75],
    ["3.5", 6, "survey", VP, null, null],
    ["4.1", 3, "", NV, 3, null],
    ["4.2", 3, "", NV, 2, null],
    ["4.3", 4, "survey", NV, null, null],
    ["4.4", 2, "", NV, 2, null],
    ["5.1", 3, "", NV, 2.5, null],
    ["5.2", 3, "", NV, 3, null],
    ["5.3", 2, "", NV, 1.5, 1.75],
    ["5.4", 2, "", NV, null, null],
    ["5.5", 4, "survey", NV, null, null],
    ["5.6", 2, "", NV, 2, null],
    ["6.1", 3, "", TC, 2.5, null],
    ["6.2", 3, "", TC, 2, 2.5],
    ["6.3", 1, "", TC, null, null],
    ["6.4", 2, "survey", TC, null, null],
    ["6.5", 2, "", TC, 2, null],
    ["7.1", 3, "", VH, 2.5, null],
    ["7.2", 3, "", VH, 2, null],
    ["7.3", 3, "", VP, 1.75, null],
    ["7.4", 4, "survey", VH, null, null],
    ["7.5", 2.5, "", VH, 2.5, null],
    ["7.6", 1.5, "", VH, null, null],
    ["8.1", 8, "survey", VP, null, null],
  ];
  const rows: unknown[][] = [];
  const current: Cell[] = [];
  const planned: Cell[] = [];
  const responsible: string[] = [];
  for (const area of ["1", "2", "3", "4", "5", "6", "7", "8"]) {
    const own = lines.filter(([code]) => code.startsWith(`${area}.`));
    rows.push([area, "area", own.reduce((sum, line) => sum + line[1] * 1000, 0) / 1000, null]);
    current.push(null);
    planned.push(null);
    responsible.push("");
    for (const [code, max, kind, department, score, projected] of own) {
      rows.push([code, kind, max, null]);
      current.push(score);
      planned.push(projected);
      responsible.push(department);
    }
  }
  const table = buildRubricTable(rows);
  const scores = readUnitScores(table, current);
  const totals = computeUnitTotals(table, scores);
  const bands = [
    { label: "Xuất sắc", min: 0.95 },
    { label: "Tốt", min: 0.88 },
    { label: "Khá", min: 0.75 },
    { label: "Trung bình", min: 0.5 },
    { label: "Yếu", min: 0 },
  ];

  it("reads as the meeting did: 50.242 points of 60 assessed, 100 applicable", () => {
    expect(table.findings).toEqual([]);
    expect([totals.totalMicro, totals.assessedMaxMicro, totals.applicableMaxMicro].map((micro) => micro / 1e6)).toEqual([50.242, 60, 100]);
  });

  it("the gap of 37.758 cannot be closed by the unit's own criteria: only with the survey's 32 points", () => {
    const target = targetPoints({ kind: "grade", label: "Tốt" }, { applicableMaxMicro: totals.applicableMaxMicro, bands });
    expect(target).toEqual({ ok: true, targetMicro: 88e6 });
    const result = planToTarget({ table, current: scores, targetMicro: 88e6, responsible });
    expect(result).toMatchObject({
      currentTotal: 50.242,
      target: 88,
      gap: 37.758,
      verdict: "reachableWithSurvey",
      directRecoverable: 17.758, // 9.758 lost + 8 not assessed yet
      totalRecoverable: 49.758,
      missingWithoutSurvey: 20,
      missing: 0,
    });
    expect(result.leaves.slice(0, 6).map((leaf) => [leaf.code, leaf.recoverable, leaf.pending])).toEqual([
      ["2.3", 2, true],
      ["5.4", 2, true],
      ["1.5", 1.5, true],
      ["7.6", 1.5, true],
      ["7.3", 1.25, false],
      ["3.4", 1, false],
    ]);
    const surveys = result.leaves.filter((leaf) => leaf.survey);
    expect(surveys.map((leaf) => leaf.code)).toEqual(["8.1", "3.5", "4.3", "5.5", "7.4", "1.6", "2.4", "6.4"]);
    // Every direct leaf, then the survey's 8 + 6 + 4 + 4 = 22 ≥ the 20 still missing.
    expect(result.neededCount).toBe(result.leaves.length - surveys.length + 4);
    expect(result.leaves[result.neededCount - 1]).toMatchObject({ code: "5.5", cumulative: 39.758 });
    // By hand: every direct leaf counts in full; of the survey, 8.1 and 3.5 (Văn phòng), 4.3 and 2 of
    // 5.5's 4 points (Nội vụ) close the gap.
    expect(result.departments.map((d) => [d.responsible, d.recoverable, d.towardsGap])).toEqual([
      [VP, 3.508 + 14, 17.508],
      [NV, 6 + 10, 6 + 4 + 2],
      [VH, 3 + 4, 3],
      [TP, 2.75 + 2, 2.75],
      [TC, 2.5 + 2, 2.5],
    ]);
  });

  it("with the projection (52.934), the leaves planned count only what the plan expects", () => {
    const projected = readUnitScores(table, planned);
    expect(computeUnitTotals(table, mergePlanned(table, scores, projected)).totalMicro).toBe(52_934_000);
    const result = planToTarget({ table, current: scores, planned: projected, targetMicro: 88e6, responsible });
    expect(result).toMatchObject({ gap: 37.758, verdict: "reachableWithSurvey", directRecoverable: 16.192, missingWithoutSurvey: 21.566 });
    expect(result.leaves.find((leaf) => leaf.code === "1.5")).toMatchObject({
      pending: true,
      fromProjection: true,
      raisedTo: 1,
      recoverable: 1,
    });
    expect(result.leaves.find((leaf) => leaf.code === "3.2")).toMatchObject({
      fromProjection: true,
      current: 2.742,
      raisedTo: 2.934,
      recoverable: 0.192,
    });
  });

  it("top 3 of 13: the points of the unit now third", () => {
    const others = [91.5, 89.25, 86.5, 84, 80.75, 78, 75.5, 70, 66.25, 60, 55.5, 48].map((points) => ({
      totalMicro: points * 1e6,
      applicableMaxMicro: 100e6,
    }));
    const target = targetPoints({ kind: "rank", rank: 3 }, { applicableMaxMicro: 100e6, others });
    expect(target).toEqual({ ok: true, targetMicro: 86.5e6 });
    expect(planToTarget({ table, current: scores, targetMicro: 86.5e6 }).gap).toBe(36.258);
  });
});
