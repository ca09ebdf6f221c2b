import { getCell, getValue, findSheet, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { WorkbookOperationError } from "../../src/excel/operations";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";
import { ROW_KIND_LABEL } from "../../src/core/rubric/row-kind";
import { rubricRows } from "../../src/core/rubric/rubric-rows";
import { notApplicableFormula, scoreInRangeFormula } from "../../src/core/rules";
import * as PAR from "../../src/functions/functions";
import { validate } from "../../src/excel/validate-operation";
import { makeSummary } from "../../src/excel/summary-operation";
import { BILINGUAL_SUMMARY_LABELS } from "../core/bilingual-sheet-labels";

/**
 * Loading a rubric into a workbook, checked cell by cell in an in-memory Excel that enforces
 * load-before-read and counts round trips.
 */
let host: ExcelHost;
const commune = bundledRubric("commune-2025");
const units = ["Xã Tân Phú", "Phường 1", "=CMD()"];

beforeEach(() => {
  host = installHost({ evaluator: parEvaluator() });
});
afterEach(() => host.uninstall());

const sheetNames = () => host.workbook.sheets.map((sheet) => sheet.name);
const cell = (sheet: string, address: string) => getCell(host.workbook, sheet, address);

describe("creating a scoring template", () => {
  it("makes a rubric sheet and a scoring sheet in at most 3 round trips", async () => {
    const result = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self", "appraised"] });
    expect(result).toMatchObject({
      scoringSheet: "Chấm điểm cấp xã 2025",
      rubricSheet: "Bộ tiêu chí cấp xã 2025",
      updated: false,
      keptScores: 0,
    });
    expect(sheetNames()).toEqual(["Sheet1", "Chấm điểm cấp xã 2025", "Bộ tiêu chí cấp xã 2025"]);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.syncs).toBe(result.syncs);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes codes and names as text, including a unit name that looks like a formula", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    const sheet = "Chấm điểm cấp xã 2025";
    expect(getValue(host.workbook, sheet, "A5")).toBe("1");
    expect(getValue(host.workbook, sheet, "A6")).toBe("1.1");
    expect(cell(sheet, "I4")).toMatchObject({ value: "=CMD()", formula: null });
    expect(getValue(host.workbook, sheet, "G3")).toBe("Tự đánh giá");
    expect(getValue(host.workbook, sheet, "E5")).toBe(commune.criteria[0].name.vi);
  });

  it("puts PAR.AREA on parent rows and summary formulas with references right for every unit", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self", "projected"] });
    const sheet = "Chấm điểm cấp xã 2025";
    const n = commune.criteria.length;
    const last = 4 + n;
    // A subtotal on the scale reads its own rows only; inside the bonus group it reads the whole
    // rubric, since the group's cap sits on the group's top row.
    const rowOf = (code: string) => 5 + commune.criteria.findIndex((criterion) => criterion.code === code);
    const endOf = (code: string) =>
      rowOf(code) + commune.criteria.filter((criterion) => criterion.code === code || criterion.code.startsWith(`${code}.`)).length - 1;
    expect(cell(sheet, "G5")?.formula).toBe(`=PAR.AREA(G$5:G$${endOf("1")},$A$5:$D$${endOf("1")},"1")`);
    expect(cell(sheet, `H${rowOf("1.1")}`)?.formula).toBe(
      `=PAR.AREA(H$${rowOf("1.1")}:H$${endOf("1.1")},$A$${rowOf("1.1")}:$D$${endOf("1.1")},"1.1")`,
    );
    expect(cell(sheet, `I${rowOf("9")}`)?.formula).toBe(`=PAR.AREA(I$5:I$${last},PAR_commune_2025_Rubric,"9")`);
    const total = last + 2;
    for (const [column, letter] of [
      [0, "G"],
      [1, "H"],
      [2, "I"],
    ] as const) {
      void column;
      expect(cell(sheet, `${letter}${total}`)?.formula).toBe(
        `=IF(COUNT(${letter}$5:${letter}$${last})=0,"",PAR.TOTAL(${letter}$5:${letter}$${last},PAR_commune_2025_Rubric))`,
      );
    }
    // Projected columns come after the three self-assessed ones and project from them.
    // Nothing scored and nothing projected is no projection (blank is not zero).
    expect(cell(sheet, `J${total + 7}`)?.formula).toBe(
      `=IF(AND(COUNT(G$5:G$${last})=0,COUNT(J$5:J$${last})=0),"",PAR.PROJECT(G$5:G$${last},J$5:J$${last},PAR_commune_2025_Rubric))`,
    );
    // Ranks compare the units of the same column kind only.
    expect(cell(sheet, `H${total + 6}`)?.formula).toBe(
      `=IF(ISNUMBER(H${total + 4}),RANK.EQ(H${total + 4},$G$${total + 4}:$I$${total + 4}),IF(ISERROR(H${total + 4}),H${total + 4},""))`,
    );
    expect(host.workbook.names.map((name) => name.name)).toEqual(["PAR_commune_2025_Rubric", "PAR_commune_2025_Bands"]);
  });

  it("gives every parent row the same subtotal as PAR.AREA over the whole rubric", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self"] });
    const sheet = "Chấm điểm cấp xã 2025";
    const rows = rubricRows(commune);
    // Every leaf scored at its max except every third, left blank, and one not applicable.
    const column = rows.map((row, i) => (!row.isLeaf ? null : i % 3 === 0 ? null : i === 4 ? "N/A" : row.max));
    // Leaf cells only, a run of consecutive leaves at a time: the subtotal cells are locked.
    for (let i = 0; i < rows.length; i++) {
      if (!rows[i].isLeaf) continue;
      let end = i;
      while (end + 1 < rows.length && rows[end + 1].isLeaf) end++;
      await paste(
        sheet,
        `G${5 + i}:G${5 + end}`,
        column.slice(i, end + 1).map((value) => [value]),
      );
      i = end;
    }
    const rubricRange = rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]);
    rows.forEach((row, i) => {
      if (row.isLeaf) return;
      const expected = PAR.area(
        column.map((value) => [value]),
        rubricRange,
        row.code,
      );
      expect([row.code, getValue(host.workbook, sheet, `G${5 + i}`)]).toEqual([row.code, expected]);
    });
  });

  it("computes totals from the leaves as soon as scores are typed", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self"] });
    const sheet = "Chấm điểm cấp xã 2025";
    const rows = commune.criteria.length;
    const total = `G${rows + 6}`;
    expect(getValue(host.workbook, sheet, total)).toBe(""); // nothing scored yet: blank, not 0
    await paste(sheet, "G7", [[0.5]]);
    await paste(sheet, "G8", [[1.5]]);
    expect(getValue(host.workbook, sheet, total)).toBe(2);
    expect(getValue(host.workbook, sheet, `G${rows + 14}`)).toBe("OK");
    // 1.1.2 is scored by thresholds: 0, 1, 1.5 or 2 only. The total refuses to guess.
    await paste(sheet, "G8", [[0.25]]);
    expect(getValue(host.workbook, sheet, total)).toBe("#VALUE!");
    expect(cell(sheet, total)?.error?.message).toContain("1.1.2 không thuộc các mức được phép: 0; 1; 1,5; 2");
    expect(getValue(host.workbook, sheet, `G${rows + 14}`)).toMatch(/^1 vấn đề: Điểm 0,25 của tiêu chí 1\.1\.2/);
  });

  it("a projected column shows no figure of its own few cells: its index, grade, rank, gap and status are the projection's (issue 10, items 2 and 4)", async () => {
    const { scoringSheet: sheet } = await createOrUpdateTemplate({
      rubric: commune,
      units: ["Xã A", "Xã B"],
      columns: ["self", "projected"],
      target: { kind: "points", value: 99.5 },
    });
    const n = commune.criteria.length;
    const summary = (offset: number, letter: string) => getValue(host.workbook, sheet, `${letter}${5 + n + 1 + offset}`);
    // Before anything is scored or projected: no projection, no gap, no status (blank is not zero).
    expect([4, 5, 6, 7, 13, 14].map((offset) => summary(offset, "I"))).toEqual(["", "", "", "", "", ""]);
    const leaves = commune.criteria
      .map((c, i) => ({ c, row: 5 + i }))
      .filter(({ c }) => !commune.criteria.some((d) => d.code.startsWith(`${c.code}.`)) && (c.kind ?? "normal") === "normal");
    for (const { c, row } of leaves) await paste(sheet, `G${row}:H${row}`, [[c.max, c.max]]);
    await paste(sheet, `I${leaves[0].row}`, [[0]]);
    // Total, applicable and assessed max and lost points of the projected column: left out.
    expect([0, 1, 2, 3].map((offset) => summary(offset, "I"))).toEqual(["", "", "", ""]);
    const projected = 100 - leaves[0].c.max;
    expect(summary(7, "I")).toBe(projected);
    expect(summary(0, "G")).toBe(100);
    // Its index, grade and rank: those of the projection, ranked among the units' projections.
    expect(summary(4, "I")).toBeCloseTo(projected / 100, 12);
    expect(summary(5, "I")).toBe("Xuất sắc");
    expect([summary(6, "I"), summary(6, "J")]).toEqual([2, 1]);
    // The projected column has its target too, in the pane's words, with a gap and a status of its own.
    expect([summary(10, "I"), summary(11, "I"), summary(12, "I")]).toEqual(["Tổng điểm", 99.5, 99.5]);
    expect(summary(13, "I")).toBeCloseTo(99.5 - projected, 9);
    expect([summary(14, "G"), summary(14, "I"), summary(14, "J")]).toEqual(["Sát mục tiêu", "Chưa đạt", "Sát mục tiêu"]);
    // A rank target: the projection's rank against it.
    await paste(sheet, `I${5 + n + 1 + 10}:I${5 + n + 1 + 11}`, [["Thứ hạng"], [1]]);
    expect([summary(13, "I"), summary(14, "I")]).toEqual([1, "Chưa đạt"]);
  });

  it("a report on the projected scores is judged against the projected column's own target, as the sheet's status row is", async () => {
    const { scoringSheet: sheet } = await createOrUpdateTemplate({
      rubric: commune,
      units: ["Xã A", "Xã B"],
      columns: ["self", "projected"],
      target: { kind: "points", value: 80 },
    });
    const n = commune.criteria.length;
    const leaves = commune.criteria
      .map((c, i) => ({ c, row: 5 + i }))
      .filter(({ c }) => !commune.criteria.some((d) => d.code.startsWith(`${c.code}.`)) && (c.kind ?? "normal") === "normal");
    for (const { c, row } of leaves) await paste(sheet, `G${row}`, [[c.max]]);
    await paste(sheet, `I${leaves[0].row}`, [[0]]);
    // The year-end target of Xã A, typed in its projected column.
    await paste(sheet, `I${5 + n + 11}:I${5 + n + 12}`, [["Tổng điểm"], [99.5]]);
    const report = await makeSummary(sheet, { period: "Ước cả năm 2026", topLost: 3, basis: "projected" });
    const rowOf = (unit: string) => {
      const model = findSheet(host.workbook, report.sheetName)!;
      for (const [key, value] of model.cells) if (key % 16384 === 1 && value.value === unit) return Math.floor(key / 16384) + 1;
      throw new Error(`no row for ${unit}`);
    };
    const projected = 100 - leaves[0].c.max;
    expect(getValue(host.workbook, report.sheetName, `I${rowOf("Xã A")}`)).toBe(99.5);
    expect(getValue(host.workbook, report.sheetName, `J${rowOf("Xã A")}`)).toBeCloseTo(99.5 - projected, 9);
    expect(getValue(host.workbook, sheet, `I${5 + n + 14}`)).toBeCloseTo(99.5 - projected, 9);
    // Xã B's projected column has the template's target, 80.
    expect(getValue(host.workbook, report.sheetName, `I${rowOf("Xã B")}`)).toBe(80);
  });

  it("leaves input cells unlocked with data validation, and protects the sheets without a password", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    const sheet = findSheet(host.workbook, "Chấm điểm cấp xã 2025")!;
    expect(sheet.protection).toMatchObject({ protected: true, password: null });
    expect(findSheet(host.workbook, "Bộ tiêu chí cấp xã 2025")!.protection.protected).toBe(true);
    const leafRow = 4 + commune.criteria.findIndex((criterion) => criterion.code === "1.1.1") + 1;
    expect(cell(sheet.name, `G${leafRow}`)?.format.locked).toBe(false);
    expect(cell(sheet.name, "G5")?.format.locked).toBe(true);
    const validation = sheet.dataValidations.find((item) => item.rect.row === leafRow - 1);
    // A number from 0 to the max, or any not-applicable word the formulas accept (core/rules; test/core/rules checks the text).
    const score = `G${leafRow}`;
    expect(validation?.rule.custom?.formula).toBe(`=OR(${scoreInRangeFormula(score, `$C${leafRow}`)},${notApplicableFormula(score)})`);
    // Excel refuses a validation formula longer than 255 characters.
    expect(validation?.rule.custom?.formula.length).toBeLessThanOrEqual(255);
    expect(validation?.prompt.title).toContain("1.1.1");
    expect(validation?.errorAlert.style).toBe("Stop");
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.frozenColumns).toBe(5);
  });

  it("a very long unit name wraps to at most 3 lines, and its header cell's input message shows it whole (issue 10, item 7)", async () => {
    const long =
      "Ủy ban nhân dân phường Sài Gòn, Thành phố Hồ Chí Minh (sáp nhập từ các phường Bến Nghé, Đa Kao và Nguyễn Thái Bình theo Nghị quyết 1685/NQ-UBTVQH15)";
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A", long], columns: ["self"] });
    const sheet = findSheet(host.workbook, "Chấm điểm cấp xã 2025")!;
    // Three lines of 15 pt (20 px each), not the 140 px the whole name would take.
    expect(sheet.rowHeights.get(3)).toBe(45);
    expect(getValue(host.workbook, sheet.name, "H4")).toBe(long);
    expect(cell(sheet.name, "H4")?.format.wrap).toBe(true);
    // Its first three lines show: the header row is aligned to the top.
    expect(cell(sheet.name, "H4")?.format.verticalAlignment).toBe("Top");
    const prompts = sheet.dataValidations.filter((item) => item.rect.row === 3);
    expect(prompts.map((item) => [item.address, item.prompt])).toEqual([["H4", { showPrompt: true, title: "Đơn vị", message: long }]]);
    // Selecting it shows the prompt; the sheet stays protected, the name cannot be typed over.
    expect(host.typeCell(sheet, 3, 7, "x", { validate: true })).toMatchObject({ ok: false, kind: "protected" });
  });

  it("short unit names keep the header row low, with no input message on it", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A", "Phường Tân Định"], columns: ["self", "projected"] });
    const sheet = findSheet(host.workbook, "Chấm điểm cấp xã 2025")!;
    expect(sheet.rowHeights.get(3)).toBeLessThanOrEqual(30);
    expect(sheet.dataValidations.filter((item) => item.rect.row === 3)).toEqual([]);
    // The column headers' row is as tall as its longest label needs ("Dự kiến cả năm" wraps in a score column).
    expect(sheet.rowHeights.get(2)).toBe(30);
  });

  it("the step column is wide enough for its longest list, and a longer one wraps instead of being cut off", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self"] });
    const sheet = findSheet(host.workbook, "Chấm điểm cấp xã 2025")!;
    const steps = commune.criteria.map((_, i) => getValue(host.workbook, sheet.name, `D${5 + i}`)).filter((v) => typeof v === "string");
    const longest = Math.max(...steps.map((step) => String(step).length));
    expect(longest).toBeGreaterThanOrEqual(14);
    // Calibri 11 takes about 5.3 pt a character (Excel's autofit in the host: 7 px), plus the cell margins.
    expect(sheet.columnWidths.get(3)!).toBeGreaterThanOrEqual(longest * 5.3 + 4);
    commune.criteria.forEach((_, i) => expect(cell(sheet.name, `D${5 + i}`)?.format.wrap).toBe(true));
  });

  it("never replaces a sheet the user already has with the same name", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Chấm điểm cấp xã 2025").getRange("A1").values = [["ghi chú của tôi"]];
      await context.sync();
    });
    const result = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    expect(result.scoringSheet).toBe("Chấm điểm cấp xã 2025 (2)");
    expect(getValue(host.workbook, "Chấm điểm cấp xã 2025", "A1")).toBe("ghi chú của tôi");
  });

  it("refuses empty or duplicate unit lists with a message naming the duplicate", async () => {
    await expect(createOrUpdateTemplate({ rubric: commune, units: [], columns: ["self"] })).rejects.toThrow(WorkbookOperationError);
    const error = await createOrUpdateTemplate({ rubric: commune, units: ["Xã A", "xã a"], columns: ["self"] }).catch((e) => e);
    expect(error.userMessage.vi).toContain('"xã a" bị trùng');
    expect(sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("running the template again", () => {
  it("rewrites the same sheet in place and keeps every score and target", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"], target: { kind: "grade", value: "Tốt" } });
    const sheet = "Chấm điểm cấp xã 2025";
    await paste(sheet, "G7", [[0.5]]);
    await paste(sheet, "H7", [["N/A"]]);
    const targetRow = 4 + commune.criteria.length + 1 + 11;
    await paste(sheet, `G${targetRow + 1}`, [[85]]);
    await paste(sheet, `G${targetRow}`, [["Điểm"]]);
    host.stats.reset();
    const again = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"], target: { kind: "grade", value: "Tốt" } });
    expect(again).toMatchObject({ scoringSheet: sheet, updated: true, keptScores: 2 });
    expect(sheetNames()).toEqual(["Sheet1", sheet, "Bộ tiêu chí cấp xã 2025"]);
    expect(getValue(host.workbook, sheet, "G7")).toBe(0.5);
    expect(getValue(host.workbook, sheet, "H7")).toBe("N/A");
    expect(getValue(host.workbook, sheet, `G${targetRow}`)).toBe("Điểm");
    expect(getValue(host.workbook, sheet, `G${targetRow + 1}`)).toBe(85);
    expect(host.workbook.names).toHaveLength(2);
    expect(again.syncs).toBeLessThanOrEqual(3);
  });

  it("labels follow the pane's language: Vietnamese only, or English only, and a rerun in the other language relabels the same sheet (issue 10, item 7)", async () => {
    const sheet = "Chấm điểm cấp xã 2025";
    const n = commune.criteria.length;
    const labels = () => ({
      headers: ["A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3"].map((address) => getValue(host.workbook, sheet, address)),
      totals: [0, 4, 8, 10].map((offset) => getValue(host.workbook, sheet, `E${5 + n + 1 + offset}`)),
      help: getValue(host.workbook, sheet, "A2"),
    });
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self", "appraised"], language: "vi" });
    expect(labels()).toEqual({
      headers: ["Mã", "Loại", "Tối đa", "Bước / mức điểm", "Tên tiêu chí", "Cơ quan chủ trì", "Tự đánh giá", "Thẩm định"],
      totals: ["Tổng điểm", "Chỉ số", "Kiểm tra", "Loại mục tiêu"],
      help: expect.not.stringMatching(/Enter|\(/),
    });
    await paste(sheet, "G7", [[0.5]]);
    const again = await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self", "appraised"], language: "en" });
    expect(again).toMatchObject({ scoringSheet: sheet, updated: true, keptScores: 1 });
    expect(labels()).toEqual({
      headers: ["Code", "Kind", "Max", "Step / allowed scores", "Criterion", "Responsible", "Self-assessed", "Appraised"],
      totals: ["Total", "Index", "Check", "Target kind"],
      help: expect.stringMatching(/^Enter scores/),
    });
    expect(getValue(host.workbook, sheet, "G7")).toBe(0.5);
    // The kind column too ("area", "bonus"): words the PAR.* formulas read as they read the Vietnamese ones.
    expect(getValue(host.workbook, sheet, "B5")).toBe("area");
    expect(getValue(host.workbook, sheet, `G${5 + n + 1}`)).toBe(0.5);
    await paste(sheet, "G8", [[99]]);
    expect(getValue(host.workbook, sheet, `G${5 + n + 1 + 8}`)).toMatch(/^1 problem/);
    await paste(sheet, "G8", [[""]]);
    // Every command still recognises the sheet made in the other language.
    expect((await validate(sheet)).findings).toEqual([]);
    expect((await makeSummary(sheet, { period: "Quý III/2026", topLost: 3 })).basis).toBe("self");
    const back = await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self", "appraised"] });
    expect(back.updated).toBe(true);
    expect(labels().headers[6]).toBe("Tự đánh giá");
  });

  it("recognises a sheet an older version made with bilingual labels, and relabels it in one language", async () => {
    const sheet = "Chấm điểm cấp xã 2025";
    const n = commune.criteria.length;
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self", "projected"] });
    // What versions before issue 10 wrote in the header and the totals block.
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.protection.unprotect();
      ws.getRange("G3:H3").values = [["Tự đánh giá (Self-assessed)", "Dự kiến cả năm (Projected)"]];
      ws.getRange(`E${5 + n + 1}:E${5 + n + 15}`).values = BILINGUAL_SUMMARY_LABELS.map((label) => [label]);
      ws.protection.protect();
      await context.sync();
    });
    await paste(sheet, "G7", [[0.5]]);
    expect((await validate(sheet)).findings).toEqual([]);
    await makeSummary(sheet, { period: "Quý III/2026", topLost: 3 });
    const again = await createOrUpdateTemplate({ rubric: commune, units: ["Xã A"], columns: ["self", "projected"] });
    expect(again).toMatchObject({ updated: true, keptScores: 1 });
    expect(getValue(host.workbook, sheet, "G3")).toBe("Tự đánh giá");
    expect(getValue(host.workbook, sheet, `E${5 + n + 1}`)).toBe("Tổng điểm");
    expect(getValue(host.workbook, sheet, "G7")).toBe(0.5);
  });

  it("finds its sheet after the user renamed it", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Chấm điểm cấp xã 2025");
      sheet.protection.unprotect();
      sheet.name = "Điểm của tôi";
      await context.sync();
    });
    const again = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    expect(again.scoringSheet).toBe("Điểm của tôi");
    expect(sheetNames()).toEqual(["Sheet1", "Điểm của tôi", "Bộ tiêu chí cấp xã 2025"]);
  });

  it("refuses to write when rows of the scoring sheet were moved, and says where", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    const sheet = "Chấm điểm cấp xã 2025";
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.protection.unprotect();
      ws.getRange("A7").values = [["9.9"]];
      await context.sync();
    });
    const before = JSON.stringify([...findSheet(host.workbook, sheet)!.cells.entries()]);
    const error = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] }).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toContain("ô A7");
    expect(error.userMessage.en).toContain("Nothing was written");
    expect(JSON.stringify([...findSheet(host.workbook, sheet)!.cells.entries()])).toBe(before);
  });

  it("explains a sheet protected with a password instead of failing silently", async () => {
    await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Chấm điểm cấp xã 2025");
      ws.protection.unprotect();
      ws.protection.protect({}, "secret");
      await context.sync();
    });
    const error = await createOrUpdateTemplate({ rubric: commune, units, columns: ["self"] }).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toMatch(/bảo vệ|Không thực hiện được/);
  });
});

