import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runFormsCli } from "../../src/cli/forms-cli";
import { FIRST_NODE_ROW, FORM_COLUMNS, FORM_SHEET_NAME, IDENTITY_SHEET_NAME } from "../../src/core/forms/form-layout";

/**
 * The forms command line as IT staff use it: make forms from a rubric and a units list, then collect
 * the returned files. Forms are filled here with ExcelJS the way Excel saves what a user typed.
 */
jest.setTimeout(120_000);

const work = mkdtempSync(join(tmpdir(), "par-forms-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; lines: Record<string, unknown>[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFormsCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, lines: out.map((line) => JSON.parse(line)), err: err.join("\n") };
}

/** A rubric with every kind of row, and decimals that binary floating point gets wrong. */
function testRubric(version = "1"): Record<string, unknown> {
  const leaf = (code: string, max: number, rule: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    code,
    name: { vi: `Tiêu chí ${code}` },
    max,
    rule,
    ...extra,
  });
  return {
    id: "test-forms",
    title: { vi: "Bộ tiêu chí thử" },
    level: "commune",
    year: 2026,
    version,
    source: { document: "test", illustrative: true },
    totalMax: 30,
    gradeBands: {
      default: [
        { label: { vi: "Tốt" }, minPercent: 80 },
        { label: { vi: "Yếu" }, minPercent: 0 },
      ],
    },
    criteria: [
      { code: "1", name: { vi: "Lĩnh vực 1" }, max: 20 },
      leaf("1.1", 12.5, { type: "proportional" }, { step: 0.5 }),
      leaf("1.2", 7.5, { type: "proportional" }, { step: 0.001 }),
      { code: "2", name: { vi: "Lĩnh vực 2" }, max: 10 },
      leaf("2.1", 2, { type: "yesNo" }),
      leaf("2.2", 1, {
        type: "levels",
        levels: [
          { score: 1, label: { vi: "Đúng hạn" } },
          { score: 0.5, label: { vi: "Muộn" } },
          { score: 0, label: { vi: "Không" } },
        ],
      }),
      leaf("2.3", 7, { type: "proportional" }, { step: 0.25 }),
      { code: "3", name: { vi: "Điểm thưởng" }, max: 1, kind: "bonus" },
      leaf("3.1", 1, { type: "proportional" }, { kind: "bonus", step: 0.25 }),
      leaf("3.2", 1, { type: "proportional" }, { kind: "bonus", step: 0.25 }),
      { code: "4", name: { vi: "Điểm trừ" }, max: 2, kind: "penalty" },
      leaf("4.1", 1, { type: "proportional" }, { kind: "penalty", step: 0.25 }),
      leaf("4.2", 1, { type: "proportional" }, { kind: "penalty", step: 0.25 }),
    ],
  };
}

const CODES = ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "4", "4.1", "4.2"];
const rowOf = (code: string) => FIRST_NODE_ROW + CODES.indexOf(code) + 1; // 1-based, as ExcelJS counts
const rubricFile = join(work, "rubric.json");
const rubricV2File = join(work, "rubric-v2.json");
const unitsFile = join(work, "units.txt");
const out = join(work, "forms");

beforeAll(async () => {
  writeFileSync(rubricFile, JSON.stringify(testRubric()));
  writeFileSync(rubricV2File, JSON.stringify(testRubric("2")));
  writeFileSync(unitsFile, '\uFEFFUBND xã Tân Phú\n=HYPERLINK("http://x","bấm")\nPhường 1/2\nXã A & <B> \'C\'\n\n');
  const made = await run(
    "make",
    "--rubric",
    rubricFile,
    "--units",
    unitsFile,
    "--out",
    out,
    "--period",
    "Năm 2026",
    "--deadline",
    "2026-12-15",
  );
  expect(made.code).toBe(0);
});

/** Opens a made form, lets `edit` change it as a user in Excel would, saves it under a new name. */
async function filled(
  name: string,
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  from = "UBND xã Tân Phú.xlsx",
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, from));
  edit(workbook.getWorksheet(FORM_SHEET_NAME)!, workbook);
  const file = join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const score = (sheet: ExcelJS.Worksheet, code: string, value: ExcelJS.CellValue) =>
  (sheet.getCell(rowOf(code), FORM_COLUMNS.score + 1).value = value);

test("make writes one form per unit, named safely, and prints one JSON line each", async () => {
  const made = await run("make", "--rubric", rubricFile, "--units", unitsFile, "--out", out);
  expect(made.lines).toEqual([
    { unit: "UBND xã Tân Phú", file: join(out, "UBND xã Tân Phú.xlsx") },
    { unit: '=HYPERLINK("http://x","bấm")', file: join(out, "=HYPERLINK(_http___x_,_bấm_).xlsx") },
    { unit: "Phường 1/2", file: join(out, "Phường 1_2.xlsx") },
    { unit: "Xã A & <B> 'C'", file: join(out, "Xã A & _B_ 'C'.xlsx") },
  ]);
  for (const line of made.lines) expect(existsSync(line.file as string)).toBe(true);
});

