import fc from "fast-check";
import {
  NOT_APPLICABLE_WORDS,
  blankFormula,
  gradeFormula,
  gradeOf,
  isBlankCell,
  isNotApplicableText,
  leafFlags,
  leafFormula,
  notApplicableFormula,
  rankAll,
  rankFormula,
  scoreInRangeFormula,
  statusFormula,
  targetStatus,
  validScoreFormula,
  STATUS_WORDS,
  gapFormula,
  pointsGap,
  rankGap,
  TARGET_KINDS,
  TARGET_KIND_WORDS,
  readTargetKind,
  targetKindChoices,
  targetKindIsFormula,
  targetKindWord,
  targetPointsFormula,
  bandNamed,
  type TargetKind,
} from "../../../src/core/rules";
import { classifyCell } from "../../../src/core/scores/cell-value";
import { readUnitScores } from "../../../src/core/scores/unit-scores";
import { buildRubricTable } from "../../../src/core/table/rubric-table";
import { LeafState } from "../../../src/core/scores/leaf-state";
import { isDescendantCode } from "../../../src/core/rubric/codes";
import { evaluate, type Cell } from "./excel-engine";
import { nearestMicro } from "../../../src/core/decimal";

/*
 * Every rule that also lives in the workbook as formula text is generated from core/rules; these
 * properties evaluate the generated text with the workbench's formula engine and hold it to the
 * TypeScript rule over random cells.
 */

/** A not-applicable word as a clerk might type it: any case, extra spaces, accented, decomposed or plain. */
const typedWord = fc
  .record({
    word: fc.constantFrom(...NOT_APPLICABLE_WORDS),
    form: fc.constantFrom<"NFC" | "NFD" | "plain">("NFC", "NFD", "plain"),
    cases: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    before: fc.constantFrom("", " ", "  "),
    after: fc.constantFrom("", " ", "   "),
    doubleSpace: fc.boolean(),
  })
  .map(({ word, form, cases, before, after, doubleSpace }) => {
    const plain = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    let text = form === "plain" ? plain : word.normalize(form);
    text = [...text].map((char, i) => (cases[i % cases.length] ? char.toUpperCase() : char.toLowerCase())).join("");
    if (doubleSpace) text = text.replace(" ", "  ");
    return `${before}${text}${after}`;
  });

