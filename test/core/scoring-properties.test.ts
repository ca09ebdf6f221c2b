import fc from "fast-check";
import * as PAR from "../../src/functions/functions";

/**
 * Properties over random rubrics (areas → criteria → sub-criteria, maxima in quarter points) and
 * random score columns (blank, N/A, or a score on the step).
 */
interface Leaf {
  code: string;
  maxQuarters: number;
}
type Cell = null | "N/A" | number;

const rubricArbitrary = fc
  .array(fc.array(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((areas) => {
    const rows: unknown[][] = [];
    const leaves: (Leaf & { row: number })[] = [];
    areas.forEach((criteria, a) => {
      const areaRow = rows.push([`${a + 1}`, "area", 0, null]) - 1;
      let areaMax = 0;
      criteria.forEach((subs, c) => {
        const code = `${a + 1}.${c + 1}`;
        if (subs.length === 0) {
          const maxQuarters = 4;
          leaves.push({ code, maxQuarters, row: rows.push([code, "", maxQuarters / 4, 0.25]) - 1 });
          areaMax += maxQuarters;
          return;
        }
        const criterionRow = rows.push([code, "", 0, null]) - 1;
        const sum = subs.reduce((total, quarters) => total + quarters, 0);
        rows[criterionRow][2] = sum / 4;
        subs.forEach((maxQuarters, s) => {
          const subCode = `${code}.${s + 1}`;
          leaves.push({ code: subCode, maxQuarters, row: rows.push([subCode, "", maxQuarters / 4, 0.25]) - 1 });
        });
        areaMax += sum;
      });
      rows[areaRow][2] = areaMax / 4;
    });
    return { rows, leaves };
  });

const withScores = rubricArbitrary.chain((rubric) =>
  fc
    .tuple(
      ...rubric.leaves.map((leaf) =>
        fc.oneof(
          fc.constant<Cell>(null),
          fc.constant<Cell>("N/A"),
          fc.integer({ min: 0, max: leaf.maxQuarters }).map<Cell>((q) => q / 4),
        ),
      ),
    )
    .map((leafCells) => {
      const column: Cell[] = rubric.rows.map(() => null);
      rubric.leaves.forEach((leaf, i) => (column[leaf.row] = leafCells[i]));
      return { ...rubric, column };
    }),
);

const asColumn = (cells: readonly Cell[]) => cells.map((cell) => [cell]);
const leafSum = (cells: readonly Cell[]) => cells.reduce<number>((sum, cell) => sum + (typeof cell === "number" ? cell * 4 : 0), 0) / 4;

describe("scoring properties", () => {
  it("0 ≤ sum of leaf scores ≤ max assessed ≤ applicable max ≤ full max", () => {
    fc.assert(
      fc.property(withScores, ({ rows, column }) => {
        const total = PAR.total(asColumn(column), rows);
        expect(total).toBe(leafSum(column));
        expect(total).toBeGreaterThanOrEqual(0);
        const assessed = PAR.max(rows, asColumn(column), null);
        const applicable = PAR.max(rows, asColumn(column), "applicable");
        expect(total).toBeLessThanOrEqual(assessed);
        expect(assessed).toBeLessThanOrEqual(applicable);
        expect(applicable).toBeLessThanOrEqual(PAR.max(rows, null as never, null));
      }),
    );
  });

  it("LOST + leaf sum = max assessed, exactly", () => {
    fc.assert(
      fc.property(withScores, ({ rows, column }) => {
        expect(PAR.lost(asColumn(column), rows) + PAR.total(asColumn(column), rows)).toBe(PAR.max(rows, asColumn(column), null));
      }),
    );
  });

  it("blank differs from 0: scoring a blank leaf 0 keeps the total but adds its max to max assessed and to lost", () => {
    fc.assert(
      fc.property(withScores, fc.nat(), ({ rows, column, leaves }, pick) => {
        const leaf = leaves[pick % leaves.length];
        const blank = column.slice();
        blank[leaf.row] = null;
        const zero = column.slice();
        zero[leaf.row] = 0;
        expect(PAR.total(asColumn(zero), rows)).toBe(PAR.total(asColumn(blank), rows));
        expect(PAR.max(rows, asColumn(zero), null)).toBe(PAR.max(rows, asColumn(blank), null) + leaf.maxQuarters / 4);
        expect(PAR.lost(asColumn(zero), rows)).toBe(PAR.lost(asColumn(blank), rows) + leaf.maxQuarters / 4);
      }),
    );
  });

  it("not applicable lowers the applicable max by the leaf's max", () => {
    fc.assert(
      fc.property(withScores, fc.nat(), ({ rows, column, leaves }, pick) => {
        const leaf = leaves[pick % leaves.length];
        const pending = column.slice();
        pending[leaf.row] = null;
        const notApplicable = column.slice();
        notApplicable[leaf.row] = "N/A";
        const before = PAR.max(rows, asColumn(pending), "applicable");
        expect(PAR.max(rows, asColumn(notApplicable), "applicable")).toBe(before - leaf.maxQuarters / 4);
      }),
    );
  });

  it("PROJECT with an empty planned column equals TOTAL; a full planned column equals its own TOTAL", () => {
    fc.assert(
      fc.property(withScores, ({ rows, column }) => {
        const empty = rows.map(() => [null]);
        expect(PAR.project(asColumn(column), empty, rows)).toBe(PAR.total(asColumn(column), rows));
        const full = column.map((cell) => (cell === null ? 0 : cell));
        expect(PAR.project(asColumn(column), asColumn(full), rows)).toBe(PAR.total(asColumn(full), rows));
      }),
    );
  });

  it("sums 3-decimal scores exactly, like a careful person on paper", () => {
    const thousandths = fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(thousandths, (values) => {
        const rows = [
          ["1", "area", values.reduce((s, v) => s + v, 0) / 1000, null],
          ...values.map((v, i) => [`1.${i + 1}`, "", v / 1000, null]),
        ];
        const column = [[null], ...values.map((v) => [v / 1000])];
        const exact = values.reduce((s, v) => s + v, 0) / 1000;
        expect(PAR.total(column, rows)).toBe(exact);
      }),
    );
  });
});
