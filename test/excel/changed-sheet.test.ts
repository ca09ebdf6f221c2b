import { findSheet, getCell, getValue, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { validate } from "../../src/excel/validate-operation";
import { makeSummary } from "../../src/excel/summary-operation";
import { WorkbookOperationError } from "../../src/excel/operations";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";

/**
 * A scoring sheet the user changed is caught before anything is written: rows inserted above the
 * totals, a deleted rubric sheet, formula cells typed over, a password, two summaries at once.
 */
let host: ExcelHost;
const rubric = bundledRubric("department-2025");
const SHEET = "Chấm điểm cấp sở 2025";
const RUBRIC_SHEET = "Bộ tiêu chí cấp sở 2025";
const n = rubric.criteria.length;
const rowOf = (code: string) => 5 + rubric.criteria.findIndex((criterion) => criterion.code === code);
/** 1-based sheet row of a totals-block row: 0 is "Tổng điểm". */
const totalsRow = (offset: number) => 4 + n + 2 + offset;
const request = () => ({
  rubric,
  units: ["Sở Tư pháp", "Sở Y tế"],
  columns: ["self" as const],
  target: { kind: "points" as const, value: 85 },
});

beforeEach(async () => {
  host = installHost({ evaluator: parEvaluator() });
  await createOrUpdateTemplate(request());
  await paste(SHEET, `H${totalsRow(11)}`, [[60]]);
});
afterEach(() => host.uninstall());

const snapshot = (sheet: string) => JSON.stringify([...findSheet(host.workbook, sheet)!.cells.entries()]);

async function onSheet(run: (sheet: Excel.Worksheet) => void, name = SHEET) {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.unprotect();
    run(sheet);
    await context.sync();
  });
}

/** As Excel's Insert → row above "Tổng điểm": every cell from that row down moves one row down. */
async function insertRowAbove(row: number) {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.protection.unprotect();
    const block = sheet.getRange(`A${row}:H${totalsRow(14)}`);
    block.load("formulas");
    await context.sync();
    sheet.getRange(`A${row + 1}:H${totalsRow(14) + 1}`).formulas = block.formulas;
    sheet.getRange(`A${row}:H${row}`).values = [Array(8).fill("")];
    await context.sync();
  });
}

describe("rows inserted above the totals block", () => {
  it("are refused by the template rerun with the moved-row message, and the typed targets stay", async () => {
    await insertRowAbove(totalsRow(0) - 1);
    const before = snapshot(SHEET);
    const error = await createOrUpdateTemplate(request()).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.en).toContain(`cell E${totalsRow(0)} holds "" but the template expects "Total"`);
    expect(error.userMessage.vi).toContain(`ô E${totalsRow(0)} đang là "" nhưng mẫu cần "Tổng điểm"`);
    expect(error.userMessage.en).toContain("Nothing was written");
    expect(snapshot(SHEET)).toBe(before);
    expect(getValue(host.workbook, SHEET, `G${totalsRow(12)}`)).toBe(85);
    expect(getValue(host.workbook, SHEET, `H${totalsRow(12)}`)).toBe(60);
  });

  it("are refused by Validate too, instead of reporting nothing", async () => {
    await insertRowAbove(totalsRow(0));
    const error = await validate(SHEET).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toContain(`ô E${totalsRow(0)} đang là ""`);
  });
});