/** Anything else a cell may hold: near misses, numbers, booleans, errors, arbitrary text (with the separator). */
const otherCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(
    "N/A.",
    "N.A",
    "NA NA",
    "K A D",
    "khong",
    "không áp",
    "n/a|na",
    "|",
    "na|",
    "|na|",
    "#N/A",
    "0",
    "",
    "  ",
    null,
    true,
    false,
    0,
    1.5,
    -2,
  ),
  fc.constantFrom<Cell>({ error: "#N/A" }, { error: "#VALUE!" }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("n", "a", "/", "k", "d", ".", " ", "|", "N", "A"), maxLength: 6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const cellValue = (cell: Cell): unknown => (typeof cell === "object" && cell !== null ? { code: cell.error } : cell);

describe("not-applicable words: one list for the formulas and the sheet", () => {
  it("the sheet's formula accepts every typed form of every word, as the formulas do", () => {
    fc.assert(
      fc.property(typedWord, (text) => {
        expect(isNotApplicableText(text.trim())).toBe(true);
        expect(classifyCell(text).kind).toBe("notApplicable");
        expect(evaluate(notApplicableFormula("A1"), { A1: text })).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("the sheet's formula never accepts what the formulas refuse", () => {
    fc.assert(
      fc.property(otherCell, (cell) => {
        const sheetSays = evaluate(notApplicableFormula("A1"), { A1: cell });
        const formulasSay = classifyCell(cellValue(cell)).kind === "notApplicable";
        if (sheetSays === true) expect(formulasSay).toBe(true);
        // Accents, tabs and the list's separator are where the sheet may refuse more (see notApplicableSheetSpellings).
        const plain = typeof cell === "string" && !/[\t\n\r\u00a0|]/.test(cell) && !/\p{M}/u.test(cell.normalize("NFD"));
        if (plain) expect(sheetSays).toBe(formulasSay);
      }),
      { numRuns: 600 },
    );
  });

  it("the template's data validation accepts the words the formulas accept and the scores in range", () => {
    const validation = `OR(${scoreInRangeFormula("A1", "$C1")},${notApplicableFormula("A1")})`;
    expect(validation.length + 1).toBeLessThanOrEqual(255);
    for (const word of ["NA", "na", "K.A.D", "not applicable", "Không áp dụng", "KHONG AP DUNG", "n/a"]) {
      expect(evaluate(validation, { A1: word, C1: 2 })).toBe(true);
    }
    expect(evaluate(validation, { A1: 2.5, C1: 2 })).toBe(false);
    expect(evaluate(validation, { A1: 1.75, C1: 2 })).toBe(true);
    expect(evaluate(validation, { A1: "abc", C1: 2 })).toBe(false);
  });
});

describe("blank is not zero", () => {
  it("the formula text says blank exactly when the formulas read a blank (spaces included)", () => {
    const cell = fc.oneof(
      fc.constantFrom<Cell>(null, "", " ", "   ", 0, "0", false, "N/A"),
      fc.string({ unit: fc.constantFrom(" ", "a", "0"), maxLength: 4 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(cell, (value) => {
        expect(evaluate(blankFormula("A1"), { A1: value })).toBe(isBlankCell(value));
        expect(isBlankCell(value)).toBe(classifyCell(value).kind === "blank");
      }),
      { numRuns: 300 },
    );
  });
});

/** Dotted codes of a small rubric, in any order, sometimes "1.2" and "1.20" side by side. */
const codeList = fc.array(
  fc.array(fc.integer({ min: 1, max: 21 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(".")),
  { minLength: 1, maxLength: 14 },
);

describe("what a leaf is", () => {
  it("leafFlags is 'no other code lies below it', wherever the rows stand", () => {
    fc.assert(
      fc.property(codeList, (codes) => {
        expect(leafFlags(codes)).toEqual(codes.map((code) => !codes.some((other) => isDescendantCode(other, code))));
      }),
      { numRuns: 300 },
    );
  });

  it("the highlight's formula text says the same of every row", () => {
    fc.assert(
      fc.property(codeList, (codes) => {
        const cells = Object.fromEntries(codes.map((code, i) => [`A${i + 1}`, code]));
        const flags = leafFlags(codes);
        codes.forEach((_, i) => expect(evaluate(leafFormula(`A${i + 1}`, `$A$1:$A$${codes.length}`), cells)).toBe(flags[i]));
      }),
      { numRuns: 80 },
    );
  });

  it("the formulas' rubric table and the rubric's sheet rows use it", () => {
    fc.assert(
      fc.property(codeList, (codes) => {
        const unique = [...new Set(codes)];
        const table = buildRubricTable(unique.map((code) => [code, "", 1, null]));
        expect(table.nodes.map((node) => node.isLeaf)).toEqual(leafFlags(unique));
      }),
      { numRuns: 200 },
    );
  });
});

describe("a valid score", () => {
  const rule = fc.oneof(
    fc
      .record({ maxQuarters: fc.integer({ min: 0, max: 12 }), stepQuarters: fc.integer({ min: 1, max: 4 }) })
      .map(({ maxQuarters, stepQuarters }) => ({
        max: maxQuarters / 4,
        step: (stepQuarters / 4) as number | undefined,
        allowed: undefined as number[] | undefined,
      })),
    fc
      .record({ max: fc.constantFrom(1, 2, 3, 7.242), allowed: fc.uniqueArray(fc.constantFrom(0, 0.5, 1, 1.5, 2), { minLength: 2 }) })
      .map(({ max, allowed }) => ({ max, step: undefined, allowed })),
    fc.constantFrom(1, 2.5, 7.242).map((max) => ({ max, step: undefined, allowed: undefined })),
  );
  const score = fc.oneof(
    fc.integer({ min: -4, max: 40 }).map((quarters) => quarters / 4),
    fc.constantFrom(0.1, 0.3, 0.1 + 0.2, 1e-7, 7.242, 7.2420001, 2.5000000001, 0.7499999999, -0, 1.0000005),
    fc.double({ min: -1, max: 10, noNaN: true }),
  );

  it("the formula text accepts exactly the numbers the PAR.* formulas accept", () => {
    fc.assert(
      fc.property(rule, score, (leaf, value) => {
        const stepCell = leaf.allowed ? leaf.allowed.map((v) => String(v).replace(".", ",")).join(";") : (leaf.step ?? null);
        const table = buildRubricTable([["1", "", leaf.max, stepCell]]);
        const formulasAccept = readUnitScores(table, [value]).states[0] === LeafState.Assessed;
        const withConstants = validScoreFormula("A1", { max: leaf.max, step: leaf.step, allowed: leaf.allowed });
        expect(evaluate(withConstants, { A1: value })).toBe(formulasAccept);
        if (!leaf.allowed) {
          // The same rule reading the max and step from the sheet's own cells (a blank step: no step).
          expect(evaluate(validScoreFormula("A1", { max: "B1", step: "C1" }), { A1: value, B1: leaf.max, C1: leaf.step ?? null })).toBe(
            formulasAccept,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("text, booleans and errors are never a valid score", () => {
    for (const value of ["1", "0,5", true, null, { error: "#N/A" }] as Cell[]) {
      expect(evaluate(validScoreFormula("A1", { max: 2, step: 0.5 }), { A1: value })).toBe(false);
    }
  });
});

describe("grade and rank as native formulas", () => {
  const bands = fc
    .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 })
    .chain((mins) => fc.tuple(fc.constant(mins.sort((a, b) => b - a).map((m, i) => ({ label: `Loại ${i}`, min: m / 20 }))), fc.boolean()));
  const value = fc.oneof(
    fc.integer({ min: -2, max: 22 }).map((v) => v / 20),
    fc.integer({ min: 0, max: 20 }).chain((m) => fc.constantFrom(m / 20 - 1e-13, m / 20 - 5e-12, m / 20 + 1e-15, (m / 20) * 0.1 * 10)),
    fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  );

  it("the grade lookup gives PAR.GRADE's band for every value, #N/A below every band", () => {
    fc.assert(
      fc.property(bands, value, ([list], v) => {
        const cells: Record<string, Cell> = { A1: v };
        list.forEach((band, i) => {
          cells[`D${i + 1}`] = band.label;
          cells[`E${i + 1}`] = band.min;
        });
        const expected = gradeOf(v, list);
        expect(
          evaluate(
            gradeFormula(
              "A1",
              list.map((_, i) => ({ label: `D${i + 1}`, min: `E${i + 1}` })),
            ),
            cells,
          ),
        ).toEqual(expected ?? { error: "#N/A" });
      }),
      { numRuns: 400 },
    );
  });

  it("an index that is not a number (nothing applicable, invalid scores) has no grade and no rank", () => {
    for (const index of [{ error: "#VALUE!" }, { error: "#N/A" }, ""] as Cell[]) {
      const cells: Record<string, Cell> = { A1: index, B1: 0.5, C1: 0.7, D1: "Tốt", E1: 0.5 };
      const shown = typeof index === "object" && index !== null ? { error: index.error } : index;
      expect(evaluate(gradeFormula("A1", [{ label: "D1", min: "E1" }]), cells)).toEqual(shown);
      expect(evaluate(rankFormula("A1", "$A$1:$C$1"), cells)).toEqual(shown);
    }
  });

  it("RANK.EQ over the index row gives every unit the rank the meeting report gives, ties shared, text skipped", () => {
    const row = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 8 }).map((q) => q / 8),
        fc.constant("" as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(row, (indexes) => {
        const letters = (i: number) => String.fromCharCode(65 + i);
        const cells = Object.fromEntries(indexes.map((v, i) => [`${letters(i)}1`, v]));
        const expected = rankAll(indexes.map((v) => (typeof v === "number" ? v : undefined)));
        indexes.forEach((_, i) => {
          const got = evaluate(rankFormula(`${letters(i)}1`, `$A$1:$${letters(indexes.length - 1)}$1`), cells);
          expect(got).toEqual(expected[i] ?? "");
        });
      }),
      { numRuns: 200 },
    );
  });
});

/** A kind and one of its words in either language, as typed: any case, spaces around and doubled, composed or decomposed. */
const kindWord = fc
  .record({
    kind: fc.constantFrom<TargetKind>(...TARGET_KINDS),
    language: fc.constantFrom<"vi" | "en">("vi", "en"),
    pick: fc.nat(),
    form: fc.constantFrom<"NFC" | "NFD">("NFC", "NFD"),
    upper: fc.boolean(),
    before: fc.constantFrom("", " ", "  "),
    after: fc.constantFrom("", " ", "   "),
    doubleSpace: fc.boolean(),
  })
  .map(({ kind, language, pick, form, upper, before, after, doubleSpace }): [TargetKind, string] => {
    const words = TARGET_KIND_WORDS[language][kind];
    let text = words[pick % words.length].normalize(form);
    if (upper) text = text.toUpperCase();
    if (doubleSpace) text = text.replace(" ", "  ");
    return [kind, `${before}${text}${after}`];
  });

describe("target kind words: one list for the pane, the sheet's drop-down, its formulas and Check", () => {
  it("the pane's words are the sheet's: 'Tổng điểm' and 'Thứ hạng' as well as the old 'Điểm' and 'Hạng'", () => {
    expect(targetKindChoices("vi")).toEqual(["Xếp loại", "Tổng điểm", "Điểm", "Thứ hạng", "Hạng"]);
    expect(targetKindChoices("en")).toEqual(["Grade", "Point total", "Points", "Rank"]);
    expect(TARGET_KINDS.map((kind) => targetKindWord(kind, "vi"))).toEqual(["Xếp loại", "Tổng điểm", "Thứ hạng"]);
  });

  it("the formula text names the kind exactly when Check reads it so, for every word as typed", () => {
    fc.assert(
      fc.property(kindWord, ([kind, text]) => {
        expect(readTargetKind(text)).toBe(kind);
        for (const other of TARGET_KINDS) expect(evaluate(targetKindIsFormula("A1", other), { A1: text })).toBe(other === kind);
      }),
      { numRuns: 300 },
    );
  });

  it("and for anything else a cell may hold, the two agree", () => {
    const other = fc.oneof(
      fc.constantFrom<Cell>("Diem", "điểm số", "Tổng", "Xep loai", "|Điểm|", "Điểm|", "Hạng 3", "88", 88, true, null, "", {
        error: "#N/A",
      }),
      fc.string({ unit: fc.constantFrom("đ", "i", "ể", "m", " ", "|", "H", "ạ", "n", "g", "T", "ổ"), maxLength: 10 }),
    );
    fc.assert(
      fc.property(other, (cell) => {
        const read = readTargetKind(cellValue(cell));
        for (const kind of TARGET_KINDS) expect(evaluate(targetKindIsFormula("A1", kind), { A1: cell })).toBe(read === kind);
      }),
      { numRuns: 400 },
    );
  });

  it("the target points row takes a points target under any points word, and a grade's share of the max", () => {
    const cells = { kind: "A1", value: "B1", applicableMax: "C1", bands: "$D$1:$E$2", rank: "", targetPoints: "", gap: "", total: "" };
    const bands = { D1: "Tốt", E1: 0.8, D2: "Khá", E2: 0.65 };
    for (const word of ["Tổng điểm", "Điểm", " points ", "POINT TOTAL"]) {
      expect(evaluate(targetPointsFormula(cells), { A1: word, B1: 88, C1: 100, ...bands })).toBe(88);
    }
    expect(evaluate(targetPointsFormula(cells), { A1: "Grade", B1: "Tốt", C1: 95, ...bands })).toBe(76);
    // Excel's VLOOKUP ignores case, as bandNamed does: a grade typed in lower case is the same band.
    const typed = "tốt";
    const band = bandNamed([{ label: "Tốt", min: 0.8 }], typed);
    expect(band?.min).toBe(0.8);
    expect(evaluate(targetPointsFormula(cells), { A1: "Xếp loại", B1: typed, C1: 95, ...bands })).toBe(76);
    expect(evaluate(targetPointsFormula(cells), { A1: "Xếp loại", B1: "Trung bình", C1: 95, ...bands })).toBe("");
    expect(evaluate(targetPointsFormula(cells), { A1: "Hạng", B1: 3, C1: 100, ...bands })).toBe("");
  });
});

describe("target status", () => {
  it("the status row's formula text says what targetStatus says, in the sheet's language", () => {
    const gap = fc.oneof(
      fc.integer({ min: -400, max: 400 }).map((q) => q / 4),
      fc.constantFrom(0, -0, 4.999, -4.999, -5, -5.0000001),
      fc.double({ min: -200, max: 200, noNaN: true }),
    );
    fc.assert(
      fc.property(
        kindWord,
        gap,
        fc.constantFrom(100, 98.5, 0, 40),
        fc.constantFrom<"vi" | "en">("vi", "en"),
        ([k, word], g, max, language) => {
          const cells = { A1: word, B1: g, C1: max };
          const formula = statusFormula(
            {
              kind: "A1",
              gap: "B1",
              applicableMax: "C1",
              value: "",
              rank: "",
              targetPoints: "",
              bands: "",
              total: "",
            },
            language,
          );
          expect(evaluate(formula, cells)).toBe(STATUS_WORDS[language][targetStatus(k, g, max)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no gap, no status", () => {
    const formula = statusFormula({
      kind: "A1",
      gap: "B1",
      applicableMax: "C1",
      value: "",
      rank: "",
      targetPoints: "",
      bands: "",
      total: "",
    });
    expect(evaluate(formula, { A1: targetKindWord("points", "vi"), B1: "", C1: 100 })).toBe("");
  });

  it("the gap row's formula text says what pointsGap and rankGap say, exactly", () => {
    const cells = { kind: "A1", value: "B1", rank: "C1", targetPoints: "D1", total: "E1", applicableMax: "", gap: "", bands: "" };
    const sixDecimals = fc.integer({ min: 0, max: 150_000_000 }).map((micro) => micro / 1e6);
    fc.assert(
      fc.property(
        sixDecimals,
        sixDecimals,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        (target, total, rank, wanted) => {
          const points = evaluate(gapFormula(cells), { A1: targetKindWord("points", "vi"), D1: target, E1: total });
          expect(points).toBe(pointsGap(nearestMicro(target), nearestMicro(total)));
          const byRank = evaluate(gapFormula(cells), { A1: targetKindWord("rank", "vi"), B1: wanted, C1: rank, D1: "", E1: total });
          expect(byRank).toBe(rankGap(rank, wanted));
        },
      ),
      { numRuns: 400 },
    );
    expect(evaluate(gapFormula(cells), { A1: targetKindWord("points", "vi"), D1: 85, E1: { error: "#VALUE!" } })).toBe("");
  });
});
