import { findSheet, getCell, getValue, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { convertTextNumbers, selectCell, validate } from "../../src/excel/validate-operation";
import { highlight } from "../../src/excel/highlight-operation";
import { makeSummary } from "../../src/excel/summary-operation";
import { pasteScores } from "../../src/excel/paste-scores-operation";
import { listScoringSheets } from "../../src/excel/workbook-queries";
import { WorkbookOperationError } from "../../src/excel/operations";
import * as PAR from "../../src/functions/functions";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";

/** Validate, convert, highlight and the meeting summary on a real template in the in-memory Excel. */
let host: ExcelHost;
const rubric = bundledRubric("department-2025");
const SHEET = "Chấm điểm cấp sở 2025";
const n = rubric.criteria.length;
const rowOf = (code: string) => 5 + rubric.criteria.findIndex((criterion) => criterion.code === code);
const summaryRowOf = (offset: number) => 4 + n + 2 + offset;
const leaves = rubric.criteria.filter((c) => !rubric.criteria.some((d) => d.code.startsWith(`${c.code}.`)));

beforeEach(async () => {
  host = installHost({ evaluator: parEvaluator() });
  await createOrUpdateTemplate({
    rubric,
    units: ["Sở Tư pháp", "Sở Y tế"],
    columns: ["self", "appraised"],
    target: { kind: "grade", value: "Tốt" },
  });
  host.stats.reset();
});
afterEach(() => host.uninstall());

/** Every leaf of a unit's column gets its max (a perfect score), pasted run by run of unlocked cells. */
async function fillPerfect(column: string) {
  for (let i = 0; i < n;) {
    if (!leaves.includes(rubric.criteria[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < n && leaves.includes(rubric.criteria[end + 1])) end++;
    const cells = rubric.criteria.slice(i, end + 1).map((c) => [c.kind === "normal" ? c.max : null]);
    await paste(SHEET, `${column}${5 + i}:${column}${5 + end}`, cells);
    i = end + 1;
  }
}

describe("Validate", () => {
  it("reads all score cells in one round trip and names each wrong cell", async () => {
    const [a, b, c, d] = leaves.filter((leaf) => leaf.kind === "normal");
    await paste(SHEET, `G${rowOf(a.code)}`, [[a.max + 1]]);
    await paste(SHEET, `G${rowOf(b.code)}`, [["0,5"]]);
    await paste(SHEET, `H${rowOf(c.code)}`, [["abc"]]);
    await paste(SHEET, `I${rowOf(d.code)}`, [[-1]]);
    host.stats.reset();
    const report = await validate(SHEET);
    expect(report.syncs).toBe(1);
    expect(host.stats.syncs).toBe(1);
    const seen = report.findings.map((f) => [f.code, f.unit, f.column, f.address, f.criterion]);
    expect(seen).toEqual([
      ["score.aboveMax", "Sở Tư pháp", "self", `'${SHEET}'!G${rowOf(a.code)}`, a.code],
      ["score.textNumber", "Sở Tư pháp", "self", `'${SHEET}'!G${rowOf(b.code)}`, b.code],
      ["score.text", "Sở Y tế", "self", `'${SHEET}'!H${rowOf(c.code)}`, c.code],
      ["score.negative", "Sở Tư pháp", "appraised", `'${SHEET}'!I${rowOf(d.code)}`, d.code],
    ]);
    expect(report.findings[1].suggestedValue).toBe(0.5);
    expect(report.findings[0].area).toBe(a.code.split(".")[0]);
  });

  it("finds a subtotal typed over its formula that disagrees with its criteria", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      sheet.getRange(`G${rowOf("1")}`).values = [[9.5]];
      await context.sync();
    });
    const report = await validate(SHEET);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: "total.mismatch", criterion: "1", address: `'${SHEET}'!G${rowOf("1")}` }),
    ]);
    expect(report.findings[0].message.vi).toContain("được nhập tay là 9,5 nhưng các tiêu chí con cộng lại 0");
  });

  it("selects a finding's cell", async () => {
    await selectCell(`'${SHEET}'!G12`);
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      expect(range.address).toBe(`'${SHEET}'!G12`);
    });
  });

  it("converts numbers typed as text in one click, but not a cell changed since", async () => {
    const [a, b] = leaves.filter((leaf) => leaf.kind === "normal" && leaf.max >= 1);
    await paste(SHEET, `G${rowOf(a.code)}`, [["1,0"]]);
    await paste(SHEET, `G${rowOf(b.code)}`, [["0,5"]]);
    const report = await validate(SHEET);
    await paste(SHEET, `G${rowOf(b.code)}`, [["typed since"]]);
    host.stats.reset();
    expect(await convertTextNumbers(report.findings)).toBe(1);
    expect(host.stats.syncs).toBe(2);
    expect(getValue(host.workbook, SHEET, `G${rowOf(a.code)}`)).toBe(1);
    expect(getValue(host.workbook, SHEET, `G${rowOf(b.code)}`)).toBe("typed since");
    expect(findSheet(host.workbook, SHEET)!.protection.protected).toBe(true);
  });

  it("tells the user when the sheet is not a scoring sheet", async () => {
    const error = await validate("Sheet1").catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toContain('Trang "Sheet1" không phải trang chấm điểm');
  });
});

