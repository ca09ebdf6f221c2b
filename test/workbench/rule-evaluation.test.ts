/**
 * Data validation and conditional formats are evaluated by one evaluator (host/rule-evaluation.ts):
 * the same rule written as both gives the same verdict at every cell, whatever the cells hold.
 */
import fc from "fast-check";
import {
  createExcelHost,
  createFormulaEvaluator,
  findSheet,
  ruleMatches,
  satisfiesOperator,
  type CellValue,
  type ExcelHost,
} from "../../workbench/host";

const evaluator = createFormulaEvaluator();
let host: ExcelHost;
beforeEach(() => {
  host = createExcelHost({ sheets: ["Điểm"], evaluator });
  host.install();
});
afterEach(() => host.uninstall());

const cellInput = fc.oneof(
  fc.constant(""),
  fc.integer({ min: -5, max: 15 }).map(String),
  fc.double({ min: -5, max: 15, noNaN: true }).map((x) => String(Math.round(x * 100) / 100)),
  fc.constantFrom("NA", "x", "8,25", "TRUE"),
);

type Operator =
  "Between" | "NotBetween" | "EqualTo" | "NotEqualTo" | "GreaterThan" | "LessThan" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";
const operator = fc.constantFrom<Operator>(
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
);

/** Conditional formats spell two operators without "To" (Office.js's ConditionalCellValueOperator). */
const cfOperator = (op: Operator) => op.replace(/OrEqualTo$/, "OrEqual") as Excel.ConditionalCellValueOperator;

describe("one evaluator for data validation and conditional formats", () => {
  test("a number rule: the sheet's validation and a conditional format agree at every number cell", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellInput, { minLength: 6, maxLength: 6 }),
        operator,
        fc.integer({ min: -2, max: 12 }),
        fc.integer({ min: -2, max: 12 }),
        async (inputs, op, low, high) => {
          host.workbook.sheets[0].dataValidations = [];
          host.workbook.sheets[0].conditionalFormats = [];
          await Excel.run(async (ctx) => {
            const range = ctx.workbook.worksheets.getItem("Điểm").getRange("B1:B6");
            range.values = inputs.map((input) => [input]);
            range.dataValidation.rule = { decimal: { formula1: low, formula2: high, operator: op } } as Excel.DataValidationRule;
            const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
            cf.cellValue.rule = { formula1: String(low), formula2: String(high), operator: cfOperator(op) };
            await ctx.sync();
          });
          const sheet = findSheet(host.workbook, "Điểm")!;
          const cf = sheet.conditionalFormats[0];
          for (let row = 0; row < inputs.length; row++) {
            const cell = sheet.cells.get(row * 16384 + 1);
            if (typeof cell?.value !== "number") continue; // a decimal rule refuses text; a format compares it
            const valid = await Excel.run(async (ctx) => {
              const dv = ctx.workbook.worksheets.getItem("Điểm").getCell(row, 1).dataValidation.load("valid");
              await ctx.sync();
              return dv.valid;
            });
            expect({ row, value: cell.value, op, low, high, valid }).toEqual({
              row,
              value: cell.value,
              op,
              low,
              high,
              valid: ruleMatches(evaluator.evaluate, host.workbook, sheet, cf, row, 1),
            });
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test("a formula rule gives the same verdict as validation and as a format, relative to each cell", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Điểm").getRange("C1:C4");
      range.values = [[1], [5], ["x"], [""]];
      ctx.workbook.worksheets.getItem("Điểm").getRange("D1:D4").values = [[2], [2], [2], [2]];
      range.dataValidation.rule = { custom: { formula: "=C1>D1" } };
      range.dataValidation.ignoreBlanks = false;
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=C1>D1";
      await ctx.sync();
    });
    const sheet = findSheet(host.workbook, "Điểm")!;
    const verdicts = [];
    for (let row = 0; row < 3; row++) {
      const valid = await Excel.run(async (ctx) => {
        const dv = ctx.workbook.worksheets.getItem("Điểm").getCell(row, 2).dataValidation.load("valid");
        await ctx.sync();
        return dv.valid;
      });
      verdicts.push([valid, ruleMatches(evaluator.evaluate, host.workbook, sheet, sheet.conditionalFormats[0], row, 2)]);
    }
    // 1 > 2 no; 5 > 2 yes; "x" > 2 is TRUE in Excel (text sorts after numbers).
    expect(verdicts).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
  });
});

describe("comparing by operator", () => {
  const compare = (op: string, x: CellValue, a: CellValue, b: CellValue = null) => satisfiesOperator(op, x, a, b);
  test("between takes its bounds in either order, and both Office.js spellings of ≥ and ≤", () => {
    expect(compare("Between", 5, 10, 1)).toBe(true);
    expect(compare("NotBetween", 5, 10, 1)).toBe(false);
    expect(compare("GreaterThanOrEqual", 5, 5)).toBe(true);
    expect(compare("GreaterThanOrEqualTo", 5, 5)).toBe(true);
    expect(compare("LessThanOrEqual", 6, 5)).toBe(false);
  });
  test("numbers sort before text, text compares without case, a blank cell is 0 against a number", () => {
    expect(compare("GreaterThan", "a", 100)).toBe(true);
    expect(compare("EqualTo", "Đạt", "đạt")).toBe(true);
    expect(compare("LessThan", null, 1)).toBe(true);
    expect(compare("EqualTo", "", 0)).toBe(true);
    expect(compare("EqualTo", null, "x")).toBe(false);
  });
});
