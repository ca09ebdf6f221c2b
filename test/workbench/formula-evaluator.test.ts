/** Formula evaluation through fast-formula-parser, custom functions and recalculation. */
import { createExcelHost, ExcelHost, getCell, getValue, createFormulaEvaluator } from "../../workbench/host";

type Grid = (number | string | boolean | null)[][];

function sumGrid(grid: Grid): number {
  return grid.flat().reduce<number>((acc, v) => acc + (typeof v === "number" ? v : 0), 0);
}

let host: ExcelHost;
let calls: unknown[][] = [];

beforeEach(() => {
  calls = [];
  host = createExcelHost({
    sheets: ["Scores", "Tổng hợp"],
    evaluator: createFormulaEvaluator({
      functions: {
        "TEST.SUM": (grid: Grid, bonus: number | null) => {
          calls.push([grid, bonus]);
          return sumGrid(grid) + (bonus ?? 0);
        },
        "PAR.TOTAL": (grid: Grid) => sumGrid(grid),
        "TEST.FAIL": () => {
          throw new Error("Thiếu dữ liệu");
        },
        "TEST.NA": () => ({ code: "#N/A", message: "No rubric loaded" }),
      },
    }),
  });
  host.install();
});

afterEach(() => host.uninstall());

async function write(sheet: string, address: string, formulas: unknown[][]): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
    await ctx.sync();
  });
}

async function read(sheet: string, address: string): Promise<unknown[][]> {
  return Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await ctx.sync();
    return r.values;
  });
}

test("built-in functions and cross-sheet references", async () => {
  await write("Scores", "A1:A3", [[2], [3], [""]]);
  await write("Tổng hợp", "A1:C1", [["=SUM(Scores!A1:A3)", "=AVERAGE(Scores!A:A)", '=IF(Scores!A1>1,"Đạt","Không")']]);
  expect(await read("Tổng hợp", "A1:C1")).toEqual([[5, 2.5, "Đạt"]]);
});

test("a custom function with a dotted name receives ranges as 2-D arrays with blanks as null", async () => {
  await write("Scores", "A1:B2", [
    [1, ""],
    [2, 4],
  ]);
  await write("Scores", "D1:D2", [["=TEST.SUM(A1:B2, 10)"], ["=TEST.SUM(A1:B2)"]]);
  expect(await read("Scores", "D1:D2")).toEqual([[17], [7]]);
  expect(calls[0]).toEqual([
    [
      [1, null],
      [2, 4],
    ],
    10,
  ]);
  expect(calls[1]).toEqual([
    [
      [1, null],
      [2, 4],
    ],
    null,
  ]); // omitted optional argument is null
});

test("a workbook-scope defined name resolves to its range", async () => {
  await write("Scores", "B2:B4", [[8], [9], [7.5]]);
  await Excel.run(async (ctx) => {
    ctx.workbook.names.add("DiemThanhPhan", ctx.workbook.worksheets.getItem("Scores").getRange("B2:B4"));
    ctx.workbook.worksheets.getItem("Tổng hợp").getRange("A1:B1").formulas = [
      ["=PAR.TOTAL(DiemThanhPhan)", "=SUM(DiemThanhPhan)/COUNT(DiemThanhPhan)"],
    ];
    await ctx.sync();
  });
  expect(await read("Tổng hợp", "A1:B1")).toEqual([[24.5, 24.5 / 3]]);
});

test("dependent cells recalculate after a precedent changes (in any order)", async () => {
  // C1 depends on B1 which depends on A1; written out of dependency order.
  await write("Scores", "A1:C1", [[1, "=A1*2", "=B1+A1"]]);
  await write("Scores", "E1", [["=C1*10"]]);
  expect(await read("Scores", "A1:E1")).toEqual([[1, 2, 3, "", 30]]);
  await write("Scores", "A1", [[5]]);
  expect(await read("Scores", "A1:E1")).toEqual([[5, 10, 15, "", 150]]);
  expect(getValue(host.workbook, "Scores!E1")).toBe(150);
});

