import fc from "fast-check";
import { scoreListText } from "../../src/core/rubric/score-list-text";
import { buildRubricTable } from "../../src/core/table/rubric-table";
import { fromMicro } from "../../src/core/decimal";
import { planTemplate } from "../../src/core/template/template-plan";
import { rubricRows } from "../../src/core/rubric/rubric-rows";
import { bundledRubric } from "../excel/host-fixture";
import type { PlannedCell, SheetPlan } from "../../src/core/plan/workbook-plan";

/** Step and allowed-score lists with the locale's decimal mark (issue 10, items 5 and 7). */
const rubric = bundledRubric("commune-2025");
const emptyWorkbook = { sheets: ["Sheet1"], definedNames: [], registry: [] };

function cellAt(sheet: SheetPlan, row: number, column: number): PlannedCell | undefined {
  let found: PlannedCell | undefined;
  for (const block of sheet.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) found = cell;
  }
  return found;
}

describe("allowed scores as the sheet shows them", () => {
  it("Vietnamese with decimal commas, English with dots, one space after each semicolon", () => {
    expect(scoreListText([0, 0.5, 1, 1.5], "vi")).toBe("0; 0,5; 1; 1,5");
    expect(scoreListText([0, 0.5, 1, 1.5], "en")).toBe("0; 0.5; 1; 1.5");
    expect(scoreListText([0.25, 7.242, 1250.5], "vi")).toBe("0,25; 7,242; 1250,5");
    expect(scoreListText([0.25, 7.242, 1250.5], "en")).toBe("0.25; 7.2420; 1250.5");
  });

  it("every list reads back as the same scores where the PAR.* formulas read the step column", () => {
    const score = fc.integer({ min: 0, max: 200_000_000 }).map((micro) => micro / 1e6);
    fc.assert(
      fc.property(fc.uniqueArray(score, { minLength: 2, maxLength: 6 }), fc.constantFrom<"vi" | "en">("vi", "en"), (scores, language) => {
        const sorted = [...scores].sort((a, b) => a - b);
        const max = sorted[sorted.length - 1];
        const table = buildRubricTable([["1", "", max, scoreListText(sorted, language)]]);
        expect(table.findings).toEqual([]);
        expect(table.nodes[0].allowedMicro?.map(fromMicro)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the scoring sheet's step column and input messages follow the pane's language", () => {
  const rows = rubricRows(rubric);
  const withList = rows.findIndex((row) => row.isLeaf && typeof row.stepOrAllowed === "string" && row.stepOrAllowed.includes(","));
  const leaf = rows[withList];
  const plan = (language: "vi" | "en") =>
    planTemplate({ rubric, units: ["Xã A"], columns: ["self"], language }, emptyWorkbook).plan.sheets[0];

  it("shows '0; 0,5; 1' in Vietnamese and '0; 0.5; 1' in English", () => {
    expect(withList).toBeGreaterThan(-1);
    const vi = cellAt(plan("vi"), 4 + withList, 3) as { text: string };
    const en = cellAt(plan("en"), 4 + withList, 3) as { text: string };
    expect(vi.text).toMatch(/^\d+(,\d+)?(; \d+(,\d+)?)+$/);
    expect(vi.text).toContain(",");
    expect(en.text).toBe(vi.text.replace(/,/g, "."));
    expect(en.text).not.toContain(",");
  });

  it("the input message and the alert say the rule with the same decimal mark, in one language", () => {
    const validation = (language: "vi" | "en") => plan(language).validations.find((item) => item.row === 4 + withList)!;
    const vi = validation("vi");
    const en = validation("en");
    expect(vi.promptTitle).toBe(`Tiêu chí ${leaf.code} (tối đa ${String(leaf.max).replace(".", ",")})`);
    expect(en.promptTitle).toBe(`Criterion ${leaf.code} (max ${leaf.max})`);
    for (const text of [vi.prompt, vi.errorMessage]) expect(text).not.toMatch(/\d\.\d|Enter|Leave/);
    for (const text of [en.prompt, en.errorMessage]) expect(text).not.toMatch(/\d,\d|Nhập|Để trống/);
    expect(en.errorMessage).toMatch(/^Enter a number from 0 to /);
    expect(vi.errorMessage).toMatch(/^Nhập số từ 0 đến /);
    expect(vi.errorMessage).toContain("0,5");
    expect(en.errorMessage).toContain("0.5");
  });

  it("the rubric sheet too: its step column, rule column and headers", () => {
    const rubricSheet = (language: "vi" | "en") =>
      planTemplate({ rubric, units: ["Xã A"], columns: ["self"], language }, emptyWorkbook).plan.sheets[1];
    const step = (language: "vi" | "en") => (cellAt(rubricSheet(language), 4 + withList, 3) as { text: string }).text;
    const rule = (language: "vi" | "en") => (cellAt(rubricSheet(language), 4 + withList, 6) as { text: string }).text;
    expect(step("en")).toBe(step("vi").replace(/,/g, "."));
    expect(rule("vi")).toContain("0,5");
    expect(rule("en")).toContain("0.5");
    expect(cellAt(rubricSheet("en"), 3, 4)).toEqual({ text: "Criterion" });
    expect(cellAt(rubricSheet("vi"), 3, 4)).toEqual({ text: "Tên tiêu chí" });
  });
});