describe("Highlight", () => {
  it("adds live rules on the units' totals, leaves and headers, and replaces only its own on a rerun", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      const mine = sheet.getRange("E5:E10").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      mine.custom.rule.formula = "=LEN(E5)>100";
      mine.custom.format.fill.color = "#00FF00";
      sheet.protection.protect();
      await context.sync();
    });
    const first = await highlight(SHEET);
    expect(first).toMatchObject({ rulesAdded: 6, rulesReplaced: 0 });
    expect(first.syncs).toBeLessThanOrEqual(3);
    const formats = () => findSheet(host.workbook, SHEET)!.conditionalFormats;
    expect(formats()).toHaveLength(7);
    const status = summaryRowOf(14);
    expect(formats().find((f) => f.format.fillColor === "#FFC7CE" && f.address.includes(`G${summaryRowOf(0)}`))?.rule.formula).toBe(
      `=OR(G$${status}="Chưa đạt",G$${status}="Below target")`,
    );
    const second = await highlight(SHEET);
    expect(second).toMatchObject({ rulesAdded: 6, rulesReplaced: 6 });
    expect(formats()).toHaveLength(7);
    expect(formats().filter((f) => f.rule.formula === "=LEN(E5)>100")).toHaveLength(1);
  });

  it("the target status the rules read says below, close or met as scores change", async () => {
    const status = `G${summaryRowOf(14)}`;
    // Nothing scored yet: no total, index, grade, rank or status (issue 10, item 3), not 0 and "Chưa đạt".
    expect([0, 4, 5, 6, 13, 14].map((offset) => getValue(host.workbook, SHEET, `G${summaryRowOf(offset)}`))).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    await fillPerfect("G");
    expect(getValue(host.workbook, SHEET, `G${summaryRowOf(0)}`)).toBe(100);
    expect(getValue(host.workbook, SHEET, status)).toBe("Đạt");
    expect(getValue(host.workbook, SHEET, `G${summaryRowOf(5)}`)).toBe("Xuất sắc");
  });
});

