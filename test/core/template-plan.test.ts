import { SUMMARY_ROWS } from "../../src/core/template/scoring-layout";
import { planTemplate, sheetOfReference } from "../../src/core/template/template-plan";
import { rubricFamily } from "../../src/core/rubric/rubric-family";
import type { PlannedCell, SheetPlan } from "../../src/core/plan/workbook-plan";
import { parseRubric } from "../../src/core/rubric/parse-rubric";
import type { Rubric } from "../../src/core/rubric/schema";
import { bundledRubricFiles } from "../../src/rubrics";

/** The template plan, checked without any Excel: what each cell will hold. */
const rubric = (() => {
  const result = parseRubric(bundledRubricFiles[2]);
  if (!result.ok) throw new Error("bundled rubric does not parse");
  return result.rubric;
})();
const emptyWorkbook = { sheets: ["Sheet1"], definedNames: [], registry: [] };

function cellAt(sheet: SheetPlan, row: number, column: number): PlannedCell | undefined {
  let found: PlannedCell | undefined;
  for (const block of sheet.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) found = cell;
  }
  return found;
}

test("the old labels list every summary row", () => expect(BILINGUAL_SUMMARY_LABELS).toHaveLength(SUMMARY_ROWS.length));

describe("the scoring template plan", () => {
  it("writes every unit and criterion name as text, whatever it starts with", () => {
    const units = ["=CMD()", "+84 90", "-abc", "@x"];
    const withFormulaName: Rubric = { ...rubric, criteria: rubric.criteria.map((c, i) => (i === 0 ? { ...c, name: { vi: "=1+1" } } : c)) };
    const { plan } = planTemplate({ rubric: withFormulaName, units, columns: ["self"] }, emptyWorkbook);
    const scoring = plan.sheets[0];
    units.forEach((unit, u) => expect(cellAt(scoring, 3, 6 + u)).toEqual({ text: unit }));
    expect(cellAt(scoring, 4, 4)).toEqual({ text: "=1+1" });
    expect(cellAt(scoring, 4, 0)).toEqual({ text: "1" });
  });

  it("sends one column of formulas per score kind and copies it across the units", () => {
    const small = planTemplate({ rubric, units: ["A"], columns: ["self", "appraised"] }, emptyWorkbook).plan.sheets[0];
    const many = planTemplate(
      { rubric, units: Array.from({ length: 300 }, (_, i) => `Đơn vị ${i + 1}`), columns: ["self", "appraised"] },
      emptyWorkbook,
    ).plan.sheets[0];
    const formulas = (sheet: SheetPlan) =>
      sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null && typeof c === "object" && "formula" in c).length;
    expect(formulas(many)).toBe(formulas(small));
    expect(many.copies.length).toBeGreaterThan(small.copies.length);
    expect(many.copies.every((copy) => copy.target.columnCount === 299 || copy.target.columnCount === 599)).toBe(true);
  });

  it("gives a subtotal its own rows, or the whole rubric when its rows are not in one block", () => {
    // Parents come before their children, but one criterion of area 1 is listed at the very end.
    const moved = rubric.criteria.find((c) => c.code.startsWith("1.") && !rubric.criteria.some((d) => d.code.startsWith(`${c.code}.`)))!;
    const scattered: Rubric = { ...rubric, criteria: [...rubric.criteria.filter((c) => c !== moved), moved] };
    const { plan } = planTemplate({ rubric: scattered, units: ["A"], columns: ["self"] }, emptyWorkbook);
    const formulaOf = (code: string) => cellAt(plan.sheets[0], 4 + scattered.criteria.findIndex((c) => c.code === code), 6);
    const parentOfMoved = moved.code.slice(0, moved.code.lastIndexOf("."));
    expect(formulaOf("1")).toEqual({ formula: expect.stringMatching(/^=PAR\.AREA\(G\$5:G\$\d+,PAR_\w+_Rubric,"1"\)$/) });
    expect(formulaOf(parentOfMoved)).toEqual({ formula: expect.stringContaining("_Rubric,") });
    const area2 = 4 + scattered.criteria.findIndex((c) => c.code === "2");
    expect(formulaOf("2")).toEqual({
      formula: expect.stringMatching(new RegExp(`^=PAR\\.AREA\\(G\\$${area2 + 1}:G\\$\\d+,\\$A\\$${area2 + 1}:\\$D\\$\\d+,"2"\\)$`)),
    });
  });

  it("leaves every input cell alone when the same template is made again, on a sheet an older version made with bilingual labels", () => {
    const first = planTemplate({ rubric, units: ["A", "B"], columns: ["self"], target: { kind: "points", value: 80 } }, emptyWorkbook);
    const state = {
      sheets: ["Sheet1", first.record.scoringSheet, first.record.rubricSheet],
      definedNames: [
        { name: first.record.rubricName, formula: `='${first.record.scoringSheet}'!$A$5:$D$94` },
        { name: first.record.bandsName, formula: `='${first.record.rubricSheet}'!$H$2:$I$6` },
      ],
      registry: [first.record],
    };
    const values = [
      [],
      [],
      [null, null, null, null, null, null, "Tự đánh giá (Self-assessed)", "Tự đánh giá (Self-assessed)"],
      [null, null, null, null, null, null, "A", "B"],
      ...first.record.codes.map((code) => [code]),
      [],
      ...BILINGUAL_SUMMARY_LABELS.map((label) => [null, null, null, null, label || null]),
    ];
    const again = planTemplate({ rubric, units: ["A", "B"], columns: ["self"] }, state, { record: first.record, inPlace: true, values });
    const scoring = again.plan.sheets[0];
    expect(scoring.create).toBe(false);
    expect(again.plan.sheets).toHaveLength(1);
    expect(again.plan.names).toEqual([]);
    const leafRow = 4 + rubric.criteria.findIndex((c) => c.code === "1.1.1");
    expect(cellAt(scoring, leafRow, 6)).toBeNull();
  });

  it("knows a newer rubric version by its family and finds a sheet through its defined name", () => {
    expect(rubricFamily("commune-2026")).toBe(rubricFamily("commune-2025"));
    expect(sheetOfReference("='Chấm điểm cấp xã 2025'!$A$5:$D$94")).toBe("Chấm điểm cấp xã 2025");
    expect(sheetOfReference("=Sheet1!$A$5:$D$9")).toBe("Sheet1");
    expect(sheetOfReference("='It''s mine'!$A$1")).toBe("It's mine");
    expect(sheetOfReference("=#REF!$A$5:$D$94")).toBeUndefined();
  });
});

