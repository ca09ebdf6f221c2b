import { FORM_COLUMNS as C, HEADER_ROW, INPUT_HEADERS } from "../../src/core/forms/form-layout";
import { planForm } from "../../src/core/forms/form-plan";
import { formFileNames, safeFileStem } from "../../src/core/forms/file-name";
import { cellRef } from "../../src/core/plan/a1";
import { NOT_APPLICABLE_TYPED } from "../../src/core/rules/native-score-formulas";
import { classifyCell } from "../../src/core/scores/cell-value";
import { NOT_APPLICABLE_WORDS } from "../../src/core/rules";
import { foldText } from "../../src/core/text-match";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { randomRubric } from "./random-forms";

/** What a form holds, read from its plan without any spreadsheet library. */
const commune = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
const plan = planForm({ rubric: commune, unit: "=UBND xã Tân Phú", period: "Năm 2026", deadline: "2026-12-15" });
const at = (row: number, column: number) => plan.cells.find((cell) => cell.row === row && cell.column === column);

/** Functions Excel 2010, LibreOffice Calc and WPS all compute the same way. */
const PORTABLE = new Set([
  "IF",
  "AND",
  "OR",
  "ISNUMBER",
  "ISERROR",
  "LEN",
  "TRIM",
  "ROUND",
  "ABS",
  "MOD",
  "SUM",
  "MIN",
  "COUNTIF",
  "FIND",
  "LOWER",
  "ISERR",
  "INT",
  "ISTEXT",
  "SUBSTITUTE",
  "VALUE",
  "LEFT",
  "MID",
  "MATCH",
  "INDEX",
]);

function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1]);
}

test("every formula of a form uses only functions that Excel 2010+, LibreOffice and WPS compute alike", () => {
  const formulas = [
    ...plan.cells.flatMap((cell) =>
      cell.value !== null && typeof cell.value === "object" && "formula" in cell.value ? [cell.value.formula] : [],
    ),
    ...plan.validations.map((validation) => validation.formula),
    ...plan.conditionalFormats.map((format) => format.formula),
  ];
  expect(formulas.length).toBeGreaterThan(300);
  const used = new Set(formulas.flatMap(functionsIn));
  // ISFORMULA (Excel 2013+) is the one exception, always behind ISERROR: Excel 2010 reads 0 there.
  expect([...used].filter((name) => !PORTABLE.has(name))).toEqual(["ISFORMULA"]);
  for (const formula of formulas.filter((text) => text.includes("ISFORMULA(")))
    expect(formula).toMatch(/^=IF\(ISERROR\(ISFORMULA\(H\d+\)\),0,IF\(ISFORMULA\(H\d+\),1,0\)\)$/);
  expect(formulas.some((formula) => formula.includes("PAR."))).toBe(false);
});

test("the heading names the unit, the rubric with its version, the period and the deadline", () => {
  const texts = plan.cells.filter((cell) => cell.row < HEADER_ROW).map((cell) => (cell.value as { text: string }).text);
  expect(texts).toEqual(
    expect.arrayContaining([
      "Đơn vị: =UBND xã Tân Phú",
      `Bộ tiêu chí: ${commune.title.vi} (commune-2025, phiên bản ${commune.version})`,
      "Kỳ đánh giá: Năm 2026    Hạn gửi lại: 15/12/2026",
    ]),
  );
  // The unit's name is text, never a formula.
  expect(at(1, 0)!.value).toEqual({ text: "Đơn vị: =UBND xã Tân Phú" });
});