describe("Meeting summary", () => {
  it("makes a new sheet of values equal to the engine's, and a second one on a rerun", async () => {
    await fillPerfect("I");
    const lossy = leaves.filter((leaf) => leaf.kind === "normal" && leaf.rule?.type === "yesNo").slice(0, 3);
    for (const leaf of lossy) await paste(SHEET, `I${rowOf(leaf.code)}`, [[0]]);
    await paste(SHEET, `J${rowOf(lossy[0].code)}`, [[0]]);
    host.stats.reset();
    const now = new Date(2026, 10, 22, 9, 30);
    const result = await makeSummary(SHEET, { period: "Quý IV/2026", topLost: 5, previousRanks: { "Sở Tư pháp": 2 } }, undefined, now);
    expect(result).toEqual({ sheetName: "Họp 22.11.2026 Quý IV-2026", basis: "appraised", basisChosen: "latest", notices: [], syncs: 2 });
    const summary = result.sheetName;
    const rubricRows = rubric.criteria.map((c, i) => [
      c.code,
      getValue(host.workbook, SHEET, `B${5 + i}`),
      c.max,
      getValue(host.workbook, SHEET, `D${5 + i}`),
    ]);
    const column = (letter: string) => rubric.criteria.map((_, i) => [getValue(host.workbook, SHEET, `${letter}${5 + i}`)]);
    const expectedTotal = PAR.total(column("I"), rubricRows);
    expect(getValue(host.workbook, summary, "B7")).toBe("Sở Tư pháp");
    expect(getValue(host.workbook, summary, "C7")).toBe(expectedTotal);
    expect(getValue(host.workbook, summary, "E7")).toBe(PAR.percent(column("I"), rubricRows, null));
    expect(getValue(host.workbook, summary, "G7")).toBe(1);
    expect(getValue(host.workbook, summary, "H7")).toBe(1);
    expect(getCell(host.workbook, summary, "C7")?.formula).toBeNull();
    expect(String(getValue(host.workbook, summary, "A3"))).toContain(`"${SHEET}"`);
    const sheet = findSheet(host.workbook, summary)!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    const again = await makeSummary(SHEET, { period: "Quý IV/2026", topLost: 5 }, undefined, now);
    expect(again.sheetName).toBe("Họp 22.11.2026 Quý IV-2026 (2)");
    expect(getValue(host.workbook, summary, "C7")).toBe(expectedTotal);
  });

  it("lists the criteria that lost most points with their responsible department", async () => {
    const lossy = leaves.filter((leaf) => leaf.kind === "normal").slice(0, 2);
    await paste(SHEET, `I${rowOf(lossy[0].code)}`, [[0]]);
    await paste(SHEET, `J${rowOf(lossy[0].code)}`, [[0]]);
    const result = await makeSummary(SHEET, { period: "6 tháng", topLost: 3 }, undefined, new Date(2026, 5, 30));
    const values = findSheet(host.workbook, result.sheetName)!;
    const rows = [...values.cells.entries()].length;
    expect(rows).toBeGreaterThan(10);
    const titleRow = Array.from({ length: 80 }, (_, r) => r + 1).find((r) =>
      String(getValue(host.workbook, result.sheetName, `A${r}`)).startsWith("3. "),
    )!;
    expect(getValue(host.workbook, result.sheetName, `B${titleRow + 2}`)).toBe(lossy[0].code);
    expect(getValue(host.workbook, result.sheetName, `D${titleRow + 2}`)).toBe(lossy[0].max * 2);
    expect(getValue(host.workbook, result.sheetName, `E${titleRow + 2}`)).toBe(2);
    expect(getValue(host.workbook, result.sheetName, `F${titleRow + 2}`)).toBe(lossy[0].responsible);
  });

  it("lists where the appraisal cut the self-assessed points, largest cut first", async () => {
    const [a, b] = leaves.filter((leaf) => leaf.kind === "normal" && leaf.rule?.type === "yesNo");
    // Columns: G, H self-assessed (two units), I, J appraised.
    await paste(SHEET, `G${rowOf(a.code)}`, [[a.max]]);
    await paste(SHEET, `I${rowOf(a.code)}`, [[0]]);
    await paste(SHEET, `H${rowOf(b.code)}`, [[b.max]]);
    await paste(SHEET, `J${rowOf(b.code)}`, [[b.max]]);
    const result = await makeSummary(SHEET, { period: "Q3", topLost: 5 }, undefined, new Date(2026, 8, 30));
    const at = (address: string) => getValue(host.workbook, result.sheetName, address);
    const titleRow = Array.from({ length: 120 }, (_, r) => r + 1).find((r) => String(at(`A${r}`)).startsWith("4. "))!;
    expect(titleRow).toBeDefined();
    expect([
      at(`B${titleRow + 2}`),
      at(`C${titleRow + 2}`),
      at(`E${titleRow + 2}`),
      at(`F${titleRow + 2}`),
      at(`G${titleRow + 2}`),
    ]).toEqual(["Sở Tư pháp", a.code, a.max, 0, -a.max]);
    expect(at(`B${titleRow + 3}`) ?? "").toBe("");
  });

  it("refuses to report numbers from invalid scores, naming the cell's criterion", async () => {
    const leaf = leaves.find((l) => l.kind === "normal")!;
    await paste(SHEET, `I${rowOf(leaf.code)}`, [["abc"]]);
    const before = host.workbook.sheets.length;
    const error = await makeSummary(SHEET, { period: "Q4", topLost: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toContain(leaf.code);
    expect(host.workbook.sheets.length).toBe(before);
  });
});

describe("Meeting summary at 9 months: only self-assessed scores (issue 10, item 1)", () => {
  const at = (sheet: string, address: string) => getValue(host.workbook, sheet, address);
  const sheetText = (sheet: string) =>
    [...findSheet(host.workbook, sheet)!.cells.values()].map((cell) => String(cell.value ?? "")).join("\n");

  it("reports the self-assessed column by default, says so, and shows a unit with no scores as not assessed", async () => {
    await fillPerfect("G"); // Sở Tư pháp, self-assessed; Sở Y tế has nothing yet, nothing is appraised
    const result = await makeSummary(SHEET, { period: "9 tháng đầu năm 2026", topLost: 5 }, undefined, new Date(2026, 9, 5));
    expect(result).toMatchObject({ basis: "self", basisChosen: "latest", syncs: 2 });
    expect(result.notices).toEqual([{ kind: "unitsNotAssessed", units: ["Sở Y tế"] }]);
    const report = result.sheetName;
    expect(report).toBe("Họp 05.10 9 tháng đầu năm 2026");
    expect(String(at(report, "A3"))).toContain("cột điểm Tự đánh giá");
    expect(String(at(report, "A4"))).toContain("CHÚ Ý: 1 đơn vị chưa có điểm nào");
    const header = Array.from({ length: 20 }, (_, r) => r + 1).find((r) => at(report, `B${r}`) === "Đơn vị")!;
    expect([
      at(report, `B${header + 1}`),
      at(report, `C${header + 1}`),
      at(report, `F${header + 1}`),
      at(report, `G${header + 1}`),
    ]).toEqual(["Sở Tư pháp", 100, "Xuất sắc", 1]);
    expect([
      at(report, `B${header + 2}`),
      at(report, `C${header + 2}`),
      at(report, `E${header + 2}`),
      at(report, `F${header + 2}`),
      at(report, `G${header + 2}`),
    ]).toEqual(["Sở Y tế", "Chưa chấm", "", "Chưa chấm", ""]);
    expect(sheetText(report)).not.toMatch(/Yếu/);
  });

  it("an empty column the user chose is reported as not assessed, with a warning naming the columns that have scores", async () => {
    await fillPerfect("G");
    const result = await makeSummary(SHEET, { period: "Quý III/2026", topLost: 5, basis: "appraised" }, undefined, new Date(2026, 9, 5));
    expect(result).toMatchObject({ basis: "appraised", basisChosen: "user" });
    expect(result.notices).toEqual([{ kind: "basisEmpty", basis: "appraised", withEntries: ["self"] }]);
    const report = result.sheetName;
    expect(String(at(report, "A4"))).toBe(
      'CHÚ Ý: Cột Thẩm định chưa có điểm nào, nên mọi đơn vị là "chưa chấm" (không phải 0 điểm). Cột đã có điểm: "Tự đánh giá".',
    );
    const header = Array.from({ length: 20 }, (_, r) => r + 1).find((r) => at(report, `B${r}`) === "Đơn vị")!;
    for (const row of [header + 1, header + 2]) {
      expect([at(report, `C${row}`), at(report, `E${row}`), at(report, `F${row}`), at(report, `G${row}`), at(report, `H${row}`)]).toEqual([
        "Chưa chấm",
        "",
        "Chưa chấm",
        "",
        "",
      ]);
    }
    expect(sheetText(report)).toContain("3. Các tiêu chí bị mất điểm: chưa có tiêu chí nào bị mất điểm");
    expect(sheetText(report)).not.toMatch(/\b0 tiêu chí/);
  });

  it("a previous rank whose name matches no unit is reported, offering the unit it differs from by accents", async () => {
    await fillPerfect("G");
    await fillPerfect("H");
    const result = await makeSummary(
      SHEET,
      { period: "Q3", topLost: 3, previousRanks: { "so tu phap": 2, "Sở y tế": 1 } },
      undefined,
      new Date(2026, 9, 5),
    );
    expect(result.notices).toEqual([{ kind: "rankUnmatched", name: "so tu phap", suggestion: "Sở Tư pháp" }]);
    expect(sheetText(result.sheetName)).toContain(
      'Thứ hạng kỳ trước của "so tu phap" không khớp đơn vị nào trên trang nên không dùng; có phải là "Sở Tư pháp"?',
    );
    const header = Array.from({ length: 20 }, (_, r) => r + 1).find((r) => at(result.sheetName, `B${r}`) === "Đơn vị")!;
    // "Sở y tế" matches "Sở Y tế" ignoring case: rank 1 both years.
    expect([at(result.sheetName, `B${header + 2}`), at(result.sheetName, `H${header + 2}`)]).toEqual(["Sở Y tế", 0]);
  });

  it("reads in English when made from the English pane: one language, no bilingual headers", async () => {
    await fillPerfect("G");
    const result = await makeSummary(SHEET, { period: "Q3 2026", topLost: 3, language: "en" }, undefined, new Date(2026, 9, 5));
    const text = sheetText(result.sheetName);
    expect(result.sheetName).toBe("Meeting 05.10.2026 Q3 2026");
    expect(text).toContain("Self-assessed scores — the latest kind of score on the sheet.");
    expect(text).toContain("Not assessed");
    expect(text).not.toMatch(/Đơn vị|Tổng điểm|Xếp loại|Chưa chấm/);
  });

  it("a second report on the same day keeps the whole period, year included, in its name", async () => {
    const now = new Date(2026, 9, 5);
    const names = [];
    for (let i = 0; i < 3; i++)
      names.push((await makeSummary(SHEET, { period: "9 tháng đầu năm 2026", topLost: 3 }, undefined, now)).sheetName);
    expect(names).toEqual(["Họp 05.10 9 tháng đầu năm 2026", "Họp 9 tháng đầu năm 2026 (2)", "Họp 9 tháng đầu năm 2026 (3)"]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("a scoring sheet renamed after the pane listed it (issue 10, item 6)", () => {
  const rename = (from: string, to: string) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(from).name = to;
      await context.sync();
    });

  it("is found again under its new name by Check, Highlight and the meeting report", async () => {
    const leaf = leaves.find((l) => l.kind === "normal")!;
    await paste(SHEET, `G${rowOf(leaf.code)}`, [[leaf.max + 1]]);
    await rename(SHEET, "Chấm điểm 9 tháng");
    const report = await validate(SHEET);
    expect(report.scoringSheet).toBe("Chấm điểm 9 tháng");
    expect(report.findings.map((f) => f.address)).toEqual([`'Chấm điểm 9 tháng'!G${rowOf(leaf.code)}`]);
    await paste("Chấm điểm 9 tháng", `G${rowOf(leaf.code)}`, [[leaf.max]]);
    expect((await makeSummary(SHEET, { period: "Q3", topLost: 3 })).basis).toBe("self");
    expect((await highlight(SHEET)).scoringSheet).toBe("Chấm điểm 9 tháng");
  });

  it("a deleted one is reported in the user's language, with no English from Excel in the Vietnamese", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    const error = await validate(SHEET).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error.userMessage.vi).toBe(
      `Không tìm thấy trang chấm điểm "${SHEET}": trang đã bị xóa hoặc đổi tên. Hãy bấm "Làm mới danh sách" rồi chọn lại trang chấm điểm.`,
    );
  });
});

describe("Paste scores (issue 10, item 8)", () => {
  const vi = (n: number) => String(n).replace(".", ",");

  it("writes a copied column of leaf scores into the leaf cells only, in two round trips", async () => {
    const text = leaves.map((leaf) => (leaf.kind === "normal" ? vi(leaf.max) : "")).join("\r\n") + "\r\n";
    host.stats.reset();
    const result = await pasteScores(SHEET, { unit: "Sở Y tế", kind: "appraised", text });
    expect(result.syncs).toBe(2);
    expect(result.written).toBe(leaves.filter((leaf) => leaf.kind === "normal").length);
    for (const leaf of leaves) expect(getValue(host.workbook, SHEET, `J${rowOf(leaf.code)}`)).toBe(leaf.kind === "normal" ? leaf.max : "");
    for (const parent of rubric.criteria.filter((c) => !leaves.includes(c))) {
      expect(getCell(host.workbook, SHEET, `J${rowOf(parent.code)}`)?.formula).toMatch(/^=PAR\.AREA\(/);
    }
    expect(getValue(host.workbook, SHEET, `J${summaryRowOf(0)}`)).toBe(100);
    expect(findSheet(host.workbook, SHEET)!.protection.protected).toBe(true);
  });

  it("takes code and score pairs in any order, and a whole copied column with its subtotal rows", async () => {
    const [a, b] = leaves.filter((leaf) => leaf.kind === "normal");
    await pasteScores(SHEET, { unit: "Sở Tư pháp", kind: "self", text: `${b.code}\t${vi(b.max)}\n${a.code}\t0` });
    expect([getValue(host.workbook, SHEET, `G${rowOf(a.code)}`), getValue(host.workbook, SHEET, `G${rowOf(b.code)}`)]).toEqual([0, b.max]);
    const whole = rubric.criteria.map((c) => `${c === a ? "0,5" : leaves.includes(c) ? "" : "9,99"}\r\n`).join("");
    const result = await pasteScores(SHEET, { unit: "Sở Tư pháp", kind: "self", text: whole });
    expect(getValue(host.workbook, SHEET, `G${rowOf(a.code)}`)).toBe(0.5);
    // Blank lines leave their cells alone; the subtotal values copied along are not written.
    expect(getValue(host.workbook, SHEET, `G${rowOf(b.code)}`)).toBe(b.max);
    expect(result).toMatchObject({ written: 1, replaced: 1 });
  });

  it("writes nothing when a line is wrong, and says which", async () => {
    const [a] = leaves.filter((leaf) => leaf.kind === "normal");
    const error = await pasteScores(SHEET, { unit: "Sở Tư pháp", kind: "self", text: `${a.code}\t0\n9.9.9\t1` }).catch((e) => e);
    expect(error.userMessage.vi).toBe('Dòng 2: mã "9.9.9" không có trong bộ tiêu chí. Chưa ghi điểm nào.');
    const tooMany = await pasteScores(SHEET, {
      unit: "Sở Tư pháp",
      kind: "self",
      text: leaves.map((leaf) => String(leaf.max + 1)).join("\n"),
    }).catch((e) => e);
    expect(tooMany.userMessage.vi).toMatch(/^Chưa ghi điểm nào: .*vượt/);
    const short = await pasteScores(SHEET, { unit: "Sở Tư pháp", kind: "self", text: "1\n2" }).catch((e) => e);
    expect(short.userMessage.vi).toContain(`Đã dán 2 dòng, nhưng bộ tiêu chí có ${leaves.length} tiêu chí chấm điểm`);
    expect(getValue(host.workbook, SHEET, `G${rowOf(a.code)}`)).toBe("");
  });
});

describe("a target typed in the sheet (issue 10, item 2)", () => {
  it("takes a number over the target the template wrote: 88 typed is the number 88, and the gap follows", async () => {
    const kind = `H${summaryRowOf(10)}`,
      value = `H${summaryRowOf(11)}`,
      gap = `H${summaryRowOf(13)}`;
    expect([getValue(host.workbook, SHEET, kind), getValue(host.workbook, SHEET, value)]).toEqual(["Xếp loại", "Tốt"]);
    await fillPerfect("H");
    // What Excel receives when the user types into the cells (unlocked inputs of the protected sheet).
    await paste(SHEET, kind, [["Điểm"]]);
    await paste(SHEET, value, [["88"]]);
    expect(getValue(host.workbook, SHEET, value)).toBe(88);
    expect(getValue(host.workbook, SHEET, gap)).toBe(-12);
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(14)}`)).toBe("Đạt");
    expect((await validate(SHEET)).findings).toEqual([]);
  });

  it("a value that does not fit its kind is a finding of Check, naming the cell", async () => {
    const value = `G${summaryRowOf(11)}`;
    await paste(SHEET, value, [[88]]); // under "Xếp loại"
    const report = await validate(SHEET);
    expect(report.findings.map((f) => [f.code, f.unit, f.address])).toEqual([["target.invalid", "Sở Tư pháp", `'${SHEET}'!${value}`]]);
    expect(report.findings[0].message.vi).toBe(
      `Ô ${value} (mục tiêu của "Sở Tư pháp") là "88" nhưng loại mục tiêu là Xếp loại: hãy nhập một xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu), hoặc đổi loại mục tiêu.`,
    );
  });
});

describe("target kind words: the pane's, in the sheet's drop-down, its formulas and Check (issue 10, item 2)", () => {
  const kind = `H${summaryRowOf(10)}`;
  const value = `H${summaryRowOf(11)}`;
  const type = (address: string, input: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    return host.typeCell(findSheet(host.workbook, SHEET)!, Number(match[2]) - 1, match[1].charCodeAt(0) - 65, input, { validate: true });
  };

  it("'Tổng điểm' typed as the pane says it is taken, and 88 typed under it gives a gap and a status", async () => {
    await fillPerfect("H");
    for (const word of ["Tổng điểm", "Điểm", "tổng điểm"]) {
      expect(type(kind, word)).toEqual({ ok: true });
      expect(type(value, "88")).toEqual({ ok: true });
      expect(getValue(host.workbook, SHEET, `H${summaryRowOf(12)}`)).toBe(88);
      expect(getValue(host.workbook, SHEET, `H${summaryRowOf(13)}`)).toBe(-12);
      expect(getValue(host.workbook, SHEET, `H${summaryRowOf(14)}`)).toBe("Đạt");
      expect((await validate(SHEET)).findings).toEqual([]);
    }
    expect(type(kind, "Thứ hạng")).toEqual({ ok: true });
    expect(type(value, "1")).toEqual({ ok: true });
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(14)}`)).toMatch(/^(Sát mục tiêu|Đạt)$/);
    // A word that is not in the list is refused at the door, naming the words to choose from.
    const refused = type(kind, "Số điểm");
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    expect(refused.ok === false && refused.kind === "invalid" && refused.message).toBe(
      "Chọn trong danh sách: Xếp loại, Tổng điểm, Điểm, Thứ hạng, Hạng.",
    );
  });

  it("a grade typed in another case is the same grade for the gap row and for Check, as in Excel", async () => {
    await fillPerfect("H");
    await paste(SHEET, `${kind}:${value}`, [["Xếp loại"], ["tốt"]]);
    // "Tốt" asks for 80 % of the max (100): the perfect unit is 20 points above it.
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(12)}`)).toBe(80);
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(13)}`)).toBe(-20);
    expect((await validate(SHEET)).findings).toEqual([]);
  });

  it("a value that does not fit its kind is a finding under every word of that kind", async () => {
    const cases: [string, unknown, string][] = [
      ["Tổng điểm", "Tốt", "một số điểm từ 0 đến 100"],
      ["Điểm", 120, "một số điểm từ 0 đến 100"],
      ["Thứ hạng", 2.5, "một thứ hạng từ 1 đến 2"],
      ["Hạng", 7, "một thứ hạng từ 1 đến 2"],
      ["Xếp loại", 88, "một xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu)"],
    ];
    for (const [word, typed, wanted] of cases) {
      await paste(SHEET, `${kind}:${value}`, [[word], [typed]]);
      const findings = (await validate(SHEET)).findings;
      expect(findings.map((f) => [f.code, f.address])).toEqual([["target.invalid", `'${SHEET}'!${value}`]]);
      expect(findings[0].message.vi).toContain(wanted);
    }
  });

  it("a sheet made from the English pane takes the English words, and the Vietnamese ones still work in it", async () => {
    host.uninstall();
    host = installHost({ evaluator: parEvaluator() });
    await createOrUpdateTemplate({
      rubric,
      units: ["Sở Tư pháp", "Sở Y tế"],
      columns: ["self", "appraised"],
      target: { kind: "points", value: 80 },
      language: "en",
    });
    expect(getValue(host.workbook, SHEET, kind)).toBe("Point total");
    await fillPerfect("H");
    // Its status in English too (the highlight rules look for either language's words).
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(14)}`)).toBe("Met");
    expect(type(kind, "Rank")).toEqual({ ok: true });
    expect(type(value, "1")).toEqual({ ok: true });
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(13)}`)).toBe(0);
    await paste(SHEET, `${kind}:${value}`, [["Tổng điểm"], [88]]);
    expect(getValue(host.workbook, SHEET, `H${summaryRowOf(13)}`)).toBe(-12);
    expect((await validate(SHEET)).findings).toEqual([]);
    await paste(SHEET, value, [["Tốt"]]);
    expect((await validate(SHEET)).findings[0].message.en).toContain("but the target kind is Point total: enter points from 0 to 100");
  });
});

describe("listing scoring sheets", () => {
  it("lists ours, the active one first", async () => {
    const sheets = await listScoringSheets();
    expect(sheets.map((s) => [s.scoringSheet, s.rubricId, s.units])).toEqual([[SHEET, "department-2025", ["Sở Tư pháp", "Sở Y tế"]]]);
  });
});
