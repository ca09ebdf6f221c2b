/**
 * The workbench's own logic, in Node (fast; the browser flow is workbench-flow.test.ts): cell
 * writes like a user (input rules, data validation, protection), conditional formats evaluated
 * relative to each cell, and the number formats the grid shows.
 */
import { createExcelHost, type ExcelHost, createFormulaEvaluator, evaluateConditionalFormats, findSheet } from "../../workbench/host";
import { editText, formatCellValue } from "../../workbench/app/display";
import { gridExtent } from "../../workbench/app/grid-layout";

const evaluator = createFormulaEvaluator();
let host: ExcelHost;

beforeEach(() => {
  host = createExcelHost({ sheets: ["Điểm"], evaluator });
  host.install();
});

afterEach(() => host.uninstall());

const sheet = () => findSheet(host.workbook, "Điểm")!;
const value = (address: string) => host.workbook.sheets[0].cells.get(cellIndex(address))?.value ?? null;
function cellIndex(address: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return (Number(m[2]) - 1) * 16384 + col - 1;
}

describe("writing a cell like a user", () => {
  test("numbers are parsed, a Vietnamese decimal comma stays text, formulas recalculate", () => {
    const s = sheet();
    expect(host.typeCell(s, 0, 0, "8.25", { validate: true })).toEqual({ ok: true });
    expect(host.typeCell(s, 1, 0, "8,25", { validate: true })).toEqual({ ok: true });
    expect(host.typeCell(s, 2, 0, "=SUM(A1:A2)", { validate: true })).toEqual({ ok: true });
    expect(value("A1")).toBe(8.25);
    expect(value("A2")).toBe("8,25");
    expect(value("A3")).toBe(8.25);
    host.typeCell(s, 0, 0, "1", { validate: true });
    expect(value("A3")).toBe(1);
    expect(editText(s.cells.get(cellIndex("A2")))).toBe("8,25");
    expect(editText(s.cells.get(cellIndex("A3")))).toBe("=SUM(A1:A2)");
  });

  test("a typed value failing a stop rule is refused with the rule's alert; a paste is not validated", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Điểm").getRange("B1:B5");
      range.dataValidation.rule = { decimal: { formula1: 0, formula2: 2, operator: "Between" } } as Excel.DataValidationRule;
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Điểm không hợp lệ", message: "Nhập số từ 0 đến 2." };
      await context.sync();
    });
    const s = sheet();
    host.typeCell(s, 0, 1, "1.5", { validate: true });
    expect(host.typeCell(s, 0, 1, "5", { validate: true })).toEqual({
      ok: false,
      kind: "invalid",
      style: "Stop",
      title: "Điểm không hợp lệ",
      message: "Nhập số từ 0 đến 2.",
    });
    expect(value("B1")).toBe(1.5); // the previous value is back
    expect(host.typeCell(s, 1, 1, "abc", { validate: true })).toMatchObject({ ok: false, kind: "invalid" });
    expect(s.cells.has(cellIndex("B2"))).toBe(false);
    expect(host.typeCell(s, 1, 1, "abc", { validate: false })).toEqual({ ok: true });
    expect(host.pasteCells(s, { row: 2, col: 1, rowCount: 1, colCount: 1 }, [[9]])).toEqual({ ok: true });
    expect(value("B2")).toBe("abc");
    expect(value("B3")).toBe(9);
  });

  test("locked cells of a protected sheet refuse edits with Excel's message", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Điểm");
      ws.getRange("C1").format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
    });
    const s = sheet();
    expect(host.typeCell(s, 0, 2, "1", { validate: true })).toEqual({ ok: true });
    const refused = host.typeCell(s, 0, 3, "1", { validate: true });
    expect(refused).toMatchObject({ ok: false, kind: "protected" });
    expect((refused as { message: string }).message).toMatch(/protected sheet/);
  });
});

describe("conditional formats", () => {
  test("a custom rule is evaluated relative to each cell of its range, higher priority wins", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Điểm");
      ws.getRange("A1:B3").values = [
        [1, 10],
        [7, 2],
        [9, 8],
      ];
      const low = ws.getRange("B1:B3").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      low.custom.rule.formula = "=B1<$A1";
      low.custom.format.fill.color = "#FFC7CE";
      const big = ws.getRange("A1:B3").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      big.custom.rule.formula = "=A1>=8";
      big.custom.format.fill.color = "#C6EFCE";
      big.custom.format.font.bold = true;
      await context.sync();
    });
    const styles = evaluateConditionalFormats(evaluator.evaluate, host.workbook, sheet());
    const at = (address: string) => styles.get(cellIndex(address));
    expect(at("A1")).toBeUndefined();
    expect(at("B1")).toMatchObject({ fill: "#C6EFCE", bold: true }); // 10 >= 8 (newest rule first)
    expect(at("B2")).toMatchObject({ fill: "#FFC7CE" }); // 2 < 7
    expect(at("B3")).toMatchObject({ fill: "#C6EFCE" }); // both true: the higher priority fill
    expect(at("B3")!.rules).toHaveLength(2);
    expect(at("A3")).toMatchObject({ fill: "#C6EFCE" });
  });

  test("a cell-value rule compares with its operands", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Điểm");
      ws.getRange("A1:A3").values = [[1], [5], [""]];
      const cf = ws.getRange("A1:A3").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.rule = { formula1: "2", formula2: "6", operator: "Between" };
      cf.cellValue.format.font.color = "#9C0006";
      await context.sync();
    });
    const styles = evaluateConditionalFormats(evaluator.evaluate, host.workbook, sheet());
    expect(styles.get(cellIndex("A1"))).toBeUndefined();
    expect(styles.get(cellIndex("A2"))).toMatchObject({ fontColor: "#9C0006" });
    expect(styles.get(cellIndex("A3"))).toBeUndefined();
  });
});

describe("what cells show", () => {
  test("optional decimals and sections in number formats", () => {
    expect(formatCellValue(7.242, "0.00#")).toBe("7.242");
    expect(formatCellValue(1, "0.00#")).toBe("1.00");
    expect(formatCellValue(2.5, "0.00#")).toBe("2.50");
    expect(formatCellValue(3, "+0;-0;0")).toBe("+3");
    expect(formatCellValue(-2, "+0;-0;0")).toBe("-2");
    expect(formatCellValue(0, "+0;-0;0")).toBe("0");
    expect(formatCellValue(0.8, "0.0%")).toBe("80.0%");
    expect(formatCellValue("8,25", "0.00")).toBe("8,25");
  });

  test("the grid extends past the used range for typing", () => {
    const s = sheet();
    host.typeCell(s, 149, 39, "x", { validate: false });
    expect(gridExtent(s)).toEqual({ rows: 170, cols: 44 });
  });
});
