/**
 * Proxy semantics: loads, syncs, queued writes, *OrNullObject, error shapes, globals.
 * Tests use the global `Excel` (typed by @types/office-js) to prove add-in code runs unchanged.
 */
import { createExcelHost, ExcelHost, HostError } from "../../workbench/host";

let host: ExcelHost;

beforeEach(() => {
  host = createExcelHost({ sheets: ["Sheet1", "Scores"] });
  host.install();
});

afterEach(() => host.uninstall());

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    return e as HostError;
  }
  throw new Error("expected the promise to reject");
}

describe("load / sync", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(() => range.values).toThrow(/call the load method/);
    });
  });

  test("load without sync still throws; after sync the value is available", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "x"]];
      await ctx.sync();
      const again = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      again.load("values, address");
      expect(() => again.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(again.values).toEqual([[1, "x"]]);
      expect(again.address).toBe("Sheet1!A1:B1");
    });
  });

  test("values are snapshots: a load before a write in the same batch sees the old value", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });

  test("locally set properties are readable without load (Office.js keeps the set value)", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
    });
  });

  test("load accepts arrays, select objects, nested paths and collection item paths", async () => {
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.format.fill.color = "yellow";
      await ctx.sync();
      const r2 = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2");
      r2.load(["rowIndex", "columnIndex"]);
      r2.load({ select: "format/fill/color, rowCount" });
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      expect([r2.rowIndex, r2.columnIndex, r2.rowCount]).toEqual([1, 1, 1]);
      expect(r2.format.fill.color).toBe("#FFFF00");
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Scores"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load() with no arguments loads all scalar properties; toJSON returns them", async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Scores").load();
      await ctx.sync();
      expect(ws.toJSON()).toMatchObject({ name: "Scores", position: 1, visibility: "Visible" });
    });
  });
});

describe("sync counting and ordering", () => {
  test("stats.syncs counts context.sync calls; Excel.run flushes pending work once", async () => {
    host.stats.reset();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(host.stats.syncs).toBe(3);
    expect(host.stats.requests.map((r) => r.operations)).toEqual([1, 0, 1]);
    expect(host.workbook.sheets[0].cells.size).toBe(2);
  });

  test("writes are queued and applied in order at sync", async () => {
    await Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A1").values = [["second"]];
      expect(host.workbook.sheets[0].cells.size).toBe(0); // nothing applied before sync
      await ctx.sync();
    });
    expect(host.workbook.sheets[0].cells.get(0)?.value).toBe("second");
  });

  test("Excel.run returns the batch's value", async () => {
    const value = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return ws.name;
    });
    expect(value).toBe("Sheet1");
  });

  test("operations before a failing one stay applied, later ones do not", async () => {
    const err = await rejection(
      Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2:B2").values = [[1]]; // wrong dimensions
        sheet.getRange("A3").values = [[3]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.name).toBe("RichApi.Error");
    expect(err.debugInfo.errorLocation).toBe("Range.values");
    expect(host.workbook.sheets[0].cells.size).toBe(1);
  });

  test("a batch that does not return a promise fails with RunMustReturnPromise", async () => {
    const err = await rejection((Excel.run as unknown as (f: () => void) => Promise<void>)(() => undefined));
    expect(err.code).toBe("RunMustReturnPromise");
  });
});

describe("getItem / getItemOrNullObject", () => {
  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Missing"); // no error yet
      ws.load("name");
      const err = await rejection(ctx.sync());
      expect(err.code).toBe("ItemNotFound");
    });
  });

  test("getItem is case-insensitive like Excel", async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("sCoReS").load("name");
      await ctx.sync();
      expect(ws.name).toBe("Scores");
    });
  });

  test("getItemOrNullObject reports isNullObject after sync", async () => {
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Scores");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a worksheet proxy stays bound after rename", async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Scores");
      ws.load("name");
      await ctx.sync();
      ws.name = "Điểm";
      ws.getRange("A1").values = [["ok"]];
      await ctx.sync();
      ws.load("name");
      await ctx.sync();
      expect(ws.name).toBe("Điểm");
    });
    expect(host.workbook.sheets[1].cells.get(0)?.value).toBe("ok");
  });

  test("collections: items after load, getCount as ClientResult", async () => {
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const count = sheets.getCount();
      sheets.load("name");
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(sheets.items).toHaveLength(2);
    });
  });
});

describe("globals", () => {
  test("install sets Excel, a minimal Office and OfficeExtension; uninstall restores", async () => {
    expect(typeof Excel.run).toBe("function");
    expect(Excel.ConditionalFormatType.custom).toBe("Custom");
    expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    const info = await Office.onReady();
    expect(info.host).toBe("Excel");
    expect(Office.context.displayLanguage).toBe("en-US");
    host.uninstall();
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
    expect((globalThis as Record<string, unknown>).Office).toBeUndefined();
    host.install();
  });

  test("new Excel.RequestContext() works outside Excel.run", async () => {
    const ctx = new Excel.RequestContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[42]];
    await ctx.sync();
    expect(host.workbook.sheets[0].cells.size).toBe(1);
  });

  test("a context used after Excel.run completed fails", async () => {
    let saved: Excel.RequestContext | undefined;
    await Excel.run(async (ctx) => {
      saved = ctx;
    });
    saved!.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    const err = await rejection(saved!.sync());
    expect(err.code).toBe("InvalidObjectPath");
  });
});

test("collection.load('items') loads every item's scalar properties", async () => {
  await Excel.run(async (ctx) => {
    ctx.workbook.settings.add("a", 1);
    ctx.workbook.settings.add("b", [2]);
    const settings = ctx.workbook.settings.load("items");
    const sheets = ctx.workbook.worksheets.load({ select: "name, position" });
    await ctx.sync();
    expect(settings.items.map((s) => [s.key, s.value])).toEqual([
      ["a", 1],
      ["b", [2]],
    ]);
    expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
  });
});
