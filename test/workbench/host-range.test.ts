/** Range semantics: dimensions, input interpretation, display text, addresses, formats. */
import { getCell, getValue } from "../../workbench/host";
import { useHost, failure } from "./host-test-support";

const currentHost = useHost(["Sheet1", "Bảng điểm"]);

describe("values", () => {
  test("a 2-D array with different dimensions fails at sync with InvalidArgument (even [[x]] on a bigger range)", async () => {
    const tooSmall = await failure(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1]];
      await ctx.sync();
    });
    expect(tooSmall.code).toBe("InvalidArgument");
    expect(tooSmall.message).toMatch(/doesn't match the size or dimensions/);
    const ragged = await failure(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
      await ctx.sync();
    });
    expect(ragged.code).toBe("InvalidArgument");
  });

  test("a single non-array value is applied to every cell (Excel accepts it; the typings do not)", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (r as unknown as { values: unknown }).values = 7;
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([
        [7, 7],
        [7, 7],
      ]);
    });
  });

  test("strings starting with = (and + / -) become formulas; this is why the app must write text safely", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D1").values = [["=1+1", "-Không đạt", "'=literal", "+84 912"]];
      const safe = sheet.getRange("A2");
      safe.numberFormat = [["@"]];
      safe.values = [["=SUM(1)"]];
      const r = sheet.getRange("A1:D2").load("formulas");
      await ctx.sync();
      expect(r.formulas[0]).toEqual(["=1+1", "=-Không đạt", "=literal", "=+84 912"]);
      expect(r.formulas[1][0]).toBe("=SUM(1)"); // text-formatted cell keeps the text
    });
    expect(getCell(currentHost().workbook, "Sheet1!A1")?.formula).toBe("=1+1");
    expect(getCell(currentHost().workbook, "Sheet1!C1")?.formula).toBeNull();
    expect(getCell(currentHost().workbook, "Sheet1!C1")?.value).toBe("=literal");
    expect(getCell(currentHost().workbook, "Sheet1!A2")?.formula).toBeNull();
  });

  test("numeric-looking text becomes a number, booleans become booleans, percents get a % format", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      r.values = [["12.5", "TRUE", "50%", "0012"]];
      r.load("values, numberFormat, valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([[12.5, true, 0.5, 12]]);
      expect(r.numberFormat[0][2]).toBe("0%");
      expect(r.valueTypes).toEqual([["Double", "Boolean", "Double", "Double"]]);
    });
  });

  test("null entries leave cells unchanged; blank cells read as empty strings", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [[1, 2, 3]];
      await ctx.sync();
      r.values = [[null, "", 9]];
      const read = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").load("values, valueTypes");
      await ctx.sync();
      expect(read.values).toEqual([[1, "", 9, ""]]);
      expect(read.valueTypes[0][1]).toBe("Empty");
    });
  });

  test("without an evaluator, formula cells report null values", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.formulas = [["=1+1"]];
      r.load("values, formulas");
      await ctx.sync();
      expect(r.values).toEqual([[null]]);
      expect(r.formulas).toEqual([["=1+1"]]);
    });
  });

  test("one formula written to many cells shifts relative references like fill", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("C1:C3");
      (r as unknown as { formulas: unknown }).formulas = "=A1*$B$1";
      r.load("formulas");
      await ctx.sync();
      expect(r.formulas).toEqual([["=A1*$B$1"], ["=A2*$B$1"], ["=A3*$B$1"]]);
    });
  });
});

describe("text and number formats", () => {
  test("text applies basic number formats", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:H1");
      r.values = [[2.5, 2.345, 0.8567, 0.8567, 1234567.891, 1.005, "abc", true]];
      r.numberFormat = [["0", "0.00", "0%", "0.0%", "#,##0.00", "0.00", "@", "General"]];
      r.load("text");
      await ctx.sync();
      expect(r.text).toEqual([["3", "2.35", "86%", "85.7%", "1,234,567.89", "1.01", "abc", "TRUE"]]);
    });
  });
});