test("one row per rubric node: code as text, then the three input columns headed exactly", () => {
  expect(at(HEADER_ROW, C.score)!.value).toEqual({ text: INPUT_HEADERS.score });
  expect(at(HEADER_ROW, C.evidence)!.value).toEqual({ text: "Tài liệu kiểm chứng" });
  expect(at(HEADER_ROW, C.explanation)!.value).toEqual({ text: "Giải trình" });
  expect(plan.layout.codes).toEqual(commune.criteria.map((criterion) => criterion.code));
  plan.layout.codes.forEach((code, index) => {
    const code_ = at(plan.layout.firstNodeRow + index, C.code)!;
    expect(code_.value).toEqual({ text: code });
    expect(code_.style?.numberFormat).toBe("@");
  });
  const totalRow = plan.layout.summaryRows.total;
  expect(at(totalRow, C.name)!.value).toEqual({ text: "Tổng điểm" });
  expect((at(totalRow, C.score)!.value as { formula: string }).formula).toMatch(/^=IF\(COUNTIF\(M8:M\d+,1\)=0,"",ROUND\(SUM\(O8:O\d+\)/);
  // Next to the total: how many entries need fixing.
  expect((at(totalRow, C.evidence)!.value as { formula: string }).formula).toContain(cellRef(plan.layout.summaryRows.invalid, C.score));
});

test("only the self-scored leaves' input cells take typing; each score cell has a validation with an input message", () => {
  const unlocked = plan.cells.filter((cell) => cell.style?.locked === false);
  const selfScored = commune.criteria.filter(
    (criterion, index) => plan.layout.leafRows.includes(plan.layout.firstNodeRow + index) && criterion.rule?.type !== "survey",
  );
  expect(unlocked).toHaveLength(selfScored.length * 3);
  expect(plan.validations).toHaveLength(selfScored.length);
  for (const validation of plan.validations) {
    expect(validation.prompt.length).toBeLessThanOrEqual(255);
    expect(validation.promptTitle.length).toBeLessThanOrEqual(32);
    expect(validation.prompt).toContain("N/A");
  }
  // Evidence and explanation are text cells: "=..." typed there stays text.
  expect(unlocked.filter((cell) => cell.column !== C.score).every((cell) => cell.style?.numberFormat === "@")).toBe(true);
});

test("the N/A words in formulas are exactly those readUnitScores accepts", () => {
  for (const word of NOT_APPLICABLE_TYPED) expect(classifyCell(word).kind).toBe("notApplicable");
  expect(new Set(NOT_APPLICABLE_TYPED.map(foldText))).toEqual(new Set(NOT_APPLICABLE_WORDS.map(foldText)));
});

test("identity: rubric id, version and unit on a very hidden sheet, with workbook names", () => {
  expect(plan.identity).toMatchObject({
    kind: "PAR INDEX self-assessment form",
    rubricId: "commune-2025",
    rubricVersion: commune.version,
    unit: "=UBND xã Tân Phú",
  });
  expect(plan.names.map((name) => name.name)).toEqual(["PAR_Form_RubricId", "PAR_Form_RubricVersion", "PAR_Form_Unit"]);
});

test("bonus groups are capped and penalties subtracted in the total, at every level", () => {
  const seed = [...Array(40).keys()].find((s) => randomRubric(s + 1).criteria.some((c) => c.kind === "bonus"))! + 1;
  const rubric = randomRubric(seed);
  const bonusPlan = planForm({ rubric, unit: "X" });
  const bonusIndex = rubric.criteria.findIndex((criterion) => criterion.kind === "bonus");
  const bonusRow = bonusPlan.layout.firstNodeRow + bonusIndex;
  const points = bonusPlan.cells.find((cell) => cell.row === bonusRow && cell.column === C.points)!.value as { formula: string };
  expect(points.formula).toMatch(new RegExp(`^=MIN\\(ROUND\\(SUM\\(.*\\),6\\),${rubric.criteria[bonusIndex].max}\\)$`));
  const total = bonusPlan.cells.find((cell) => cell.row === bonusPlan.layout.summaryRows.total && cell.column === C.score)!.value as {
    formula: string;
  };
  expect(total.formula).toContain(`+${cellRef(bonusRow, C.points)}`);
});

test("file names are safe everywhere and never collide", () => {
  expect(safeFileStem('Phường 1/2: "Tân Định"')).toBe("Phường 1_2_ _Tân Định_");
  expect(safeFileStem("CON")).toBe("CON_");
  expect(safeFileStem(" ... ")).toBe("don-vi");
  expect(formFileNames(["Xã A", "xã a", "Xã A?"])).toEqual(["Xã A.xlsx", "xã a (2).xlsx", "Xã A_.xlsx"]);
});
