import fc from "fast-check";
import { acceptedEntryFormula, entryRuleValues } from "../../../src/core/rules/entry-validation";
import { NOT_APPLICABLE_WORDS, notApplicableListText, notApplicableSheetSpellings } from "../../../src/core/rules/not-applicable";
import { VALIDATION_LIMITS } from "../../../src/core/rules/validation-limits";
import { readUnitScores } from "../../../src/core/scores/unit-scores";
import { LeafState } from "../../../src/core/scores/leaf-state";
import { buildRubricTable } from "../../../src/core/table/rubric-table";
import { evaluate, type Cell } from "./excel-engine";

/*
 * The score cell's data validation (core/rules/entry-validation.ts) reads the leaf's rule from cells
 * beside it, to stay within Excel's 255 characters. Its generated text is evaluated here with the
 * workbench engine, the rule's cells filled as the form fills them, and held to readUnitScores on the
 * cell as typed: accepted exactly when the scoring rules read blank, not applicable or a valid score.
 */

const CELLS = { max: "X9", step: "Y9", allowed: "Z9", notApplicableList: "$X$7" };
const formula = acceptedEntryFormula("H9", CELLS);

/** The leaf's rule as a rubric row holds it: a step, a list of allowed scores, or neither. */
const leafRule = fc.oneof(
  fc
    .record({ maxQuarters: fc.integer({ min: 0, max: 40 }), stepQuarters: fc.integer({ min: 1, max: 4 }) })
    .map(({ maxQuarters, stepQuarters }) => ({ max: maxQuarters / 4, stepOrAllowed: (stepQuarters / 4) as number | string | null })),
  fc.constantFrom<{ max: number; stepOrAllowed: number | string | null }>(
    { max: 10, stepOrAllowed: "0;0,5;8,25;10" },
    { max: 1.5, stepOrAllowed: "0;1;1,5" },
    { max: 2, stepOrAllowed: "0;0,25;2;3" },
    { max: 7.242, stepOrAllowed: null },
    { max: 2, stepOrAllowed: 0.001 },
    { max: 3, stepOrAllowed: 0.05 },
    { max: 0, stepOrAllowed: null },
    { max: 999.999999, stepOrAllowed: "0;999,999999" },
  ),
);

/** A not-applicable word as the sheet recognises it: any case, spaces around and doubled inside. */
const typedWord = fc
  .record({
    spelling: fc.constantFrom(...notApplicableSheetSpellings()),
    upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    before: fc.constantFrom("", " ", "  "),
    after: fc.constantFrom("", " ", "   "),
    doubleSpace: fc.boolean(),
  })
  .map(({ spelling, upper, before, after, doubleSpace }) => {
    const cased = [...spelling].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join("");
    return `${before}${doubleSpace ? cased.replace(" ", "  ") : cased}${after}`;
  });

/** Numbers on and off every step, near the 6-decimal tolerance, tiny negatives, huge ones. */
const number = fc.oneof(
  fc.integer({ min: -8, max: 48 }).map((quarters) => quarters / 4),
  fc.integer({ min: -20, max: 240 }).map((twentieths) => twentieths / 20),
  fc.integer({ min: -1000, max: 12_000 }).map((thousandths) => thousandths / 1000),
  fc.integer({ min: 0, max: 10_000_000 }).map((micro) => micro / 1e6),
  fc
    .record({ micro: fc.integer({ min: 0, max: 3_000_000 }), noise: fc.constantFrom(-2e-9, -9e-10, -1e-10, 1e-10, 9e-10, 2e-9, 5e-7) })
    .map(({ micro, noise }) => micro / 1e6 + noise),
  fc.constantFrom(0, -0, -1e-10, -4e-7, -6e-7, 7.242, 7.2420001, 999.999999, 1e9, 1e15, 1e300, -1e300, 0.1 + 0.2, 8.25),
  fc.double({ min: -1, max: 12, noNaN: true }),
);