describe("addresses and navigation", () => {
  test("address is reported with quoted sheet names when needed", async () => {
    await Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Bảng điểm").getRange("b2:c3").load("address");
      const b = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:C").load("address, rowCount, isEntireColumn");
      const c = ctx.workbook.worksheets.getItem("Sheet1").getRange("2:3").load("address, columnCount");
      const d = ctx.workbook.worksheets.getItem("Sheet1").getRange("Sheet1!$D$4").load("address");
      await ctx.sync();
      expect(a.address).toBe("'Bảng điểm'!B2:C3");
      expect([b.address, b.rowCount, b.isEntireColumn]).toEqual(["Sheet1!A:C", 1048576, true]);
      expect([c.address, c.columnCount]).toEqual(["Sheet1!2:3", 16384]);
      expect(d.address).toBe("Sheet1!D4");
    });
  });

  test("an invalid address or another sheet's address fails with InvalidArgument", async () => {
    for (const address of ["A0", "nonsense name", "Bảng điểm!A1"]) {
      const err = await failure(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
        await ctx.sync();
      });
      expect(err.code).toBe("InvalidArgument");
    }
  });

  test("getRangeByIndexes, getCell, getOffsetRange, getResizedRange, getRow, getColumn, getEntireColumn", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRangeByIndexes(1, 1, 3, 2); // B2:C4
      const results = [
        base,
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(1, -1),
        base.getRow(2),
        base.getColumn(1),
        base.getEntireColumn(),
        base.getLastCell(),
        base.getIntersection("C3:Z9"),
        base.getBoundingRect("E9"),
      ].map((r) => r.load("address"));
      await ctx.sync();
      expect(results.map((r) => r.address)).toEqual([
        "Sheet1!B2:C4",
        "Sheet1!C3",
        "Sheet1!B3:C5",
        "Sheet1!B2:B5",
        "Sheet1!B4:C4",
        "Sheet1!C2:C4",
        "Sheet1!B:C",
        "Sheet1!C4",
        "Sheet1!C3:C4",
        "Sheet1!B2:E9",
      ]);
    });
  });

  test("a range leads to its worksheet, and a conditional format back to its range", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Bảng điểm").getRange("B2:C4");
      const sheet = range.worksheet.load("name");
      range.load("worksheet/name");
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=B2<5";
      const cfRange = cf.getRange().load("address");
      await ctx.sync();
      expect(sheet.name).toBe("Bảng điểm");
      expect(range.worksheet.name).toBe("Bảng điểm");
      expect(cfRange.address).toBe("'Bảng điểm'!B2:C4");
    });
  });

  test("getUsedRange / getUsedRangeOrNullObject", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRangeOrNullObject();
      const emptyUsed = sheet.getUsedRange().load("address");
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      expect(emptyUsed.address).toBe("Sheet1!A1");
      sheet.getRange("B2").values = [[1]];
      sheet.getRange("D5").format.fill.color = "#ff0000";
      const used = sheet.getUsedRange().load("address");
      const usedValues = sheet.getUsedRange(true).load("address");
      await ctx.sync();
      expect(used.address).toBe("Sheet1!B2:D5");
      expect(usedValues.address).toBe("Sheet1!B2");
    });
  });

  test("select() and getSelectedRange(); activate() and getActiveWorksheet()", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Bảng điểm").getRange("C5:D6").select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(sel.address).toBe("'Bảng điểm'!C5:D6");
      expect(active.name).toBe("Bảng điểm");
      ctx.workbook.worksheets.getItem("Sheet1").activate();
      const active2 = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(active2.name).toBe("Sheet1");
    });
    expect(currentHost().workbook.selection).toEqual({ sheetId: currentHost().workbook.sheets[0].id, address: "A1" });
  });
});

describe("formatting", () => {
  test("format properties are recorded and read back; mixed values read as null", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("A1:B2");
      r.format.fill.color = "#c6efce";
      r.format.font.bold = true;
      r.format.font.color = "Red";
      r.format.font.size = 14;
      r.format.wrapText = true;
      r.format.horizontalAlignment = "Center";
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      sheet.getRange("B2").format.font.italic = true;
      const read = sheet
        .getRange("A1:B2")
        .load("format/fill/color, format/font, format/wrapText, format/columnWidth, format/rowHeight, format/horizontalAlignment");
      await ctx.sync();
      expect(read.format.fill.color).toBe("#C6EFCE");
      expect(read.format.font.bold).toBe(true);
      expect(read.format.font.color).toBe("#FF0000");
      expect(read.format.font.size).toBe(14);
      expect(read.format.font.italic).toBeNull();
      expect(read.format.wrapText).toBe(true);
      expect(read.format.horizontalAlignment).toBe("Center");
      expect(read.format.columnWidth).toBe(120);
      expect(read.format.rowHeight).toBe(30);
    });
    expect(currentHost().workbook.sheets[0].columnWidths.get(1)).toBe(120);
    expect(getCell(currentHost().workbook, "Sheet1!A1")?.format.fill).toBe("#C6EFCE");
  });

  test("an invalid colour fails with InvalidArgument; fill.clear() removes the fill", async () => {
    const err = await failure(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not-a-colour";
      await ctx.sync();
    });
    expect(err.code).toBe("InvalidArgument");
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.format.fill.color = "#123456";
      r.format.fill.clear();
      r.format.fill.load("color");
      await ctx.sync();
      expect(r.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("autofitColumns widens columns holding long text", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [["A fairly long header text for autofit", "x"]];
      r.format.autofitColumns();
      await ctx.sync();
    });
    const widths = currentHost().workbook.sheets[0].columnWidths;
    expect(widths.get(0)!).toBeGreaterThan(150);
    expect(widths.get(1)!).toBeLessThan(48);
  });

  test("clear() removes contents and formats; clear('Contents') keeps formats", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [[1, 2]];
      r.format.font.bold = true;
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").clear("Contents");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B1").clear();
      await ctx.sync();
    });
    expect(getValue(currentHost().workbook, "Sheet1!A1")).toBe("");
    expect(getCell(currentHost().workbook, "Sheet1!A1")?.format.bold).toBe(true);
    expect(getCell(currentHost().workbook, "Sheet1!B1")).toBeUndefined();
  });

  test("formatting an entire column applies to cells written later (e.g. unlocked input column)", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").format.protection.locked = false;
      sheet.getRange("C10").values = [[1]];
      const p = sheet.getRange("C10:C11").format.protection.load("locked");
      await ctx.sync();
      expect(p.locked).toBe(false);
    });
    expect(getCell(currentHost().workbook, "Sheet1!C10")?.format.locked).toBe(false);
  });

  test("range.set() assigns nested properties", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.set({ values: [["x"]], format: { fill: { color: "#00FF00" }, font: { bold: true } } });
      await ctx.sync();
    });
    expect(getCell(currentHost().workbook, "Sheet1!A1")).toMatchObject({ value: "x", format: { fill: "#00FF00", bold: true } });
  });
});
