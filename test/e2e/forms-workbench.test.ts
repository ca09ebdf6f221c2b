/**
 * The self-assessment forms in a real Chromium, as a Sở Nội vụ officer runs a round: a scoring
 * sheet for three communes → the pane makes their forms (a .zip download, and one unit's .xlsx) →
 * two units fill theirs (edited here with ExcelJS as a unit would in its own spreadsheet program)
 * → the officer uploads them with a file that is not a form → the pane reports per file, the
 * scores land in each unit's self-assessed column and the evidence in its own sheet → a score
 * already typed in the sheet changes only where the officer ticks it → the same files collected
 * again change nothing. Screenshots at a 350 px pane (test-results/e2e-forms-*.png).
 *
 * Needs `npm run build:workbench` first (`npm test` builds before testing) and Debian's /usr/bin/chromium.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Download, Locator, Page } from "playwright-core";
import { EVIDENCE_SHEET_NAME } from "../../src/core/forms/collect-plan";
import { formFileNames } from "../../src/core/forms/file-name";
import { FORM_SHEET_NAME, INPUT_HEADERS } from "../../src/core/forms/form-layout";
import { formsStrings } from "../../src/taskpane/i18n/forms-strings";
import { strings } from "../../src/taskpane/i18n/strings";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { collectForms } from "../../src/xlsx/forms";
import path from "node:path";
import { openWorkbench, pattern, RESULTS, scanPane, startSession, timedCommand, type Session } from "./support/session";
import { readScoringSheet, values, type Cell } from "./support/scoring";

jest.setTimeout(180_000);

const UNITS = ["Xã An Bình", "Phường Tân Định", "Xã Hòa Lợi"];
const RUBRIC_ID = "commune-2025";

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** The pane as narrow as Excel shows it by default (350 px), the grid beside it. */
async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.addStyleTag({ content: `#taskpane { flex-basis: ${width}px !important; width: ${width}px !important; }` });
}