test("a unit named like a formula, and the codes, are written as text", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, "=HYPERLINK(_http___x_,_bấm_).xlsx"));
  const sheet = workbook.getWorksheet(FORM_SHEET_NAME)!;
  expect(sheet.getCell("A2").value).toBe('Đơn vị: =HYPERLINK("http://x","bấm")');
  expect(sheet.getCell(rowOf("1.1"), 1).value).toBe("1.1");
  expect(workbook.getWorksheet(IDENTITY_SHEET_NAME)!.state).toBe("veryHidden");
  expect(workbook.getWorksheet(IDENTITY_SHEET_NAME)!.getCell("B6").value).toBe('=HYPERLINK("http://x","bấm")');
  const { lines } = await run("collect", join(out, "Xã A & _B_ 'C'.xlsx"), "--rubric", rubricFile);
  expect(lines[0]).toMatchObject({ unit: "Xã A & <B> 'C'", status: "ok" });
});

test("collect prints exact totals, scores as typed, findings in Vietnamese and the evidence missing", async () => {
  const file = await filled("returned.xlsx", (sheet) => {
    score(sheet, "1.1", 12.5);
    score(sheet, "1.2", 7.242);
    score(sheet, "2.1", "N/A");
    score(sheet, "2.3", "6,5");
    score(sheet, "3.1", 1);
    score(sheet, "3.2", 1);
    score(sheet, "4.1", 0.5);
    sheet.getCell(rowOf("1.1"), FORM_COLUMNS.evidence + 1).value = "Quyết định 12/QĐ-UBND ngày 03/02/2026";
    sheet.getCell(rowOf("1.1"), FORM_COLUMNS.explanation + 1).value = "=SUM(1,2)";
  });
  const result = await run("collect", file, "--rubric", rubricFile);
  expect(result.code).toBe(0);
  const [line] = result.lines;
  expect(line).toMatchObject({
    file,
    unit: "UBND xã Tân Phú",
    rubric: "test-forms",
    version: "1",
    status: "ok",
    // "6,5" typed as text counts as 6.5, as the form's own total counts it (core/rules/form-entry).
    total: 26.742,
    applicableMax: 28,
    assessedMax: 27,
    lost: 0.758,
    percent: 26.742 / 28,
    scores: { "1.1": 12.5, "1.2": 7.242, "2.1": "N/A", "2.3": "6,5", "3.1": 1, "3.2": 1, "4.1": 0.5 },
    evidenceMissing: ["1.2", "2.3", "3.1", "3.2"],
    explanationMissing: ["1.2", "2.3"],
  });
  const textNumber = (line.findings as { code: string; message: string; cell: string }[]).find((f) => f.code === "form.textNumberRead")!;
  expect(textNumber.cell).toBe(`H${rowOf("2.3")}`);
  expect(textNumber.message).toContain('"6,5"');
  expect(textNumber.message).toContain("đã đọc là 6,5");
  expect(textNumber.message).toContain("returned.xlsx");
});

test("collect without --rubric identifies a bundled rubric's form by itself", async () => {
  const bundledOut = join(work, "bundled");
  await run("make", "--rubric", "commune-2025", "--units", unitsFile, "--out", bundledOut);
  const result = await run("collect", join(bundledOut, "Phường 1_2.xlsx"));
  expect(result.code).toBe(0);
  expect(result.lines[0]).toMatchObject({ unit: "Phường 1/2", rubric: "commune-2025", status: "ok", total: 0, assessedMax: 0, percent: 0 });
});

test("a formula typed into a score cell stays text: it is reported, never evaluated", async () => {
  const file = await filled("formula.xlsx", (sheet) => score(sheet, "1.1", { formula: "12.5*1" } as ExcelJS.CellFormulaValue));
  const { lines } = await run("collect", file, "--rubric", rubricFile);
  expect(lines[0]).toMatchObject({ status: "ok", total: 0, scores: { "1.1": "=12.5*1" } });
  const findings = (lines[0].findings as { code: string; cell: string; message: string }[]).filter((f) => f.cell === `H${rowOf("1.1")}`);
  // One finding, in its own words: the form's total leaves the formula out too.
  expect(findings).toHaveLength(1);
  expect(findings[0].code).toBe("form.scoreFormula");
  expect(findings[0].message).toContain("=12.5*1");
  expect(findings[0].message).toContain(`ô H${rowOf("1.1")}`);
});

