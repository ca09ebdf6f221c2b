import { parseRubric } from "../../src/core/rubric/parse-rubric";
import { rubricFromSheetRows } from "../../src/core/rubric/rubric-from-sheet";
import { severityOf, type RubricCheckCode } from "../../src/core/rubric/rubric-checks";
import { buildRubricTable } from "../../src/core/table/rubric-table";
import { bundledRubricFiles } from "../../src/rubrics";
import * as PAR from "../../src/functions/functions";

/**
 * One rubric check set: a rubric typed on a sheet and imported by the pane, and the same rows read by
 * the formulas as their rubric range, get the same findings with the same severity, except where the
 * catalogue softens one path and says why.
 */
type Rows = unknown[][];
const info = { title: "Bộ tiêu chí", year: 2026 };

/** The pane's sheet layout has the name before the step: code, kind, max, name, step. */
const asSheetRows = (rows: Rows): Rows => rows.map(([code, kind, max, step]) => [code, kind, max, null, step ?? null]);

function importFindings(rows: Rows) {
  const result = rubricFromSheetRows(asSheetRows(rows), info);
  return result.ok ? result.warnings : result.findings;
}

function bothPaths(rows: Rows) {
  const imported = importFindings(rows).map((f) => [f.code, f.severity, f.criterion]);
  const range = buildRubricTable(rows).findings.map((f) => [f.code, f.severity, f.criterion]);
  return { imported, range };
}

const errorOf = (run: () => unknown): Error & { code?: string } => {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error("expected an error");
};

describe("one rubric check set for files, imported sheets and formula ranges", () => {
  it.each<[string, Rows, RubricCheckCode]>([
    [
      "a duplicated code",
      [
        ["1", "", 2],
        ["1.1", "", 1],
        ["1.1", "", 1],
      ],
      "rubric.duplicateCode",
    ],
    [
      "an unknown kind",
      [
        ["1", "", 2],
        ["1.1", "thưởng?", 2],
      ],
      "rubric.invalidKind",
    ],
    [
      "a max that is not a number",
      [
        ["1", "", 2],
        ["1.1", "", "hai"],
      ],
      "rubric.invalidMax",
    ],
    [
      "an unreadable step",
      [
        ["1", "", 2],
        ["1.1", "", 2, "bước"],
      ],
      "rubric.invalidStep",
    ],
    [
      "a code that is not dotted numbers",
      [
        ["1", "", 2],
        ["1.a", "", 2],
      ],
      "rubric.invalidCode",
    ],
  ])("%s: same finding, same severity on both paths", (_name, rows, code) => {
    const { imported, range } = bothPaths(rows);
    expect(imported.map(([c]) => c)).toContain(code);
    expect(range.map(([c]) => c)).toContain(code);
    expect(imported.find(([c]) => c === code)?.[1]).toBe(range.find(([c]) => c === code)?.[1]);
  });

  it("a parent whose sub-criteria do not add up: refused by the pane, listed by PAR.CHECK, each with the catalogue's reason", () => {
    const rows = [
      ["1", "", 5],
      ["1.1", "", 2],
    ];
    const { imported, range } = bothPaths(rows);
    expect(imported).toEqual([["rubric.childrenSumMismatch", "error", "1"]]);
    expect(range).toEqual([["rubric.childrenSumMismatch", "warning", "1"]]);
    expect(severityOf("rubric.childrenSumMismatch", "file")).toBe("error");
    expect(severityOf("rubric.childrenSumMismatch", "range")).toBe("warning");
    expect(PAR.check([[null], [1]], rows, "en")).toBe(
      "1 problem: Criterion 1: its maximum is 5 but its sub-criteria add up to 2; make them agree (totals are always computed from the sub-criteria).",
    );
    // The message is the same words on both paths.
    expect(importFindings(rows).map((f) => f.message.en)).toEqual([buildRubricTable(rows).findings[0].message.en]);
  });

  it("a step that does not divide the max is the same finding on both paths", () => {
    const rows = [
      ["1", "", 1],
      ["1.1", "", 1, 0.3],
    ];
    const { imported, range } = bothPaths(rows);
    expect(imported).toEqual([["rubric.stepDoesNotDivideMax", "error", "1.1"]]);
    expect(range).toEqual([["rubric.stepDoesNotDivideMax", "warning", "1.1"]]);
  });

  it("an allowed-score list on an imported sheet is offered as levels, and one that misses the max is a finding", () => {
    const ok = rubricFromSheetRows(
      asSheetRows([
        ["1", "", 1],
        ["1.1", "", 1, "0;0,5;1"],
      ]),
      info,
    );
    if (!ok.ok) throw new Error(ok.findings[0].message.en);
    expect(ok.rubric.criteria[1].rule).toEqual({
      type: "levels",
      levels: [
        { score: 0, label: { vi: "0" } },
        { score: 0.5, label: { vi: "0,5" } },
        { score: 1, label: { vi: "1" } },
      ],
    });
    const { imported, range } = bothPaths([
      ["1", "", 1],
      ["1.1", "", 1, "0;0,5"],
    ]);
    expect(imported.map(([c]) => c)).toEqual(["rubric.ruleMismatch"]);
    expect(range.map(([c]) => c)).toEqual(["rubric.ruleMismatch"]);
  });

  it("a bonus group's rows inherit its kind on an imported sheet, as in a range", () => {
    const result = rubricFromSheetRows(
      [
        ["1", "", 1],
        ["1.1", "", 1],
        ["9", "điểm thưởng", 2],
        ["9.1", "tiêu chí", 2],
      ],
      info,
    );
    if (!result.ok) throw new Error(result.findings[0].message.en);
    expect(result.rubric.criteria.map((c) => c.kind)).toEqual(["normal", "normal", "bonus", "bonus"]);
  });
});

