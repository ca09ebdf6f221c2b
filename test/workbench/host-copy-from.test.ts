import { createExcelHost, getCell } from "../../workbench/host";

/** Range.copyFrom as Excel's Paste Special: formulas move their relative references, formats travel. */
describe("Range.copyFrom", () => {
  const host = createExcelHost();
  beforeAll(() => host.install());
  afterAll(() => host.uninstall());

  it("fills one column's formulas across, shifting relative references and keeping absolute ones", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B2").formulas = [["=SUM(B$5:B$9)"], ["=RANK(B1,$B$1:$D$1)"]];
      sheet.getRange("B1:B2").numberFormat = [["0.00"], ["0"]];
      sheet.getRange("B1:B2").format.protection.locked = false;
      sheet.getRange("C1:D2").copyFrom("B1:B2", "Formulas");
      sheet.getRange("C1:D2").copyFrom(sheet.getRange("B1:B2"), "Formats");
      await context.sync();
    });
    expect(getCell(host.workbook, "Sheet1", "D1")?.formula).toBe("=SUM(D$5:D$9)");
    expect(getCell(host.workbook, "Sheet1", "C2")?.formula).toBe("=RANK(C1,$B$1:$D$1)");
    expect(getCell(host.workbook, "Sheet1", "D2")?.numberFormat).toBe("0");
    expect(getCell(host.workbook, "Sheet1", "D2")?.format.locked).toBe(false);
  });

  it("refuses to paste over locked cells of a protected sheet", async () => {
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("F1").values = [[1]];
        sheet.protection.protect();
        sheet.getRange("G1").copyFrom("F1", "Formulas");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
