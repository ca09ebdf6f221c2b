/** Conditional formats, data validation, named items, settings, charts, sheets, layout. */
import { useHost, failure } from "./host-test-support";
import { createFormulaEvaluator } from "../../workbench/host";

const currentHost = useHost(["Scores", "Summary"]);

describe("conditional formats", () => {
  test("add custom and cellValue formats, read ids, delete by id", async () => {
    const ids = await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Scores").getRange("C2:C40");
      const low = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      low.custom.rule.formula = "=$C2<5";
      low.custom.format.fill.color = "#FFC7CE";
      low.custom.format.font.color = "#9C0006";
      const high = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      high.cellValue.format.font.bold = true;
      high.cellValue.rule = { formula1: "=8", operator: "GreaterThanOrEqual" };
      high.stopIfTrue = true;
      low.load("id, priority");
      high.load("id, priority");
      await ctx.sync();
      expect(high.priority).toBe(0); // the newest format is on top
      expect(low.priority).toBe(1);
      return [low.id, high.id];
    });
    const cfs = currentHost().workbook.sheets[0].conditionalFormats;
    expect(cfs).toHaveLength(2);
    expect(cfs.find((c) => c.id === ids[0])).toMatchObject({
      type: "Custom",
      address: "C2:C40",
      rule: { formula: "=$C2<5" },
      format: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
    });
    expect(cfs.find((c) => c.id === ids[1])).toMatchObject({
      type: "CellValue",
      rule: { formula1: "=8", operator: "GreaterThanOrEqual" },
      stopIfTrue: true,
      format: { bold: true },
    });

    await Excel.run(async (ctx) => {
      const coll = ctx.workbook.worksheets.getItem("Scores").getRange("C2:C40").conditionalFormats;
      coll.getItem(ids[0]).delete();
      const gone = coll.getItemOrNullObject(ids[0]);
      coll.load("items/id");
      await ctx.sync();
      expect(gone.isNullObject).toBe(true);
      expect(coll.items.map((c) => c.id)).toEqual([ids[1]]);
    });
  });

  test("writing the wrong rule kind fails; clearAll removes formats on the range", async () => {
    const err = await failure(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("Scores").getRange("A1").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.custom.rule.formula = "=TRUE";
      await ctx.sync();
    });
    expect(err.code).toBe("InvalidOperation");
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Scores").getRange("A:A").conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(currentHost().workbook.sheets[0].conditionalFormats).toHaveLength(0);
  });
});