describe("rubric edge cases get named findings", () => {
  it('"constructor" and "__proto__" are invalid kinds, not criteria', () => {
    for (const word of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const rows = [
        ["1", "", 2],
        ["1.1", word, 2],
      ];
      expect(buildRubricTable(rows).findings.map((f) => [f.code, f.criterion])).toEqual([["rubric.invalidKind", "1.1"]]);
      expect(importFindings(rows).map((f) => f.code)).toEqual(["rubric.invalidKind"]);
    }
  });

  it("a code typed as a number is a finding, never matched to another code", () => {
    // "1.10" typed into a General cell arrives as the number 1.1.
    const rows = [
      ["1", "", 1],
      ["1.1", "", 1],
      [1.1, "", 0],
    ];
    const table = buildRubricTable(rows);
    expect(table.findings.map((f) => f.code)).toEqual(["rubric.codeTypedAsNumber"]);
    expect(table.findings[0].message.en).toBe(
      "Row 3: the code 1.1 is typed as a number, which drops trailing zeros (1.10 reads as 1.1); format the code column as text and type the code again.",
    );
    expect(errorOf(() => PAR.total([[null], [1], [1]], rows)).message).toContain("format the code column as text");
    expect(importFindings(rows).map((f) => f.code)).toEqual(["rubric.codeTypedAsNumber"]);
    // A whole number loses nothing: area 1 typed as a number stays area "1".
    expect(
      buildRubricTable([
        [1, "", 1],
        ["1.1", "", 1],
      ]).findings,
    ).toEqual([]);
  });

  it('an allowed list "0;1.250;3" is refused as ambiguous, as a score "1.250" is', () => {
    const rows = [
      ["1", "", 3],
      ["1.1", "", 3, "0;1.250;3"],
    ];
    const [finding] = buildRubricTable(rows).findings;
    expect(finding.code).toBe("rubric.invalidStep");
    expect(finding.severity).toBe("error");
    expect(finding.message.en).toContain('the entry "1.250" "1.250" may mean 1,250 or 1.25');
    expect(importFindings(rows).map((f) => f.code)).toEqual(["rubric.invalidStep"]);
    // A decimal point in an unambiguous entry still reads as one.
    expect(
      buildRubricTable([
        ["1", "", 1],
        ["1.1", "", 1, "0;0.5;1"],
      ]).findings,
    ).toEqual([]);
  });

  it("a max or step with more than 6 decimals, or beyond 1e9, says so in formulas and files alike", () => {
    const tooPrecise = [
      ["1", "", 1e-7],
      ["1.1", "", 1e-7],
    ];
    const range = buildRubricTable(tooPrecise).findings;
    expect(range[0].code).toBe("rubric.invalidMax");
    expect(range[0].message.en).toBe("Criterion 1: the maximum has more than 6 decimals (1e-7); round it to 6.");
    expect(errorOf(() => PAR.total([[null], [null]], tooPrecise)).message).toContain("more than 6 decimals (1e-7)");

    const huge = buildRubricTable([
      ["1", "", 2e9],
      ["1.1", "", 1, 1e10],
    ]).findings;
    expect(huge.map((f) => f.message.en)).toEqual([
      "Criterion 1: the maximum is too large (2000000000); points stay below 1,000,000,000.",
      "Criterion 1.1: the step is too large (10000000000); points stay below 1,000,000,000; enter a step such as 0.25 or a list of allowed scores such as 0;0.5;1.",
    ]);

    const file = structuredClone(bundledRubricFiles[2]) as { criteria: Record<string, unknown>[] };
    const leaf = file.criteria.findIndex((c) => c.code === "1.1.1");
    file.criteria[leaf].step = 1e-7;
    const result = parseRubric(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings.map((f) => f.message.en)).toContain(
        "Criterion 1.1.1: the step has more than 6 decimals (1e-7); round it to 6.",
      );
    }
    file.criteria[leaf].step = undefined;
    file.criteria[leaf].max = 1e12;
    const big = parseRubric(file);
    expect(big.ok ? [] : big.findings.map((f) => f.code)).toContain("rubric.invalidMax");
  });

  it("gradeBands {} or a unit group with no bands is a finding at import", () => {
    const none = { ...(structuredClone(bundledRubricFiles[2]) as object), gradeBands: {} };
    const result = parseRubric(none);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings.map((f) => [f.code, f.message.en])).toEqual([
        [
          "rubric.noBands",
          'Field gradeBands: there are no grade bands; add at least a "default" group with bands such as Excellent 90, Good 80, Fair 65, Average 50, Weak 0.',
        ],
      ]);
    const emptyGroup = structuredClone(bundledRubricFiles[2]) as { gradeBands: Record<string, unknown[]> };
    emptyGroup.gradeBands.commune = [];
    const second = parseRubric(emptyGroup);
    expect(second.ok ? [] : second.findings.map((f) => f.message.en)).toEqual([
      'Field gradeBands.commune: the unit group "commune" has no grade bands; add bands (e.g. Good 80, Fair 65, Weak 0) or remove the group.',
    ]);
  });

  it("NaN, ±Infinity and 1e308 as scores say what they are", () => {
    const rows = [
      ["1", "", 2],
      ["1.1", "", 2, 0.25],
    ];
    expect(errorOf(() => PAR.total([[null], [NaN]], rows)).message).toContain("The score of criterion 1.1 is NaN, not a finite number");
    expect(errorOf(() => PAR.total([[null], [-Infinity]], rows)).message).toContain("is -Infinity, not a finite number");
    expect(errorOf(() => PAR.total([[null], [1e308]], rows)).message).toContain("Score 1e+308 of criterion 1.1 is far too large");
    expect(PAR.check([[null], [Infinity]], rows, "en")).toMatch(/^1 problem: The score of criterion 1\.1 is Infinity, not a finite number/);
  });

  it("NaN, ±Infinity and 1e308 as PAR.GAP targets say what they are", () => {
    const rows = [
      ["1", "", 2],
      ["1.1", "", 2, 0.25],
    ];
    expect(PAR.gap([[null], [1.5]], rows, 1.75)).toBe(0.25);
    expect(errorOf(() => PAR.gap([[null], [1]], rows, NaN)).message).toContain("The target is NaN, not a finite number");
    expect(errorOf(() => PAR.gap([[null], [1]], rows, Infinity)).message).toContain("The target is Infinity, not a finite number");
    expect(errorOf(() => PAR.gap([[null], [1]], rows, 1e308)).message).toContain("The target 1e+308 is far too large");
    // A target with float noise (85 % of a max) means what the sheet's gap row takes it to mean.
    expect(PAR.gap([[null], [1.5]], rows, 0.85 * 2.0588235294117645)).toBe(0.25);
    expect(PAR.gap([[null], [1]], rows, 1.2500000001)).toBe(0.25);
  });

  it("PAR.RANK of a value missing from its list, or of an empty list, is #N/A as RANK.EQ gives", () => {
    const missing = errorOf(() => PAR.rank(0.5, [[0.9], [0.8]]));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toContain("not in the ranking list");
    const empty = errorOf(() => PAR.rank(0.5, [[null], ["N/A"]]));
    expect(empty.code).toBe("#N/A");
    expect(PAR.rank(0.8, [[0.9], [0.8], [0.8]])).toBe(2);
  });
});