import { planHighlightRules } from "../../src/core/highlight/highlight-plan";
import { scoringLayout } from "../../src/core/template/scoring-layout";
import { BILINGUAL_SUMMARY_LABELS } from "./bilingual-sheet-labels";

describe("the highlight rules", () => {
  const rules = planHighlightRules(scoringLayout(90, ["A", "B"], ["self"]));

  it("shade lost points on criteria of the scale only, not unearned bonus or penalties", () => {
    const lost = rules.find((rule) => rule.purpose === "lost-points")!;
    // A leaf: no code of the rubric's 90 rows begins with this row's code and a dot (core/rules/leaf).
    // Not bonus nor penalty rows, in the kind words of either language.
    expect(lost.formula).toBe(
      '=AND(COUNTIF($A$5:$A$94,$A5&".*")=0,$B5<>"điểm thưởng",$B5<>"bonus",$B5<>"điểm trừ",$B5<>"penalty",ISNUMBER(G5),G5>=0,G5<$C5)',
    );
    expect(lost).toMatchObject({ row: 4, column: 6, rowCount: 90, columnCount: 2 });
  });

  it("colour units below and close to target from the status row, on the totals and the unit names", () => {
    const below = rules.filter((rule) => rule.purpose.startsWith("below-target"));
    expect(below.map((rule) => [rule.row, rule.formula])).toEqual([
      // in either language a sheet may be made in
      [95, '=OR(G$110="Chưa đạt",G$110="Below target")'],
      [3, '=OR(G$110="Chưa đạt",G$110="Below target")'],
    ]);
    expect(rules).toHaveLength(6);
  });
});