describe("data validation", () => {
  test("rules are recorded with prompt / alert and `valid` checks current values", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Scores");
      const scores = sheet.getRange("B2:B4");
      scores.dataValidation.rule = { decimal: { formula1: 0, formula2: "=10", operator: Excel.DataValidationOperator.between } };
      scores.dataValidation.prompt = { showPrompt: true, title: "Điểm", message: "0 – 10" };
      scores.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Sai", message: "Nhập 0–10" };
      sheet.getRange("C2:C4").dataValidation.rule = { list: { source: "Đạt,Không đạt", inCellDropDown: true } };
      scores.values = [[5], [9.5], [""]];
      sheet.getRange("C2:C3").values = [["Đạt"], ["Không đạt"]];
      const v1 = scores.dataValidation.load("valid, type, rule");
      const v2 = sheet.getRange("C2:C3").dataValidation.load("valid");
      await ctx.sync();
      expect(v1.valid).toBe(true);
      expect(v1.type).toBe("Decimal");
      expect(v1.rule).toEqual({ decimal: { formula1: 0, formula2: "=10", operator: "Between" } });
      expect(v2.valid).toBe(true);
      sheet.getRange("B3").values = [[11]];
      sheet.getRange("C2").values = [["Maybe"]];
      const mixed = scores.dataValidation.load("valid");
      const bad = sheet.getRange("C2").dataValidation.load("valid");
      await ctx.sync();
      expect(mixed.valid).toBeNull(); // both valid and invalid cells
      expect(bad.valid).toBe(false);
    });
    const dvs = currentHost().workbook.sheets[0].dataValidations;
    expect(dvs.map((d) => d.address)).toEqual(["B2:B4", "C2:C4"]);
    expect(dvs[0].prompt).toEqual({ showPrompt: true, title: "Điểm", message: "0 – 10" });
    expect(dvs[0].errorAlert.message).toBe("Nhập 0–10");
  });

  test("a new rule replaces the old one on overlapping cells; clear() removes coverage", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Scores");
      sheet.getRange("B2:B10").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      sheet.getRange("B5").dataValidation.rule = { list: { source: "1,2", inCellDropDown: true } };
      sheet.getRange("B10").dataValidation.clear();
      const all = sheet.getRange("B2:B10").dataValidation.load("type");
      await ctx.sync();
      expect(all.type).toBe("Inconsistent");
    });
    expect(
      currentHost()
        .workbook.sheets[0].dataValidations.map((d) => d.address)
        .sort(),
    ).toEqual(["B2:B4", "B5", "B6:B9"]);
  });

  test("invalid rules fail with InvalidArgument", async () => {
    const err = await failure(async (ctx) => {
      ctx.workbook.worksheets.getItem("Scores").getRange("B2").dataValidation.rule = { decimal: { formula1: 0, operator: "Between" } };
      await ctx.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });

  test("custom rules are evaluated relative to each cell when an evaluator is configured", async () => {
    currentHost().setEvaluator(createFormulaEvaluator());
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Scores");
      sheet.getRange("A1:B2").values = [
        [1, 5],
        [1, 50],
      ];
      sheet.getRange("B1:B2").dataValidation.rule = { custom: { formula: "=B1<=A1*10" } };
      const first = sheet.getRange("B1").dataValidation.load("valid");
      const second = sheet.getRange("B2").dataValidation.load("valid");
      await ctx.sync();
      expect(first.valid).toBe(true);
      expect(second.valid).toBe(false);
    });
  });
});

describe("named items", () => {
  test("add from a Range and from a formula; read formula, type, value; delete", async () => {
    await Excel.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.add("ScoreCells", ctx.workbook.worksheets.getItem("Scores").getRange("B2:B40"), "Điểm thành phần");
      names.add("MaxScore", "=10");
      const a = names.getItem("scorecells").load("name, formula, type, value, comment");
      const b = names.getItem("MaxScore").load("type, value");
      const range = names.getItem("ScoreCells").getRange().load("address");
      await ctx.sync();
      expect([a.name, a.formula, a.type, a.value, a.comment]).toEqual([
        "ScoreCells",
        "=Scores!$B$2:$B$40",
        "Range",
        "Scores!$B$2:$B$40",
        "Điểm thành phần",
      ]);
      expect([b.type, b.value]).toEqual(["Integer", 10]);
      expect(range.address).toBe("Scores!B2:B40");
      names.getItem("MaxScore").delete();
      const gone = names.getItemOrNullObject("MaxScore");
      await ctx.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(currentHost().workbook.names.map((n) => n.name)).toEqual(["ScoreCells"]);
  });

  test("duplicate and invalid names are rejected; worksheet.getRange accepts a defined name", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add("Total", "=Summary!$B$2");
      const r = ctx.workbook.worksheets.getItem("Summary").getRange("Total").load("address");
      await ctx.sync();
      expect(r.address).toBe("Summary!B2");
    });
    expect(
      (
        await failure(async (ctx) => {
          ctx.workbook.names.add("total", "=1");
          await ctx.sync();
        })
      ).code,
    ).toBe("ItemAlreadyExists");
    expect(
      (
        await failure(async (ctx) => {
          ctx.workbook.names.add("A1", "=1");
          await ctx.sync();
        })
      ).code,
    ).toBe("InvalidArgument");
    expect(
      (
        await failure(async (ctx) => {
          ctx.workbook.names.add("has space", "=1");
          await ctx.sync();
        })
      ).code,
    ).toBe("InvalidArgument");
  });

  test("renaming a sheet rewrites names and formulas that point at it", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.names.add("S", ctx.workbook.worksheets.getItem("Scores").getRange("A1"));
      ctx.workbook.worksheets.getItem("Summary").getRange("A1").formulas = [["=Scores!A1+'Scores'!B1"]];
      ctx.workbook.worksheets.getItem("Scores").name = "Điểm chi tiết";
      await ctx.sync();
    });
    expect(currentHost().workbook.names[0].formula).toBe("='Điểm chi tiết'!$A$1");
    expect(currentHost().workbook.sheets[1].cells.get(0)?.formula).toBe("='Điểm chi tiết'!A1+'Điểm chi tiết'!B1");
  });
});