test("a range without formulas, read once per recalculation, still follows every edit", async () => {
  // A rubric-like block of plain values used by many formulas, next to a block that holds a formula.
  await write("Scores", "A1:B3", [
    [1, 10],
    [2, 20],
    [3, "=A3*10"],
  ]);
  await write("Scores", "D1:D4", [["=TEST.SUM(A1:A3)"], ["=SUM(A1:A3)"], ["=TEST.SUM(A1:A3, 1)"], ["=TEST.SUM(B1:B3)"]]);
  expect(await read("Scores", "D1:D4")).toEqual([[6], [6], [7], [60]]);
  await write("Scores", "A2:A3", [[5], [4]]);
  expect(await read("Scores", "D1:D4")).toEqual([[10], [10], [11], [70]]);
  // Each formula gets its own copy: what one function does to its argument never reaches another.
  expect(calls.at(-2)?.[0]).not.toBe(calls.at(-4)?.[0]);
});

test("a load in the same batch as the write sees recalculated values", async () => {
  await write("Scores", "B1", [["=A1+1"]]);
  const values = await Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Scores");
    sheet.getRange("A1").values = [[41]];
    const r = sheet.getRange("B1").load("values");
    await ctx.sync();
    return r.values;
  });
  expect(values).toEqual([[42]]);
});

test("errors become Excel error values, with the message kept on the cell", async () => {
  await write("Scores", "A1:F1", [["=1/0", "=TEST.FAIL()", "=TEST.NA()", "=NOPE.FN(1)", "=A1+1", "=Missing!A1"]]);
  expect(await read("Scores", "A1:F1")).toEqual([["#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#DIV/0!", "#REF!"]]);
  expect(getCell(host.workbook, "Scores!B1")?.error).toEqual({ code: "#VALUE!", message: "Thiếu dữ liệu" });
  expect(getCell(host.workbook, "Scores!C1")?.error?.message).toBe("No rubric loaded");
  const types = await Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Scores").getRange("A1:B1").load("valueTypes, text");
    await ctx.sync();
    return [r.valueTypes, r.text];
  });
  expect(types).toEqual([[["Error", "Error"]], [["#DIV/0!", "#VALUE!"]]]);
});

test("circular references do not hang and read the previous value", async () => {
  await write("Scores", "A1:B1", [["=B1+1", "=A1+1"]]);
  const values = await read("Scores", "A1:B1");
  expect(values[0].every((v) => typeof v === "number")).toBe(true);
});

test("long dependency chains are computed correctly", async () => {
  const n = 600;
  const formulas = Array.from({ length: n }, (_, i) => [i === 0 ? 1 : `=A${i}+1`]);
  await write("Scores", `A1:A${n}`, formulas);
  expect(getValue(host.workbook, `Scores!A${n}`)).toBe(n);
});

test("deleting a sheet turns references to it into #REF!", async () => {
  await write("Tổng hợp", "A1", [[3]]);
  await write("Scores", "A1", [["='Tổng hợp'!A1*2"]]);
  expect(await read("Scores", "A1")).toEqual([[6]]);
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Tổng hợp").delete();
    await ctx.sync();
  });
  expect(getCell(host.workbook, "Scores!A1")?.formula).toBe("=#REF!A1*2");
  expect(await read("Scores", "A1")).toEqual([["#REF!"]]);
});

test("the evaluator can be swapped or removed at runtime", async () => {
  await write("Scores", "A1", [["=1+1"]]);
  host.setEvaluator(null);
  expect(getValue(host.workbook, "Scores!A1")).toBeNull();
  host.setEvaluator((formula) => `evaluated ${formula}`);
  expect(getValue(host.workbook, "Scores!A1")).toBe("evaluated =1+1");
});
