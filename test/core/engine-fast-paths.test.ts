import fc from "fast-check";
import { quickUnitTotals } from "../../src/core/engine/quick-totals";
import { computeUnitTotals } from "../../src/core/engine/unit-totals";
import { sumLeaves } from "../../src/core/scores/leaf-sums";
import { readManyUnitScores, readUnitScores } from "../../src/core/scores/unit-scores";
import { buildRubricTable } from "../../src/core/table/rubric-table";
import { rubricTableFor } from "../../src/core/table/rubric-table-cache";
import * as PAR from "../../src/functions/functions";

/*
 * The engine has fast paths for the common case: PAR.TOTAL and friends read the rubric and the
 * scores in one pass (quick-totals), and reading a column adds up the unit's sums as it goes. These
 * properties hold them to the general path over every kind of cell a clerk can type, and check that
 * the fast path really is taken for ordinary sheets (else the benchmark would measure the fallback).
 */

interface Leaf {
  row: number;
  maxQuarters: number;
  allowed?: number[];
  extra: boolean;
}
interface Sheet {
  rows: unknown[][];
  leaves: Leaf[];
  blankRows: number[];
}

const subtree = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 0, maxLength: 3 });

/** Areas → criteria → sub-criteria, sometimes a blank row, a list of allowed scores, a bonus and a penalty group. */
const sheetArbitrary = fc
  .record({
    areas: fc.array(fc.array(subtree, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    bonus: fc.option(
      fc.record({
        leaves: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
        capQuarters: fc.integer({ min: 1, max: 12 }),
      }),
      { nil: undefined },
    ),
    penalty: fc.option(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    blankRowAt: fc.option(fc.nat(), { nil: undefined }),
    allowedAt: fc.option(fc.nat(), { nil: undefined }),
    // Rubric ranges need not be in tree order: the first rows may be moved to the end.
    rotateBy: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ areas, bonus, penalty, blankRowAt, allowedAt, rotateBy }): Sheet => {
    const rows: unknown[][] = [];
    const leaves: Leaf[] = [];
    const leaf = (code: string, maxQuarters: number, kind: string, extra: boolean) => {
      leaves.push({ row: rows.length, maxQuarters, extra });
      rows.push([code, kind, maxQuarters / 4, 0.25]);
    };
    areas.forEach((criteria, a) => {
      const areaRow = rows.push([`${a + 1}`, "lĩnh vực", 0, null]) - 1;
      let areaQuarters = 0;
      criteria.forEach((subs, c) => {
        const code = `${a + 1}.${c + 1}`;
        if (subs.length === 0) {
          leaf(code, 4, "tiêu chí", false);
          areaQuarters += 4;
          return;
        }
        const sum = subs.reduce((total, quarters) => total + quarters, 0);
        rows.push([code, "", sum / 4, null]);
        subs.forEach((quarters, s) => leaf(`${code}.${s + 1}`, quarters, "", false));
        areaQuarters += sum;
      });
      rows[areaRow][2] = areaQuarters / 4;
    });
    const next = areas.length + 1;
    if (bonus) {
      rows.push([`${next}`, "điểm thưởng", bonus.capQuarters / 4, null]);
      bonus.leaves.forEach((quarters, i) => leaf(`${next}.${i + 1}`, quarters, "bonus", true));
    }
    if (penalty) {
      const code = `${next + 1}`;
      rows.push([code, "điểm trừ", penalty.reduce((a, b) => a + b, 0) / 4, null]);
      penalty.forEach((quarters, i) => leaf(`${code}.${i + 1}`, quarters, "penalty", true));
    }
    if (allowedAt !== undefined) {
      const chosen = leaves[allowedAt % leaves.length];
      chosen.allowed = [0, chosen.maxQuarters];
      rows[chosen.row][3] = `0;${String(chosen.maxQuarters / 4).replace(".", ",")}`;
    }
    if (rotateBy !== undefined) {
      const by = rotateBy % rows.length;
      rows.push(...rows.splice(0, by));
      leaves.forEach((l) => (l.row = (l.row - by + rows.length) % rows.length));
    }
    const blankRows: number[] = [];
    if (blankRowAt !== undefined) {
      const at = blankRowAt % (rows.length + 1);
      rows.splice(at, 0, [null, null, null, null]);
      leaves.forEach((l) => {
        if (l.row >= at) l.row++;
      });
      blankRows.push(at);
    }
    return { rows, leaves, blankRows };
  });

/** What a leaf cell may hold: the ordinary (blank, N/A, a score on the scale) and every kind of mistake. */
function cellFor(leaf: Leaf, ordinaryOnly: boolean): fc.Arbitrary<unknown> {
  const onScale = leaf.allowed
    ? fc.constantFrom(...leaf.allowed.map((q) => q / 4))
    : fc.integer({ min: 0, max: leaf.maxQuarters }).map((q) => q / 4);
  const ordinary = fc.oneof(onScale, onScale, fc.constantFrom<unknown>(null, "", "   ", "N/A", "kad", "Không áp dụng"));
  if (ordinaryOnly) return ordinary;
  return fc.oneof(
    { weight: 6, arbitrary: ordinary },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(-0.25, leaf.maxQuarters / 4 + 0.25, 0.1, 1e-7, NaN, Infinity, -0) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>("0,5", "1.250", "abc", true, false, { code: "#N/A" }, "#DIV/0!", undefined) },
  );
}

function sheetWithCells(ordinaryOnly: boolean) {
  return sheetArbitrary.chain((sheet) =>
    fc
      .record({
        leafCells: fc.tuple(...sheet.leaves.map((leaf) => cellFor(leaf, ordinaryOnly))),
        // Parent rows may hold a typed subtotal; a blank row usually holds nothing.
        parentCell: fc.constantFrom<unknown>(null, 12.5, "tổng"),
        blankRowCell: ordinaryOnly ? fc.constant<unknown>(null) : fc.constantFrom<unknown>(null, null, 1),
      })
      .map(({ leafCells, parentCell, blankRowCell }) => {
        const column: unknown[] = sheet.rows.map(() => parentCell);
        sheet.leaves.forEach((leaf, i) => (column[leaf.row] = leafCells[i]));
        sheet.blankRows.forEach((row) => (column[row] = blankRowCell));
        return { ...sheet, column };
      }),
  );
}

/** Excel's hand-over: fresh arrays every call, text deserialized anew. */
const asExcelRange = (rows: unknown[][]) =>
  rows.map((row) => row.map((cell) => (typeof cell === "string" ? (JSON.parse(JSON.stringify(cell)) as string) : cell)));
const asColumnRange = (column: unknown[]) => column.map((cell) => [cell]);

describe("the formulas' one-pass path (quick-totals)", () => {
  it("answers only when the full reading finds no error, and then with exactly its totals", () => {
    fc.assert(
      fc.property(sheetWithCells(false), ({ rows, column }) => {
        const table = rubricTableFor(rows);
        const quick = quickUnitTotals(asColumnRange(column), asExcelRange(rows));
        if (quick === undefined) return;
        const scores = readUnitScores(table, column);
        expect(scores.findings).toEqual([]);
        expect(quick).toEqual(computeUnitTotals(table, scores));
      }),
      { numRuns: 300 },
    );
  });

  it("is taken for ordinary sheets: blanks, N/A words and scores on the scale", () => {
    fc.assert(
      fc.property(sheetWithCells(true), ({ rows, column }) => {
        rubricTableFor(rows);
        expect(quickUnitTotals(asColumnRange(column), asExcelRange(rows))).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it("never answers from the cached table once any rubric cell differs", () => {
    fc.assert(
      fc.property(sheetWithCells(true), fc.nat(), fc.nat(4), ({ rows, column }, pickRow, pickColumn) => {
        rubricTableFor(rows);
        const changed = asExcelRange(rows);
        const row = pickRow % changed.length;
        const col = pickColumn % 4;
        changed[row][col] = col === 0 ? `${String(changed[row][col])}.9` : col === 1 ? "penalty" : 0.75;
        if (changed[row][col] === rows[row][col]) return;
        expect(quickUnitTotals(asColumnRange(column), changed)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("lowering a max below a typed score turns the same column's TOTAL into an error that names the criterion", () => {
    const rows = [
      ["1", "area", 2, null],
      ["1.1", "", 1, 0.25],
      ["1.2", "", 1, 0.25],
    ];
    const scores = [[null], [1], [0.5]];
    expect(PAR.total(scores, asExcelRange(rows))).toBe(1.5);
    const lowered = asExcelRange(rows);
    lowered[1][2] = 0.5;
    expect(() => PAR.total(scores, lowered)).toThrow(/1\.1/);
  });
});

describe("reading a column adds up its sums as it goes", () => {
  it("the running sums equal the sums of the states and points it read", () => {
    fc.assert(
      fc.property(sheetWithCells(false), ({ rows, column }) => {
        const table = buildRubricTable(rows);
        const scores = readUnitScores(table, column);
        expect(scores.sums).toEqual(sumLeaves(table, scores.states, scores.micro));
      }),
      { numRuns: 300 },
    );
  });

  it("a column cut short reads its missing leaves as pending", () => {
    fc.assert(
      fc.property(sheetWithCells(true), fc.nat(), ({ rows, column }, cut) => {
        const table = buildRubricTable(rows);
        const short = column.slice(0, cut % (column.length + 1));
        const padded = rows.map((_, r) => (r < short.length ? short[r] : null));
        const read = readUnitScores(table, short);
        expect(read.sums).toEqual(readUnitScores(table, padded).sums);
        expect(read.sums).toEqual(sumLeaves(table, read.states, read.micro));
      }),
      { numRuns: 100 },
    );
  });

  it("reading many units at once gives each unit what reading it alone gives", () => {
    fc.assert(
      fc.property(
        sheetWithCells(false).chain((sheet) =>
          fc.tuple(
            fc.constant(sheet),
            fc.array(fc.shuffledSubarray(sheet.column, { minLength: sheet.column.length, maxLength: sheet.column.length }), {
              maxLength: 4,
            }),
          ),
        ),
        ([sheet, others]) => {
          const table = buildRubricTable(sheet.rows);
          const columns = [sheet.column, ...others];
          const many = readManyUnitScores(table, columns);
          columns.forEach((column, u) => {
            const alone = readUnitScores(table, column);
            expect(Array.from(many[u].states)).toEqual(Array.from(alone.states));
            expect(Array.from(many[u].micro)).toEqual(Array.from(alone.micro));
            expect(many[u].sums).toEqual(alone.sums);
            expect(many[u].findings).toEqual(alone.findings);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