/** Everything else a cell may hold that the sheet and the scoring rules both read (no tabs, no partial accents). */
const other = fc.oneof(
  fc.constantFrom<Cell>(null, "", " ", "   ", true, false, { error: "#N/A" }, { error: "#VALUE!" }),
  fc.constantFrom<Cell>("8,25", "1.5", "abc", "N/A.", "na|", "n/a  na", "|0|", "0", "500000", "k a d", "#N/A"),
  fc.string({ unit: fc.constantFrom("n", "a", "/", "k", "d", ".", " ", "|", "0", "5"), maxLength: 6 }),
);

const cell: fc.Arbitrary<Cell> = fc.oneof(number, number, typedWord, other);

function sheetAccepts(leaf: { max: number; stepOrAllowed: number | string | null }, value: Cell): unknown {
  const node = buildRubricTable([["1", "", leaf.max, leaf.stepOrAllowed]]).nodes[0];
  const values = entryRuleValues({ maxMicro: node.maxMicro, stepMicro: node.stepMicro, allowedMicro: node.allowedMicro });
  return evaluate(formula, {
    H9: value,
    X9: values.maxMicro,
    Y9: values.stepMicro,
    Z9: values.allowedText,
    X7: notApplicableListText({ blank: true }),
  });
}

function rulesAccept(leaf: { max: number; stepOrAllowed: number | string | null }, value: Cell): boolean {
  const table = buildRubricTable([["1", "", leaf.max, leaf.stepOrAllowed]]);
  const raw = typeof value === "object" && value !== null ? { code: value.error } : value;
  return readUnitScores(table, [raw]).states[0] !== LeafState.Invalid;
}

describe("a form's score cell validation, within Excel's 255 characters", () => {
  it("accepts exactly what the scoring rules accept from the cell as typed", () => {
    fc.assert(
      fc.property(leafRule, cell, (leaf, value) => {
        expect({ leaf, value, accepted: sheetAccepts(leaf, value) }).toEqual({ leaf, value, accepted: rulesAccept(leaf, value) });
      }),
      { numRuns: 4000 },
    );
  });

  it("takes blank, the words and valid scores, and refuses off-step, too precise, out of range and other text", () => {
    const levels = { max: 1.5, stepOrAllowed: "0;1;1,5" };
    const quarter = { max: 2, stepOrAllowed: 0.25 };
    const free = { max: 7.242, stepOrAllowed: null };
    for (const value of [null, "", "  ", "N/A", " kad ", "Không áp dụng", "KHONG AP DUNG", 0, 1, 1.5])
      expect([value, sheetAccepts(levels, value)]).toEqual([value, true]);
    for (const value of [0.5, 1.25, 2, -1, "1", "abc", "n/a|na", true])
      expect([value, sheetAccepts(levels, value)]).toEqual([value, false]);
    expect([1.75, 2, 0].map((value) => sheetAccepts(quarter, value))).toEqual([true, true, true]);
    expect([1.3, 2.25, -0.25, 1.7500001].map((value) => sheetAccepts(quarter, value))).toEqual([false, false, false, false]);
    expect([7.242, 0.000001, 3.141593].map((value) => sheetAccepts(free, value))).toEqual([true, true, true]);
    expect([7.243, 0.0000001, 3.1415926].map((value) => sheetAccepts(free, value))).toEqual([false, false, false]);
  });

  it("the N/A list is generated from the words, every spelling between separators a trimmed cell cannot hold", () => {
    const list = notApplicableListText({ blank: true });
    for (const word of NOT_APPLICABLE_WORDS) expect(list).toContain(`  ${word.toLowerCase()}  `);
    for (const spelling of notApplicableSheetSpellings()) {
      expect(spelling).toBe(spelling.trim());
      expect(spelling).not.toContain("  ");
    }
  });

  it("stays within 255 characters up to row 9999, in the form Excel writes back (no 1E6)", () => {
    const longest = acceptedEntryFormula("H9999", { max: "X9999", step: "Y9999", allowed: "Z9999", notApplicableList: "$X$7" });
    expect(longest.length).toBeLessThanOrEqual(VALIDATION_LIMITS.formula);
    expect(longest).not.toMatch(/\dE\d/);
  });
});
