/** Worksheet protection: locked cells reject writes with AccessDenied, unlocked cells stay writable. */
import { getValue } from "../../workbench/host";
import { useHost, failure } from "./host-test-support";

const currentHost = useHost(["Input"]);

async function protectWithUnlockedB(): Promise<void> {
  await Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Input");
    sheet.getRange("B2:B10").format.protection.locked = false;
    sheet.protection.protect({ allowFormatColumns: true });
    await ctx.sync();
  });
}

test("writing a locked cell of a protected sheet fails with AccessDenied", async () => {
  await protectWithUnlockedB();
  const err = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("A1").values = [["x"]];
    await ctx.sync();
  });
  expect(err.code).toBe("AccessDenied");
  expect(err.message).toMatch(/protected sheet/);
  expect(getValue(currentHost().workbook, "Input!A1")).toBe("");
});

test("unlocked cells stay writable, and a range mixing locked and unlocked cells is rejected", async () => {
  await protectWithUnlockedB();
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("B2:B3").values = [[8], [9.5]];
    await ctx.sync();
  });
  expect(getValue(currentHost().workbook, "Input!B3")).toBe(9.5);
  const err = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("B10:B11").values = [[1], [2]];
    await ctx.sync();
  });
  expect(err.code).toBe("AccessDenied");
});

test("formatting needs allowFormatCells; column widths follow allowFormatColumns; locking cannot change", async () => {
  await protectWithUnlockedB();
  const fill = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("B2").format.fill.color = "yellow";
    await ctx.sync();
  });
  expect(fill.code).toBe("AccessDenied");
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("A:A").format.columnWidth = 100;
    await ctx.sync();
  });
  expect(currentHost().workbook.sheets[0].columnWidths.get(0)).toBe(100);
  const lock = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("A1").format.protection.locked = false;
    await ctx.sync();
  });
  expect(lock.code).toBe("AccessDenied");
});

test("conditional formats and data validation cannot be added to a protected sheet", async () => {
  await protectWithUnlockedB();
  const cf = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("B2:B10").conditionalFormats.add(Excel.ConditionalFormatType.custom);
    await ctx.sync();
  });
  expect(cf.code).toBe("AccessDenied");
  const dv = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").getRange("B2:B10").dataValidation.rule = {
      decimal: { formula1: 0, formula2: 10, operator: Excel.DataValidationOperator.between },
    };
    await ctx.sync();
  });
  expect(dv.code).toBe("AccessDenied");
});

test("protect/unprotect state, password check, and protect twice", async () => {
  await Excel.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem("Input").protection;
    p.protect({ allowFormatCells: true }, "secret");
    p.load("protected, isPasswordProtected, options");
    await ctx.sync();
    expect(p.protected).toBe(true);
    expect(p.isPasswordProtected).toBe(true);
    expect(p.options).toEqual({ allowFormatCells: true });
  });
  const twice = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").protection.protect();
    await ctx.sync();
  });
  expect(twice.code).toBe("AccessDenied");
  const wrong = await failure(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").protection.unprotect("nope");
    await ctx.sync();
  });
  expect(wrong.code).toBe("InvalidArgument");
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Input").protection.unprotect("secret");
    ctx.workbook.worksheets.getItem("Input").getRange("A1").values = [["now writable"]];
    await ctx.sync();
  });
  expect(getValue(currentHost().workbook, "Input!A1")).toBe("now writable");
  // The password is not part of the recorded request payload.
  expect(JSON.stringify(currentHost().stats.requests)).not.toContain("secret");
});