describe("bad files are refused with a message naming the file and the cell or criterion (exit 1)", () => {
  const refused = async (file: string, ...more: string[]) => {
    const result = await run("collect", file, ...more);
    expect(result.code).toBe(1);
    expect(result.lines[0].status).toBe("refused");
    return result.lines[0] as { reason: string; reasonEn: string };
  };

  test("not an xlsx, an old .xls, a password-protected and a corrupted file", async () => {
    const text = join(work, "notes.xlsx");
    writeFileSync(text, "điểm: 8,25");
    expect((await refused(text)).reason).toContain('"notes.xlsx" không phải tệp Excel');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const xls = join(work, "old.xls");
    writeFileSync(xls, ole);
    expect((await refused(xls)).reason).toContain("Excel 97-2003");
    const encrypted = join(work, "locked.xlsx");
    writeFileSync(encrypted, Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]));
    expect((await refused(encrypted)).reason).toContain("mật khẩu");
    const broken = join(work, "broken.xlsx");
    writeFileSync(broken, Buffer.concat([readFileSync(join(out, "UBND xã Tân Phú.xlsx")).subarray(0, 3000)]));
    expect((await refused(broken)).reason).toContain('"broken.xlsx" bị hỏng');
  });

  test("a workbook that is not one of our forms", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Điểm";
    const file = join(work, "plain.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await refused(file, "--rubric", rubricFile)).reason).toContain("không phải phiếu tự đánh giá");
  });

  test("a form for another rubric (another version is carried over by code: older-version.test.ts)", async () => {
    expect((await refused(join(work, "bundled", "Phường 1_2.xlsx"), "--rubric", rubricFile)).reason).toContain(
      "thuộc bộ tiêu chí commune-2025, không phải test-forms",
    );
    expect((await run("collect", join(out, "Phường 1_2.xlsx"), "--rubric", rubricV2File)).lines[0]).toMatchObject({
      status: "ok",
      version: "1",
      carriedInto: "2",
    });
  });

  test("an edited maximum, a deleted row, an inserted row, moved rows", async () => {
    const edited = await filled("edited.xlsx", (sheet) => (sheet.getCell(rowOf("2.3"), FORM_COLUMNS.max + 1).value = 9));
    expect((await refused(edited, "--rubric", rubricFile)).reason).toContain(
      `điểm tối đa của tiêu chí 2.3 (ô C${rowOf("2.3")}) đã bị sửa thành "9"`,
    );
    const deleted = await filled("deleted.xlsx", (sheet) => sheet.spliceRows(rowOf("2.2"), 1));
    expect((await refused(deleted, "--rubric", rubricFile)).reason).toContain("dòng của tiêu chí 2.2 đã bị xóa");
    const inserted = await filled("inserted.xlsx", (sheet) => sheet.spliceRows(rowOf("2.2"), 0, ["9.9", "tiêu chí", 1]));
    expect((await refused(inserted, "--rubric", rubricFile)).reason).toContain(`dòng A${rowOf("2.2")} được chèn thêm ("9.9")`);
    const moved = await filled("moved.xlsx", (sheet) => {
      sheet.getCell(rowOf("2.1"), 1).value = "2.2";
      sheet.getCell(rowOf("2.2"), 1).value = "2.1";
    });
    expect((await refused(moved, "--rubric", rubricFile)).reason).toContain("tiêu chí 2.1 nằm ở ô");
  });
});

test("collect exits 0 when every file was read and 1 when any was refused; one line per file", async () => {
  const good = join(out, "Phường 1_2.xlsx");
  expect((await run("collect", good, "--rubric", rubricFile)).code).toBe(0);
  const both = await run("collect", good, join(work, "notes.xlsx"), "--rubric", rubricFile);
  expect(both.code).toBe(1);
  expect(both.lines.map((line) => line.status)).toEqual(["ok", "refused"]);
  // A path that is not there is refused on its own line; the files around it are still collected.
  const missing = join(work, "Phường 9.xlsx");
  const around = await run("collect", missing, good, "--rubric", rubricFile);
  expect(around.code).toBe(1);
  expect(around.lines.map((line) => [line.file, line.status])).toEqual([
    [missing, "refused"],
    [good, "ok"],
  ]);
  expect(around.lines[0].reason).toBe(`Không có tệp "${missing}"; kiểm tra lại đường dẫn và tên tệp (các tệp khác vẫn được thu).`);
});

test("command mistakes are explained in Vietnamese then English (exit 2)", async () => {
  const unknown = await run("make", "--rubric", "no-such-rubric", "--units", unitsFile, "--out", out);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain('Không có tệp hay bộ tiêu chí có sẵn tên "no-such-rubric"');
  const duplicate = join(work, "dup.txt");
  writeFileSync(duplicate, "Xã A\nxã  a\n");
  expect((await run("make", "--rubric", rubricFile, "--units", duplicate, "--out", out)).err).toContain("ở dòng 2 trùng với dòng 1");
  expect((await run("make", "--rubric", rubricFile, "--units", unitsFile, "--out", out, "--deadline", "15/12/2026")).err).toContain(
    "yyyy-mm-dd",
  );
  expect((await run("collect")).code).toBe(2);
});
