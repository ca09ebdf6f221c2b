import fc from "fast-check";
import {
  entryValueFormula,
  formScoreEntry,
  formTextNumber,
  leafPointsFormula,
  leafStateFormula,
  textNumberRestFormula,
} from "../../../src/core/rules/native-score-formulas";
import { NOT_APPLICABLE_WORDS } from "../../../src/core/rules";
import { readNumberText } from "../../../src/core/number-text";
import { readUnitScores } from "../../../src/core/scores/unit-scores";
import { LeafState } from "../../../src/core/scores/leaf-state";
import { buildRubricTable } from "../../../src/core/table/rubric-table";
import { evaluate, type Cell } from "./excel-engine";

/*
 * A form's score cell is decided once (core/rules/form-entry.ts): the form's formulas and collecting
 * must count the same cells, text numbers and formulas included. The generated formula text is
 * evaluated here with the workbench engine and held to what collecting reads (formScoreEntry, then
 * readUnitScores); test/forms/libreoffice.test.ts does the same in LibreOffice.
 */

/** Text a clerk might type or paste as a score: digits, commas, dots, spaces, signs, letters. */
const typedText = fc.oneof(
  fc.constantFrom(
    "8,25",
    "8.25",
    " 8,25 ",
    "8, 25",
    "8 ,25",
    "1.250",
    "1,250",
    "12.5",
    "1234.567",
    ".5",
    "5.",
    ",5",
    "0,0000005",
    "+1",
    "-0,5",
    "1.250,5",
    "1e2",
    "0",
    "00,50",
    "8,25\u00a0",
    "8,2,5",
    "1..5",
  ),
  fc.string({ unit: fc.constantFrom("0", "1", "2", "5", "7", ",", ".", " ", "-", "a"), maxLength: 8 }),
  fc.constantFrom(...NOT_APPLICABLE_WORDS),
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  typedText,
  typedText,
  fc.constantFrom<Cell>(null, "", "  ", true, false, { error: "#N/A" }, { error: "#VALUE!" }),
  fc.integer({ min: -4, max: 40 }).map((quarters) => quarters / 4),
  fc.double({ min: -1, max: 10, noNaN: true }),
);

const rule = fc.oneof(
  fc
    .record({ maxQuarters: fc.integer({ min: 0, max: 40 }), stepQuarters: fc.integer({ min: 1, max: 4 }) })
    .map(({ maxQuarters, stepQuarters }) => ({ max: maxQuarters / 4, stepOrAllowed: (stepQuarters / 4) as number | string | null })),
  fc.constantFrom({ max: 10, stepOrAllowed: "0;0,5;8,25;10" as number | string | null }, { max: 7.242, stepOrAllowed: null }),
);

describe("a form's score cell: text numbers and formulas", () => {
  it("a text number the form counts is one the scoring rules read as the same number (a subset, never another reading)", () => {
    fc.assert(
      fc.property(typedText, (text) => {
        const counted = formTextNumber(text);
        if (counted === undefined) return;
        const reading = readNumberText(text);
        expect(reading.kind).toBe("number");
        if (reading.kind === "number") expect(Math.abs(reading.value - counted)).toBeLessThan(1e-9);
      }),
      { numRuns: 800 },
    );
    expect([formTextNumber("8,25"), formTextNumber(" 8.25 "), formTextNumber("8, 25"), formTextNumber("12")]).toEqual([
      8.25, 8.25, 8.25, 12,
    ]);
    expect([formTextNumber("1.250"), formTextNumber("-1"), formTextNumber("1.250,5"), formTextNumber("8,2,5")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("the form's state and points formulas count every cell as collecting does, a formula in the cell as an entry to fix", () => {
    fc.assert(
      fc.property(rule, cell, fc.boolean(), (leaf, value, typedFormula) => {
        const table = buildRubricTable([["1", "", leaf.max, leaf.stepOrAllowed]]);
        const node = table.nodes[0];
        const read = readUnitScores(table, [formScoreEntry(value, typedFormula ? "5+3" : undefined)]);
        const rest = evaluate(textNumberRestFormula("A1"), { A1: value }) as Cell;
        const counted = evaluate(entryValueFormula("A1", "B1"), { A1: value, B1: rest }) as Cell;
        const state = evaluate(
          leafStateFormula("A1", "C1", "D1", { maxMicro: node.maxMicro, stepMicro: node.stepMicro, allowedMicro: node.allowedMicro }),
          { A1: value, C1: counted, D1: typedFormula ? 1 : 0 },
        );
        expect({ value, typedFormula, state }).toEqual({ value, typedFormula, state: read.states[0] });
        const points = evaluate(leafPointsFormula("C1", "E1"), { C1: counted, E1: state as number });
        expect(Math.round((points as number) * 1e6) + 0).toBe(read.states[0] === LeafState.Assessed ? read.micro[0] + 0 : 0);
      }),
      { numRuns: 1500 },
    );
  });
});