describe("loading a newer version of the rubric", () => {
  it("makes a new sheet, keeps every score whose code still exists and lists the others on a sheet", async () => {
    await createOrUpdateTemplate({ rubric: commune, units: ["Xã A", "Xã B"], columns: ["self"] });
    const old = "Chấm điểm cấp xã 2025";
    const rowOf = (code: string, rubric = commune) => 5 + rubric.criteria.findIndex((criterion) => criterion.code === code);
    await paste(old, `G${rowOf("1.1.1")}`, [[0.5]]);
    await paste(old, `H${rowOf("3.3.3")}`, [[1]]);
    await paste(old, `G${rowOf("7.3.2")}`, [["N/A"]]);
    // 7.2.1 keeps its code but its levels change from 0;1;2;3 to 0;1,5;3;4,5.
    await paste(old, `G${rowOf("7.2.1")}`, [[3]]);
    await paste(old, `H${rowOf("7.2.1")}`, [[2]]);
    const newer = bundledRubric("commune-2026");
    const result = await createOrUpdateTemplate({ rubric: newer, units: ["Xã A", "Xã B"], columns: ["self"] });
    expect(result).toMatchObject({
      scoringSheet: "Chấm điểm cấp xã 2026",
      updated: false,
      carriedFrom: old,
      keptScores: 2,
      orphanSheet: "Điểm không còn mã",
    });
    expect(result.orphaned.map((item) => [item.code, item.unit, item.value, item.reason])).toEqual([
      ["7.3.2", "Xã A", "N/A", "codeRemoved"],
      ["3.3.3", "Xã B", 1, "codeRemoved"],
      ["7.2.1", "Xã B", 2, "notValidUnderNewRubric"],
    ]);
    const sheet = "Chấm điểm cấp xã 2026";
    expect(getValue(host.workbook, sheet, `G${rowOf("1.1.1", newer)}`)).toBe(0.5);
    expect(getValue(host.workbook, sheet, `G${rowOf("7.2.1", newer)}`)).toBe(3);
    expect(getValue(host.workbook, sheet, `H${rowOf("7.2.1", newer)}`) ?? "").toBe("");
    // The new sheet's totals are numbers, not #VALUE!: nothing invalid was carried over.
    expect(String(getValue(host.workbook, sheet, `H${5 + newer.criteria.length + 1}`) ?? "")).not.toMatch(/^#/);
    expect(getValue(host.workbook, old, `H${rowOf("3.3.3")}`)).toBe(1);
    expect(getValue(host.workbook, old, `H${rowOf("7.2.1")}`)).toBe(2);
    expect(getValue(host.workbook, "Điểm không còn mã", "C4")).toBe("7.3.2");
    expect(String(getValue(host.workbook, "Điểm không còn mã", "E6"))).toMatch(
      /^Không hợp lệ theo thang điểm mới: Điểm 2 của tiêu chí 7\.2\.1 không thuộc các mức được phép: 0; 1,5; 3; 4,5/,
    );
  });
});