describe("a deleted rubric sheet", () => {
  it("is rebuilt by the template rerun, with its bands name, so grades compute again", async () => {
    await paste(SHEET, `G${rowOf("1.1.1")}`, [[rubric.criteria.find((c) => c.code === "1.1.1")!.max]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(RUBRIC_SHEET).delete();
      await context.sync();
    });
    expect(String(getValue(host.workbook, SHEET, `G${totalsRow(5)}`))).toMatch(/^#/);
    const result = await createOrUpdateTemplate(request());
    expect(result).toMatchObject({ scoringSheet: SHEET, rubricSheet: RUBRIC_SHEET, updated: true, keptScores: 1 });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toContain(RUBRIC_SHEET);
    expect(host.workbook.names.find((name) => name.name.endsWith("_Bands"))?.formula).toMatch(new RegExp(`^='${RUBRIC_SHEET}'!\\$`));
    expect(getValue(host.workbook, SHEET, `G${totalsRow(5)}`)).toBe("Yếu");
    expect(getValue(host.workbook, SHEET, `G${rowOf("1.1.1")}`)).toBe(rubric.criteria.find((c) => c.code === "1.1.1")!.max);
  });
});

describe("formula cells typed over", () => {
  it("are findings naming the cell, and the template rerun restores every formula", async () => {
    const cells: [string, unknown][] = [
      [`G${rowOf("1")}`, "xem lại"], // text over a subtotal
      [`G${totalsRow(0)}`, 50], // total
      [`H${totalsRow(4)}`, 0.5], // index
      [`G${totalsRow(5)}`, "Tốt"], // grade
      [`H${totalsRow(6)}`, 1], // rank
      [`G${totalsRow(8)}`, "OK"], // check
    ];
    const formulasBefore = cells.map(([address]) => getCell(host.workbook, SHEET, address)?.formula);
    expect(formulasBefore.every((formula) => typeof formula === "string" && formula.startsWith("="))).toBe(true);
    await onSheet((sheet) => {
      for (const [address, value] of cells) sheet.getRange(address).values = [[value as never]];
    });
    const report = await validate(SHEET);
    const typedOver = report.findings.filter((finding) => finding.code === "formula.typedOver");
    expect(typedOver.map((finding) => finding.address)).toEqual(expect.arrayContaining(cells.map(([address]) => `'${SHEET}'!${address}`)));
    expect(typedOver).toHaveLength(cells.length);
    const total = typedOver.find((finding) => finding.address.endsWith(`!G${totalsRow(0)}`))!;
    expect(total.message.vi).toBe(
      `Ô G${totalsRow(0)} (Tổng điểm) được nhập tay là 50 thay cho công thức. Chạy lại Tạo mẫu chấm điểm (cùng bộ tiêu chí và đơn vị) để khôi phục công thức; điểm và mục tiêu đã nhập được giữ nguyên.`,
    );
    const subtotal = typedOver.find((finding) => finding.address.endsWith(`!G${rowOf("1")}`))!;
    expect(subtotal.message.en).toContain(`Cell G${rowOf("1")} (the total of 1) holds "xem lại" instead of the formula that adds it up.`);

    await createOrUpdateTemplate(request());
    expect(cells.map(([address]) => getCell(host.workbook, SHEET, address)?.formula)).toEqual(formulasBefore);
    expect((await validate(SHEET)).findings.filter((finding) => finding.code === "formula.typedOver")).toEqual([]);
    expect(getValue(host.workbook, SHEET, `G${totalsRow(12)}`)).toBe(85);
  });
});

describe("a sheet protected with a password", () => {
  it("gets a message in the user's language, and stays untouched", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      sheet.protection.protect({}, "mật khẩu");
      await context.sync();
    });
    const before = snapshot(SHEET);
    const error = await createOrUpdateTemplate(request()).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toBe(
      `Trang "${SHEET}" được bảo vệ bằng mật khẩu nên PAR INDEX không ghi vào được; trang vẫn giữ nguyên, chưa có gì bị thay đổi. Hãy bỏ mật khẩu (Xem lại → Bỏ bảo vệ trang tính) rồi chạy lại lệnh; PAR INDEX sẽ tự bảo vệ lại trang (không mật khẩu) sau khi ghi.`,
    );
    expect(error.userMessage.en).toMatch(
      /^Sheet ".*" is protected with a password, so PAR INDEX cannot write to it; the sheet stays untouched/,
    );
    expect(error.userMessage.en).not.toContain("report this");
    expect(snapshot(SHEET)).toBe(before);
  });
});

describe("two meeting summaries at once", () => {
  it("the second is told to wait, the first completes, and a later one runs", async () => {
    const now = new Date(2026, 11, 2);
    const first = makeSummary(SHEET, { period: "Quý IV/2026", topLost: 5 }, undefined, now);
    const second = await makeSummary(SHEET, { period: "Quý IV/2026", topLost: 5 }, undefined, now).catch((e) => e);
    expect(second).toBeInstanceOf(WorkbookOperationError);
    expect(second.userMessage.vi).toBe("Đang tạo một báo cáo họp; hãy đợi báo cáo đó xong rồi bấm lại.");
    expect(second.userMessage.en).not.toContain("already exists");
    const done = await first;
    const later = await makeSummary(SHEET, { period: "Quý IV/2026", topLost: 5 }, undefined, now);
    expect(later.sheetName).not.toBe(done.sheetName);
  });
});