describe("settings", () => {
  test("add, read, update and delete JSON-serialisable settings", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.settings.add("rubric", { id: "par-2024", version: 3 });
      const s = ctx.workbook.settings.getItem("rubric").load("value");
      const missing = ctx.workbook.settings.getItemOrNullObject("nope");
      await ctx.sync();
      expect(s.value).toEqual({ id: "par-2024", version: 3 });
      expect(missing.isNullObject).toBe(true);
      s.value = { id: "par-2025", version: 1 };
      await ctx.sync();
    });
    expect(JSON.parse(currentHost().workbook.settings.get("rubric")!)).toEqual({ id: "par-2025", version: 1 });
    await Excel.run(async (ctx) => {
      ctx.workbook.settings.getItem("rubric").delete();
      const all = ctx.workbook.settings.load("items");
      await ctx.sync();
      expect(all.items).toHaveLength(0);
    });
    const err = await failure(async (ctx) => {
      ctx.workbook.settings.getItem("rubric").load("value");
      await ctx.sync();
    });
    expect(err.code).toBe("ItemNotFound");
  });
});

describe("charts, sheets and layout", () => {
  test("charts are recorded with type, source, title, legend and position", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Summary");
      const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange("A1:B9"), Excel.ChartSeriesBy.columns);
      chart.title.text = "Chỉ số PAR INDEX";
      chart.name = "ParChart";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.maximum = 100;
      chart.setPosition("D2", "K20");
      const loaded = sheet.charts.getItem("ParChart").load("name, chartType");
      await ctx.sync();
      expect([loaded.name, loaded.chartType]).toEqual(["ParChart", "BarClustered"]);
    });
    expect(currentHost().workbook.sheets[1].charts[0]).toMatchObject({
      name: "ParChart",
      type: "BarClustered",
      sourceAddress: "Summary!A1:B9",
      seriesBy: "Columns",
      title: "Chỉ số PAR INDEX",
      legend: { position: "Bottom" },
      position: { startCell: "D2", endCell: "K20" },
      axes: { valueAxis: { maximum: 100 } },
    });
  });

  test("worksheets.add validates names; duplicates fail at sync with ItemAlreadyExists", async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Báo cáo");
      ws.load("name, position");
      await ctx.sync();
      expect([ws.name, ws.position]).toEqual(["Báo cáo", 2]);
    });
    expect(
      (
        await failure(async (ctx) => {
          ctx.workbook.worksheets.add("scores");
          await ctx.sync();
        })
      ).code,
    ).toBe("ItemAlreadyExists");
    for (const bad of ["a/b", "x".repeat(32), "What?", ""]) {
      expect(
        (
          await failure(async (ctx) => {
            ctx.workbook.worksheets.add(bad);
            await ctx.sync();
          })
        ).code,
      ).toBe("InvalidArgument");
    }
  });

  test("sheet properties, delete, freeze panes and page layout are recorded", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Scores");
      sheet.tabColor = "#1F4E79";
      sheet.position = 1;
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.paperSize = Excel.PaperType.a4;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      sheet.pageLayout.centerHorizontally = true;
      ctx.workbook.worksheets.getItem("Summary").visibility = Excel.SheetVisibility.hidden;
      await ctx.sync();
    });
    const s = currentHost().workbook.sheets.find((x) => x.name === "Scores")!;
    expect(currentHost().workbook.sheets.map((x) => x.name)).toEqual(["Summary", "Scores"]);
    expect(s).toMatchObject({ tabColor: "#1F4E79", frozenRows: 2, frozenColumns: 0 });
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
      centerHorizontally: true,
    });
    const last = await failure(async (ctx) => {
      ctx.workbook.worksheets.getItem("Scores").delete();
      await ctx.sync();
    });
    expect(last.code).toBe("InvalidOperation"); // the only visible sheet
  });
});