/** The pane as the user sees it with `part` scrolled into view (test-results/<name>.png). */
async function paneScreenshot(page: Page, part: Locator, name: string): Promise<void> {
  await part.scrollIntoViewIfNeeded();
  await page.locator("#taskpane").screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The command's download, its bytes and the name the browser would save it under. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A unit filling its form: score, evidence and explanation typed on the rows of the given codes. */
interface Entry {
  score?: number | string;
  evidence?: string;
  explanation?: string;
}

async function fillForm(bytes: Uint8Array, entries: Record<string, Entry>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_SHEET_NAME)!;
  const headerRow = findRow(sheet, (row) => row.values.includes(INPUT_HEADERS.score));
  const column = (header: string) => (sheet.getRow(headerRow).values as unknown[]).indexOf(header);
  const [score, evidence, explanation] = [INPUT_HEADERS.score, INPUT_HEADERS.evidence, INPUT_HEADERS.explanation].map(column);
  for (const [code, entry] of Object.entries(entries)) {
    const row = sheet.getRow(findRow(sheet, (r) => r.values[1] === code));
    if (entry.score !== undefined) row.getCell(score).value = entry.score;
    if (entry.evidence !== undefined) row.getCell(evidence).value = entry.evidence;
    if (entry.explanation !== undefined) row.getCell(explanation).value = entry.explanation;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function findRow(sheet: ExcelJS.Worksheet, test: (row: { values: unknown[] }) => boolean): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (test({ values: sheet.getRow(r).values as unknown[] })) return r;
  throw new Error(`no such row on ${sheet.name}`);
}

/** The forms' own reader (the code the pane and the command line run) says what a file is. */
async function readForms(files: { fileName: string; bytes: Uint8Array }[]) {
  return collectForms(ExcelJS, files, { known: bundledRubrics() });
}

async function openSection(pane: Locator, name: string, open: boolean): Promise<void> {
  const header = pane.getByRole("button", { name, exact: true });
  if (((await header.getAttribute("aria-expanded")) === "true") !== open) await header.click();
}

/** Self-assessed score cells of the scoring sheet, by "unit|code". */
async function selfScores(page: Page, sheetName: string): Promise<Map<string, Cell>> {
  const scoring = await readScoringSheet(page, sheetName, UNITS);
  const out = new Map<string, Cell>();
  for (const column of scoring.columns.filter((c) => c.kind === "self")) {
    const cells = await values(page, sheetName, `${column.letter}${scoring.firstRow}:${column.letter}${scoring.lastRow}`);
    for (const leaf of scoring.leaves) out.set(`${column.unit}|${leaf.code}`, cells[leaf.row - scoring.firstRow][0]);
  }
  return out;
}

/** The address of a unit's self-assessed score of one criterion. */
async function selfCell(page: Page, sheetName: string, unit: string, code: string): Promise<string> {
  const scoring = await readScoringSheet(page, sheetName, UNITS);
  const column = scoring.columns.find((c) => c.kind === "self" && c.unit === unit)!;
  return `${column.letter}${scoring.leaves.find((leaf) => leaf.code === code)!.row}`;
}

/** What the grid shows in a cell, reached through the Name box as a user would. */
async function gridText(page: Page, sheetName: string, address: string): Promise<string> {
  await page.locator(`.wb-tab[data-sheet="${sheetName}"]`).click();
  const nameBox = page.locator(".wb-namebox");
  await nameBox.click();
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await page.locator(`.wb-grid-scroll[data-sheet="${sheetName}"][data-active="${address}"]`).waitFor();
  return (await page.locator(`.wb-grid td[data-a="${address}"]`).textContent()) ?? "";
}

async function typeScore(page: Page, sheetName: string, unit: string, code: string, score: Cell): Promise<void> {
  const scoring = await readScoringSheet(page, sheetName, UNITS);
  const column = scoring.columns.find((c) => c.kind === "self" && c.unit === unit)!;
  const row = scoring.leaves.find((leaf) => leaf.code === code)!.row;
  const outcome = await page.evaluate(([s, a, v]) => window.__parWorkbench!.setCell(s, a, v), [
    sheetName,
    `${column.letter}${row}`,
    score,
  ] as const);
  expect(outcome).toEqual({ ok: true });
}

const FILLED_A: Record<string, Entry> = {
  "1.1.1": { score: 1, evidence: "Kế hoạch 12/KH-UBND ngày 10/01/2026" },
  "1.1.2": { score: 1.5, evidence: "Báo cáo 45/BC-UBND ngày 15/11/2026", explanation: "Còn 3 nhiệm vụ chuyển sang năm sau" },
  // Scored below the max, with neither evidence nor explanation.
  "1.2": { score: 0.75 },
  "1.3": { score: "không áp dụng" },
  // Above the max of 2: the entry to fix.
  "1.4": { score: 3, evidence: "Biên bản đối thoại" },
  "2.1.1": { score: 1.5, evidence: "https://vbpl.example.vn/xa-an-binh/15" },
};
const FILLED_B: Record<string, Entry> = {
  "1.1.1": { score: 0.5, evidence: "Kế hoạch 3/KH-UBND ngày 20/02/2026", explanation: "Ban hành chậm 5 ngày" },
  "1.2": { score: 1.5, evidence: "Báo cáo quý I-IV/2026" },
};

test("Vietnamese: make the forms, fill two, collect them with a wrong file, choose, collect again", async () => {
  const t = strings.vi;
  const f = formsStrings.vi;
  const fail = new RegExp([t.errorTitle, t.fixErrors].map(escapeRe).join("|"));
  const { page, errors } = await openWorkbench(session, "vi");
  await setPaneWidth(page, 350);
  const pane = page.locator("#taskpane");
  await pane.getByRole("button", { name: t.createTemplate }).waitFor();

  // ---- The scoring sheet, with two scores the province already typed ----
  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption(RUBRIC_ID);
  await pane.getByLabel(t.unitsLabel).fill(UNITS.join("\n"));
  const created = await timedCommand(page, "vi.forms.template", pattern(t.templateCreated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  const scoringName = pattern(t.templateCreated).exec(created.text)![1];
  await typeScore(page, scoringName, UNITS[0], "2.1.1", 0);
  await typeScore(page, scoringName, UNITS[1], "1.2", 0.75);

  // ---- Make the forms of the sheet: one .zip of three real forms ----
  await openSection(pane, t.sections.template, false);
  await openSection(pane, t.sections.forms, true);
  const make = pane.getByRole("region", { name: f.makeTitle });
  const zip = await downloadOf(page, () => make.getByRole("button", { name: f.makeButton(UNITS.length) }).click());
  await make.getByText(f.made(UNITS.length, zip.name)).waitFor();
  expect(zip.name).toBe(`Phieu tu danh gia - ${RUBRIC_ID}.zip`);
  const archive = await JSZip.loadAsync(zip.bytes);
  const names = formFileNames(UNITS);
  expect(Object.keys(archive.files).sort()).toEqual([...names].sort());
  const forms = await Promise.all(names.map(async (fileName) => ({ fileName, bytes: await archive.file(fileName)!.async("uint8array") })));
  const blank = await readForms(forms);
  expect(blank.map((form) => [form.file, form.status, form.unit, form.rubric, form.taken])).toEqual(
    names.map((name, i) => [name, "ok", UNITS[i], RUBRIC_ID, 0]),
  );
  await paneScreenshot(page, make, "e2e-forms-vi-01-made");
  expect((await scanPane(page, "vi forms made")).map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // ---- One unit's form from a rubric and a typed unit: one .xlsx ----
  await make.getByRole("radio", { name: f.sourceRubric }).check();
  await make.getByLabel(t.bundledLabel, { exact: true }).selectOption(RUBRIC_ID);
  await make.getByLabel(t.unitsLabel).fill("Phường Mới Thành Lập");
  const single = await downloadOf(page, () => make.getByRole("button", { name: f.makeButton(1) }).click());
  await make.getByText(f.made(1, single.name)).waitFor();
  expect(single.name).toBe("Phường Mới Thành Lập.xlsx");
  const singleBook = new ExcelJS.Workbook();
  await singleBook.xlsx.load(single.bytes as unknown as ArrayBuffer);
  const singleSheet = singleBook.getWorksheet(FORM_SHEET_NAME)!;
  const header = singleSheet.getRow(findRow(singleSheet, (row) => row.values.includes(INPUT_HEADERS.score))).values as unknown[];
  expect(header).toEqual(expect.arrayContaining(Object.values(INPUT_HEADERS)));
  const [singleRead] = await readForms([{ fileName: single.name, bytes: single.bytes }]);
  expect([singleRead.status, singleRead.unit, singleRead.rubric]).toEqual(["ok", "Phường Mới Thành Lập", RUBRIC_ID]);
  await make.getByRole("radio", { name: new RegExp(`^${escapeRe(f.sourceSheet)}`) }).check();

  // ---- Two units fill their forms; one file is not a form at all ----
  const filledA = await fillForm(forms[0].bytes, FILLED_A);
  const filledB = await fillForm(forms[1].bytes, FILLED_B);
  const uploads = [
    { name: names[0], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filledA },
    { name: names[1], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filledB },
    { name: "ghi chú gửi kèm.txt", mimeType: "text/plain", buffer: Buffer.from("Kính gửi Sở Nội vụ") },
  ];
  const collectRegion = pane.getByRole("region", { name: f.collectTitle });
  const fileInput = collectRegion.getByLabel(f.filesLabel);
  await fileInput.setInputFiles(uploads);
  // 1.1.1, 1.1.2, 1.2, 1.3 of A (2.1.1 differs from the sheet; 1.4 is wrong) and 1.1.1 of B.
  await timedCommand(page, "vi.forms.collect", new RegExp(escapeRe(f.collectDone(3, 5, 1))), fail, () =>
    collectRegion.getByRole("button", { name: f.collectButton(3) }).click(),
  );

  // What the sheet holds now: the form's scores where the sheet was blank, the N/A word as typed.
  const after = await selfScores(page, scoringName);
  expect(["1.1.1", "1.1.2", "1.2", "1.3", "1.4", "2.1.1"].map((code) => after.get(`${UNITS[0]}|${code}`))).toEqual([
    1,
    1.5,
    0.75,
    "không áp dụng",
    "", // the wrong entry is not taken
    0, // the province's own score stays until the officer chooses
  ]);
  expect([after.get(`${UNITS[1]}|1.1.1`), after.get(`${UNITS[1]}|1.2`)]).toEqual([0.5, 0.75]);
  expect([...after].filter(([key]) => key.startsWith(`${UNITS[2]}|`)).every(([, value]) => value === "")).toBe(true);

  // The evidence sheet, keyed by unit and code, the file named.
  const evidence = (await values(page, EVIDENCE_SHEET_NAME, "A1:E12")).filter((row) => row[0] !== "");
  const evidenceRows = evidence.slice(1).map((row) => row.slice(0, 5));
  expect(evidenceRows).toEqual(
    expect.arrayContaining([
      [UNITS[0], "1.1.1", FILLED_A["1.1.1"].evidence, "", names[0]],
      [UNITS[0], "1.1.2", FILLED_A["1.1.2"].evidence, FILLED_A["1.1.2"].explanation, names[0]],
      [UNITS[0], "2.1.1", FILLED_A["2.1.1"].evidence, "", names[0]],
      [UNITS[1], "1.1.1", FILLED_B["1.1.1"].evidence, FILLED_B["1.1.1"].explanation, names[1]],
      [UNITS[1], "1.2", FILLED_B["1.2"].evidence, "", names[1]],
    ]),
  );

  // ---- What the officer reads, file by file ----
  const reports = collectRegion.getByRole("list", { name: f.collectTitle }).locator(":scope > li");
  await expect(reports.count()).resolves.toBe(3);
  const reportA = await reports.nth(0).innerText();
  expect(reportA.split("\n").slice(0, 2)).toEqual([f.fileHeading(names[0], UNITS[0]), f.scoresTaken(4, 4)]);
  expect(reportA).toContain(f.needsFixing(1));
  // The wrong entry: its value, its criterion, how to fix it and the form's cell (1.4 is the 7th row).
  expect(reportA).toMatch(/Điểm 3 của tiêu chí 1\.4 [^\n]*nhập điểm từ 0 đến 2[^\n]*ô H14/);
  expect(reportA).toContain(f.evidenceMissing("1.2"));
  expect(reportA).toContain(f.explanationMissing("1.2"));
  const reportB = await reports.nth(1).innerText();
  expect(reportB.split("\n").slice(0, 2)).toEqual([f.fileHeading(names[1], UNITS[1]), f.scoresTaken(1, 1)]);
  expect(reportB).not.toContain(f.needsFixing(1).replace(/^1/, ""));
  const refused = await reports.nth(2).innerText();
  expect(refused).toContain(f.fileRefused("ghi chú gửi kèm.txt"));
  expect(refused).toContain(".xlsx");
  await paneScreenshot(page, collectRegion, "e2e-forms-vi-02-collected");

  // The grid shows them: the N/A word in the unit's column, the evidence in its own sheet's tab.
  expect(await gridText(page, scoringName, await selfCell(page, scoringName, UNITS[0], "1.3"))).toBe("không áp dụng");
  expect(await gridText(page, scoringName, await selfCell(page, scoringName, UNITS[0], "1.1.2"))).toBe("1,50");
  await gridText(page, scoringName, "E9"); // a locked cell: no input prompt over the scores
  await page.screenshot({ path: path.join(RESULTS, "e2e-forms-vi-02b-scoring-sheet.png") });
  expect(await gridText(page, EVIDENCE_SHEET_NAME, "C2")).toBe(FILLED_A["1.1.1"].evidence);

  // Scores that differ from the sheet's are listed, none overwritten; the officer takes one.
  const differences = collectRegion.getByRole("group", { name: f.differencesTitle(2) });
  const keepA = differences.getByRole("checkbox", { name: `${UNITS[0]} — ${f.difference("2.1.1", "0", "1,5")}` });
  const takeB = differences.getByRole("checkbox", { name: `${UNITS[1]} — ${f.difference("1.2", "0,75", "1,5")}` });
  await expect(keepA.isChecked()).resolves.toBe(false);
  await takeB.check();
  await paneScreenshot(page, differences, "e2e-forms-vi-03-differences");
  expect((await scanPane(page, "vi forms collected")).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await timedCommand(page, "vi.forms.overwrite", new RegExp(escapeRe(f.overwritten("1.2"))), fail, () =>
    differences.getByRole("button", { name: f.overwriteButton(1) }).click(),
  );
  const chosen = await selfScores(page, scoringName);
  expect([chosen.get(`${UNITS[1]}|1.2`), chosen.get(`${UNITS[0]}|2.1.1`)]).toEqual([1.5, 0]);

  // ---- The same files once more: nothing changes, the remaining difference is still offered ----
  const evidenceBefore = await values(page, EVIDENCE_SHEET_NAME, "A1:F20");
  await timedCommand(page, "vi.forms.collect-again", new RegExp(escapeRe(f.collectDone(3, 0, 1))), fail, () =>
    collectRegion.getByRole("button", { name: f.collectButton(3) }).click(),
  );
  expect(await selfScores(page, scoringName)).toEqual(chosen);
  expect(await values(page, EVIDENCE_SHEET_NAME, "A1:F20")).toEqual(evidenceBefore);
  await collectRegion
    .getByRole("group", { name: f.differencesTitle(1) })
    .getByRole("checkbox", { name: new RegExp("2\\.1\\.1") })
    .waitFor();
  await paneScreenshot(page, collectRegion, "e2e-forms-vi-04-collected-again");
  expect(errors).toEqual([]);
});

/** Luminance (0 dark … 1 light) of a CSS colour as the browser computed it. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ["0", "0", "0"]).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The colour of an element's text, and the first background painted behind it. */
async function colours(part: Locator): Promise<{ text: string; background: string }> {
  return part.evaluate((element) => {
    let node: Element | null = element;
    let background = "rgba(0, 0, 0, 0)";
    while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
      background = getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    return { text: getComputedStyle(element).color, background };
  });
}

test("English, dark Office theme: the forms section is dark like the rest of the pane; make and collect", async () => {
  const t = strings.en;
  const f = formsStrings.en;
  const fail = new RegExp([t.errorTitle, t.fixErrors].map(escapeRe).join("|"));
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${session.server.url}?lang=en&theme=dark`);
  await page.waitForFunction(() => window.__parWorkbench?.ready === true, null, { timeout: 30000 });
  await setPaneWidth(page, 350);
  const pane = page.locator("#taskpane");
  await pane.getByRole("button", { name: t.createTemplate }).waitFor();
  const units = UNITS.slice(0, 2);
  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption(RUBRIC_ID);
  await pane.getByLabel(t.unitsLabel).fill(units.join("\n"));
  await timedCommand(page, "en.forms.template", pattern(t.templateCreated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  await openSection(pane, t.sections.template, false);
  await openSection(pane, t.sections.forms, true);

  const make = pane.getByRole("region", { name: f.makeTitle });
  const zip = await downloadOf(page, () => make.getByRole("button", { name: f.makeButton(units.length) }).click());
  await make.getByText(f.made(units.length, zip.name)).waitFor();
  const archive = await JSZip.loadAsync(zip.bytes);
  const name = formFileNames(units)[0];
  const filled = await fillForm(await archive.file(name)!.async("uint8array"), { "1.1.1": { score: 0.5 }, "1.2": { score: "abc" } });

  // The section's text and background are the pane's dark theme, not a light island in it.
  const paneTitle = await colours(pane.getByText("PAR INDEX", { exact: true }));
  const formsTitle = await colours(make.getByText(f.makeTitle, { exact: true }));
  expect(luminance(paneTitle.background)).toBeLessThan(0.3);
  expect(formsTitle).toEqual(paneTitle);
  await paneScreenshot(page, make, "e2e-forms-en-dark-01-made");

  const collectRegion = pane.getByRole("region", { name: f.collectTitle });
  await collectRegion.getByLabel(f.filesLabel).setInputFiles([{ name, mimeType: "application/octet-stream", buffer: filled }]);
  await timedCommand(page, "en.forms.collect", new RegExp(escapeRe(f.collectDone(1, 1, 0))), fail, () =>
    collectRegion.getByRole("button", { name: f.collectButton(1) }).click(),
  );
  const report = await collectRegion.getByRole("list", { name: f.collectTitle }).innerText();
  expect(report).toContain(`${f.fileHeading(name, units[0])}\n${f.scoresTaken(1, 1)}`);
  expect(report).toContain(f.needsFixing(1));
  expect(report).toMatch(/criterion 1\.2\b/);
  expect(report).toContain(f.explanationMissing("1.1.1"));
  expect(report).toContain(f.evidenceMissing("1.1.1"));
  await paneScreenshot(page, collectRegion, "e2e-forms-en-dark-02-collected");
  expect((await scanPane(page, "en dark forms collected")).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});
