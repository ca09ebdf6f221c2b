/**
 * End to end in a real Chromium: the built workbench page (dist-workbench/workbench.html) runs the real task
 * pane and the real PAR.* bundle over the in-memory workbook. The flow is a Sở Nội vụ officer's
 * quarter: template for 13 communes → scores typed and pasted (some wrong) → Check → fix → Highlight
 * → meeting report → everything again (nothing lost or doubled) → next year's rubric. Then a
 * shorter pass in English. Expected numbers come from the scoring core run here in Node.
 *
 * Needs `npm run build:workbench` first (`npm test` builds before testing) and Debian's /usr/bin/chromium.
 */
import type { Page } from "playwright-core";
import { strings, type Strings } from "../../src/taskpane/i18n/strings";
import { bundledRubricFiles } from "../../src/rubrics";
import {
  axeReport,
  metrics,
  openWorkbench,
  pattern,
  scanPane,
  screenshot,
  startSession,
  timedCommand,
  writeMetrics,
  type Session,
} from "./support/session";
import { engine, labelRow, readScoringSheet, scoreColumn, scoreFor, values, type Cell, type ScoringSheet } from "./support/scoring";
import { activeSheetName, clickTab, goToCell, openSection, typeIntoCell } from "./support/workbench-ui";

jest.setTimeout(120_000);

const UNITS_VI = [
  "Phường Sài Gòn",
  "Xã Tân Phú",
  "Phường Bến Thành",
  "Xã Bình Mỹ",
  "=CMD()",
  "Phường Hòa Bình",
  "Xã Long Hải",
  "Phường An Khánh",
  "Xã Phước Thạnh",
  "Xã Thạnh An",
  "Phường Chợ Lớn",
  "Xã Cần Giờ",
  "Phường Thủ Đức",
];
/** How well each unit does (share of each criterion's max); the spread puts some below "Tốt". */
const QUALITY = [0.95, 0.9, 0.6, 0.86, 0.7, 1.0, 0.5, 0.92, 0.75, 0.88, 0.65, 0.97, 0.82];

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  writeMetrics();
  if (axeReport.length > 0) console.log(`axe findings (not serious):\n${axeReport.join("\n")}`);
  await session?.close();
});

function escapeRe(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

function failurePattern(t: Strings): RegExp {
  return new RegExp([t.errorTitle, t.fixErrors].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

function rubricFile(id: string) {
  const file = (bundledRubricFiles as unknown[]).find((f) => (f as { id?: string }).id === id) as
    { id: string; gradeBands: Record<string, { label: { vi: string; en?: string }; minPercent: number }[]> } | undefined;
  if (!file) throw new Error(`no bundled rubric ${id}`);
  return file;
}

/** Fills every leaf of every score column with a valid score (a paste: one block per leaf row). */
async function pasteScores(page: Page, sheet: ScoringSheet, quality: number[], units: string[]): Promise<void> {
  const first = sheet.columns[0].index;
  const last = sheet.columns[sheet.columns.length - 1].index;
  const blocks = sheet.leaves.map((leaf) => {
    const row: Cell[] = [];
    for (let index = first; index <= last; index++) {
      const column = sheet.columns.find((c) => c.index === index)!;
      const q = quality[units.indexOf(column.unit)] - (column.kind === "appraised" ? 0.04 : 0);
      row.push(scoreFor(leaf, q));
    }
    return { address: `${sheet.columns[0].letter}${leaf.row}`, values: [row] };
  });
  const outcome = await page.evaluate(([name, b]) => window.__parWorkbench!.paste(name, b), [sheet.name, blocks] as const);
  expect(outcome).toEqual({ ok: true });
}

async function setCell(page: Page, sheet: string, address: string, input: Cell): Promise<void> {
  const outcome = await page.evaluate(([s, a, v]) => window.__parWorkbench!.setCell(s, a, v), [sheet, address, input] as const);
  expect(outcome).toEqual({ ok: true });
}

/** Every leaf score cell of a sheet, by "unit|kind|code". */
async function scoreSnapshot(page: Page, sheet: ScoringSheet): Promise<Map<string, Cell>> {
  const out = new Map<string, Cell>();
  for (const column of sheet.columns) {
    const col = await values(page, sheet.name, `${column.letter}${sheet.firstRow}:${column.letter}${sheet.lastRow}`);
    for (const leaf of sheet.leaves) out.set(`${column.unit}|${column.kind}|${leaf.code}`, col[leaf.row - sheet.firstRow][0]);
  }
  return out;
}

/** The fill a cell shows, conditional formats evaluated (the same evaluation the grid paints). */
async function cellFill(page: Page, sheet: string, address: string): Promise<string | null> {
  return page.evaluate(([s, a]) => window.__parWorkbench!.cellView(s, a)?.fill ?? null, [sheet, address] as const);
}

/** The fill painted in the grid DOM for a cell on screen. */
async function paintedFill(page: Page, address: string): Promise<string | null> {
  return page.locator(`.wb-grid td[data-a="${address}"]`).getAttribute("data-fill");
}

function leafRow(sheet: ScoringSheet, code: string): number {
  const leaf = sheet.leaves.find((l) => l.code === code);
  if (!leaf) throw new Error(`no leaf ${code}`);
  return leaf.row;
}

async function expectNoSeriousAxe(page: Page, state: string): Promise<void> {
  const serious = await scanPane(page, state);
  expect(serious.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Expected numbers of the meeting report, from the scoring core on the sheet's appraised scores. */
async function checkSummary(page: Page, summarySheet: string, scoring: ScoringSheet, units: string[]): Promise<void> {
  const block = await values(page, summarySheet, "A1:K60");
  for (const unit of units) {
    const row = block.find((r) => r[1] === unit);
    expect(row).toBeDefined();
    const column = scoring.columns.find((c) => c.unit === unit && c.kind === "appraised") ?? scoring.columns.find((c) => c.unit === unit)!;
    const scores = await scoreColumn(page, scoring, column);
    const total = engine.total(scores, scoring.rubricRows);
    expect(typeof row![2]).toBe("number");
    expect(row![2] as number).toBeCloseTo(total, 9);
    const max = engine.max(scoring.rubricRows, scores, "applicable");
    expect(row![3] as number).toBeCloseTo(max, 9);
  }
  // "=CMD()" is a unit name, not a formula, on every sheet.
  if (units.includes("=CMD()")) {
    const formula = await page.evaluate((s) => {
      const wb = window.__parWorkbench!.host.workbook;
      const sheet = wb.sheets.find((x) => x.name === s)!;
      return [...sheet.cells.values()].filter((c) => c.value === "=CMD()").map((c) => c.formula);
    }, summarySheet);
    expect(formula.length).toBeGreaterThan(0);
    expect(formula.every((f) => f === null)).toBe(true);
  }
}

test("Vietnamese: template → scores → check → fix → highlight → report → rerun → next year's rubric", async () => {
  const t = strings.vi;
  const fail = failurePattern(t);
  const { page, errors } = await openWorkbench(session, "vi");
  const pane = page.locator("#taskpane");
  await pane.getByRole("button", { name: t.createTemplate }).waitFor();
  await screenshot(page, "e2e-vi-01-initial");
  await expectNoSeriousAxe(page, "vi initial");

  // ---- 1. Template for 13 communes, target grade "Tốt" ----
  const rubric2025 = rubricFile("commune-2025");
  const group = Object.keys(rubric2025.gradeBands)[0];
  const tot = rubric2025.gradeBands[group].find((b) => b.label.vi === "Tốt")!;
  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2025");
  await pane.getByLabel(t.unitsLabel).fill(UNITS_VI.join("\n"));
  await pane.getByLabel(t.targetKindLabel).selectOption("grade");
  await pane.getByLabel(t.targetGradeLabel).selectOption("Tốt");
  const created = await timedCommand(page, "vi.template", pattern(t.templateCreated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  const [, scoringName, rubricSheetName] = pattern(t.templateCreated).exec(created.text)!;
  expect(scoringName).toBeTruthy();
  expect(rubricSheetName).toBeTruthy();
  await pane.getByLabel(t.sheetPickerLabel).waitFor();
  if ((await activeSheetName(page)) !== scoringName) await clickTab(page, scoringName);
  await screenshot(page, "e2e-vi-02-template");
  await expectNoSeriousAxe(page, "vi after template");

  const scoring = await readScoringSheet(page, scoringName, UNITS_VI);
  expect(scoring.columns).toHaveLength(26);
  // The unit "=CMD()" landed as text.
  const cmdColumn = scoring.columns.find((c) => c.unit === "=CMD()")!;
  const header = await page.evaluate(
    ([s]) => {
      const wb = window.__parWorkbench!.host.workbook;
      const sheet = wb.sheets.find((x) => x.name === s)!;
      return [...sheet.cells.values()].filter((c) => c.value === "=CMD()").map((c) => ({ formula: c.formula, error: c.error ?? null }));
    },
    [scoringName] as const,
  );
  expect(header.length).toBeGreaterThanOrEqual(2);
  expect(header.every((h) => h.formula === null && h.error === null)).toBe(true);
  expect(cmdColumn).toBeDefined();

  // ---- 2. Scores: bulk paste, then typing in the grid, some wrong ----
  await pasteScores(page, scoring, QUALITY, UNITS_VI);
  const self = (unit: number) => scoring.columns.filter((c) => c.kind === "self")[unit].letter;
  const r111 = leafRow(scoring, "1.1.1");
  const r112 = leafRow(scoring, "1.1.2");
  const r12 = leafRow(scoring, "1.2");
  const r13 = leafRow(scoring, "1.3");

  // A typed valid score goes in, and the totals follow; in Vietnamese the decimal mark is a comma
  // (as in Excel under Vietnamese regional settings), and the grid shows it the same way.
  const totalRow = labelRow(scoring, "Tổng điểm");
  const totalBefore = (await values(page, scoringName, `${self(5)}${totalRow}`))[0][0] as number;
  await typeIntoCell(page, `${self(5)}${r111}`, "0,5");
  await expect(page.locator(`.wb-grid td[data-a="${self(5)}${r111}"]`).textContent()).resolves.toBe("0,50");
  const totalAfter = (await values(page, scoringName, `${self(5)}${totalRow}`))[0][0] as number;
  expect(totalAfter).toBeCloseTo(totalBefore - 0.5, 9);
  await typeIntoCell(page, `${self(5)}${r111}`, "1");

  // The input prompt shows on the selected score cell.
  await goToCell(page, `${self(0)}${r111}`);
  await expect(page.locator("#wb-prompt").textContent()).resolves.toContain("1.1.1");
  await screenshot(page, "e2e-vi-03-input-prompt");

  // Typing above the maximum is refused with the rule's stop alert (data validation).
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alertdialog");
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toContain("1.1.1");
  await screenshot(page, "e2e-vi-04-validation-alert");
  await alert.getByRole("button", { name: "Hủy" }).click();
  await alert.waitFor({ state: "detached" });
  expect((await values(page, scoringName, `${self(0)}${r111}`))[0][0]).toBe(
    scoreFor(
      scoring.leaves.find((l) => l.code === "1.1.1")!,
      QUALITY[0],
    ),
  );

  // Locked cells of the protected sheet refuse edits with Excel's message.
  await goToCell(page, `C${r111}`);
  await page.keyboard.type("9");
  const locked = page.getByRole("alertdialog");
  await locked.waitFor();
  await expect(locked.textContent()).resolves.toContain("trang tính được bảo vệ");
  await locked.getByRole("button", { name: "OK" }).click();
  await locked.waitFor({ state: "detached" });

  // Wrong values arrive the way pastes do (no validation): above max, text numbers, text, negative.
  const wrong: Record<string, Cell> = {
    [`${self(0)}${r111}`]: 5,
    [`${self(1)}${r111}`]: "8,25",
    [`${self(1)}${r12}`]: "0,75",
    [`${self(2)}${r112}`]: "abc",
    [`${self(3)}${r13}`]: -1,
  };
  for (const [address, value] of Object.entries(wrong)) await setCell(page, scoringName, address, value);
  expect((await values(page, scoringName, `${self(1)}${r111}`))[0][0]).toBe("8,25"); // stays TEXT
  const errorTotal = await page.locator(`.wb-grid td[data-a="${self(1)}${totalRow}"]`);
  await expect(errorTotal.textContent()).resolves.toBe("#VALUE!");
  await expect(errorTotal.getAttribute("title")).resolves.toContain("8,25");
  await goToCell(page, `${self(0)}${r111}`);
  await screenshot(page, "e2e-vi-05-wrong-scores");

  // ---- 3. Check: every wrong cell is listed; a finding selects its cell ----
  await openSection(pane, t.sections.validate);
  const check = await timedCommand(page, "vi.validate", pattern(t.validateSummary), fail, () =>
    pane.getByRole("button", { name: t.validateButton }).click(),
  );
  expect(check.text).toMatch(pattern(t.validateSummary));
  const findings = pane.locator("section[aria-label] li button");
  const texts = await findings.allTextContents();
  for (const address of Object.keys(wrong)) {
    expect(texts.some((text) => new RegExp(`(!|\\s)${address}\\b`).test(text))).toBe(true);
  }
  // Nothing else is flagged.
  const flagged = new Set(texts.map((text) => /!([A-Z]+\d+)/.exec(text)?.[1] ?? /Ô ([A-Z]+\d+)/.exec(text)?.[1]));
  expect([...flagged].sort()).toEqual(Object.keys(wrong).sort());
  await screenshot(page, "e2e-vi-06-validate");
  await expectNoSeriousAxe(page, "vi validate results");

  // Clicking a finding selects the cell in the grid, scrolled into view.
  const target = `${self(3)}${r13}`;
  await goToCell(page, "A1");
  await findings
    .filter({ hasText: new RegExp(`(!|\\s)${target}\\b`) })
    .first()
    .click();
  await page.locator(`.wb-grid-scroll[data-active="${target}"]`).waitFor();
  const gridBox = (await page.locator(".wb-grid-scroll").boundingBox())!;
  const cellBox = (await page.locator(`.wb-grid td[data-a="${target}"]`).boundingBox())!;
  expect(cellBox.x).toBeGreaterThanOrEqual(gridBox.x);
  expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1);
  expect(cellBox.y).toBeGreaterThanOrEqual(gridBox.y);
  expect(cellBox.y + cellBox.height).toBeLessThanOrEqual(gridBox.y + gridBox.height + 1);
  await expect(page.locator(`.wb-grid td[data-a="${target}"]`).getAttribute("class")).resolves.toContain("wb-active");
  await screenshot(page, "e2e-vi-07-finding-selected");

  // ---- 4. Convert the text numbers, then fix the rest by typing ----
  await timedCommand(page, "vi.convert", pattern(t.validateSummary), fail, () =>
    pane.getByRole("button", { name: t.convertTextNumbers(2) }).click(),
  );
  expect((await values(page, scoringName, `${self(1)}${r12}`))[0][0]).toBe(0.75);
  expect((await values(page, scoringName, `${self(1)}${r111}`))[0][0]).toBe(8.25); // a number now, still above max
  const fixes: Record<string, string> = {
    [`${self(0)}${r111}`]: "1",
    [`${self(1)}${r111}`]: "0,5",
    [`${self(2)}${r112}`]: "1,5",
    [`${self(3)}${r13}`]: "1",
  };
  for (const [address, text] of Object.entries(fixes)) await typeIntoCell(page, address, text);
  const clean = await timedCommand(page, "vi.validate-clean", pattern(t.validateClean), fail, () =>
    pane.getByRole("button", { name: t.validateButton }).click(),
  );
  expect(clean.text).toMatch(pattern(t.validateClean));

  // ---- 5. Highlight: units below "Tốt" turn red ----
  await openSection(pane, t.sections.highlight);
  await timedCommand(page, "vi.highlight", pattern(t.highlightDone), fail, () =>
    pane.getByRole("button", { name: t.highlightButton }).click(),
  );
  const assessedRow = labelRow(scoring, "Tối đa của phần đã chấm");
  const below: string[] = [];
  for (const column of scoring.columns) {
    const scores = await scoreColumn(page, scoring, column);
    const maxAssessed = engine.max(scoring.rubricRows, scores, "assessed");
    const targetPoints = Math.round((tot.minPercent / 100) * maxAssessed * 1e6) / 1e6;
    const gap = engine.gap(scores, scoring.rubricRows, targetPoints);
    const fill = await cellFill(page, scoringName, `${column.letter}${totalRow}`);
    if (gap > 0) {
      below.push(`${column.unit} (${column.kind})`);
      expect({ cell: `${column.letter}${totalRow}`, fill }).toEqual({ cell: `${column.letter}${totalRow}`, fill: "#FFC7CE" });
    } else {
      expect(fill).not.toBe("#FFC7CE");
    }
    expect((await values(page, scoringName, `${column.letter}${assessedRow}`))[0][0]).toBeCloseTo(maxAssessed, 9);
  }
  expect(below.length).toBeGreaterThan(0);
  expect(below.length).toBeLessThan(scoring.columns.length);
  // What the grid paints on screen agrees, cell by cell, for the first units' totals.
  await goToCell(page, `${self(0)}${totalRow}`);
  for (const column of scoring.columns.slice(0, 3)) {
    const address = `${column.letter}${totalRow}`;
    await expect(paintedFill(page, address)).resolves.toBe(await cellFill(page, scoringName, address));
  }
  await screenshot(page, "e2e-vi-08-highlight");
  const rulesAfterFirst = await page.evaluate(
    (s) => window.__parWorkbench!.host.workbook.sheets.find((x) => x.name === s)!.conditionalFormats.length,
    scoringName,
  );

  // ---- 6. Meeting report ----
  await openSection(pane, t.sections.summary);
  const sheetsBefore = await page.evaluate(() => window.__parWorkbench!.sheetNames());
  const report = await timedCommand(page, "vi.summary", pattern(t.summaryDone), fail, () =>
    pane.getByRole("button", { name: t.summaryButton }).click(),
  );
  const summaryName = pattern(t.summaryDone).exec(report.text)![1];
  expect(sheetsBefore).not.toContain(summaryName);
  await checkSummary(page, summaryName, scoring, UNITS_VI);
  if ((await activeSheetName(page)) !== summaryName) await clickTab(page, summaryName);
  await page.locator(".wb-charts li").first().waitFor();
  await screenshot(page, "e2e-vi-09-summary");
  await expectNoSeriousAxe(page, "vi summary done");

  // ---- 7. Everything again: nothing lost, nothing doubled ----
  const scoresBefore = await scoreSnapshot(page, scoring);
  const sheetCount = (await page.evaluate(() => window.__parWorkbench!.sheetNames())).length;
  await openSection(pane, t.sections.template);
  const again = await timedCommand(page, "vi.template-again", pattern(t.templateUpdated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  expect(pattern(t.templateUpdated).exec(again.text)![1]).toBe(scoringName);
  expect((await page.evaluate(() => window.__parWorkbench!.sheetNames())).length).toBe(sheetCount);
  expect(await scoreSnapshot(page, await readScoringSheet(page, scoringName, UNITS_VI))).toEqual(scoresBefore);
  await pane
    .getByLabel(t.sheetPickerLabel)
    .selectOption({ value: scoringName })
    .catch(() => undefined);
  await timedCommand(page, "vi.validate-again", pattern(t.validateClean), fail, () =>
    pane.getByRole("button", { name: t.validateButton }).click(),
  );
  await timedCommand(page, "vi.highlight-again", pattern(t.highlightDone), fail, () =>
    pane.getByRole("button", { name: t.highlightButton }).click(),
  );
  const rulesAfterSecond = await page.evaluate(
    (s) => window.__parWorkbench!.host.workbook.sheets.find((x) => x.name === s)!.conditionalFormats.length,
    scoringName,
  );
  expect(rulesAfterSecond).toBe(rulesAfterFirst);
  const report2 = await timedCommand(page, "vi.summary-again", pattern(t.summaryDone), fail, () =>
    pane.getByRole("button", { name: t.summaryButton }).click(),
  );
  const summary2 = pattern(t.summaryDone).exec(report2.text)![1];
  expect(summary2).not.toBe(summaryName);
  await checkSummary(page, summary2, scoring, UNITS_VI);
  expect(await scoreSnapshot(page, scoring)).toEqual(scoresBefore);

  // ---- 8. Next year's rubric in the same workbook: scores carried over, removed codes set aside ----
  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2026");
  await pane.getByLabel(t.unitsLabel).fill(UNITS_VI.join("\n"));
  // A new version gets a new sheet that takes the scores over; the old sheet stays as it was.
  const carried = pattern(t.templateCarried);
  const next = await timedCommand(page, "vi.template-2026", carried, fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  const newName = carried.exec(next.text)![1];
  expect(newName).not.toBe(scoringName);
  const scoring2026 = await readScoringSheet(page, newName, UNITS_VI);
  const after = await scoreSnapshot(page, scoring2026);
  const newCodes = new Set(scoring2026.leaves.map((l) => l.code));
  // Scores with no place in the new sheet: a removed code, or a number the new scale rejects.
  const setAside: { unit: string; kind: string; code: string; value: Cell }[] = [];
  let kept = 0;
  for (const [key, value] of scoresBefore) {
    const [unit, kind, code] = key.split("|");
    if (value === null || value === "") continue;
    if (newCodes.has(code) && after.get(key) === value) kept++;
    else setAside.push({ unit, kind, code, value });
  }
  expect(kept).toBeGreaterThan(0);
  expect(setAside.length).toBeGreaterThan(0);
  const orphan = pattern(t.templateOrphaned).exec(next.text);
  expect(orphan).not.toBeNull();
  const orphanSheet = orphan![2];
  const rows = await values(page, orphanSheet, "A1:J400");
  for (const item of setAside) {
    // Nothing lost: every score that did not move is listed, and a surviving code only for a scale change.
    const row = rows.find((r) => r.includes(item.code) && r.includes(item.unit) && r.includes(item.value));
    expect({ ...item, found: row !== undefined }).toEqual({ ...item, found: true });
    if (newCodes.has(item.code)) expect(String(row![4])).toMatch(/^Không hợp lệ theo thang điểm mới/);
  }
  await clickTab(page, orphanSheet);
  await screenshot(page, "e2e-vi-11-orphans");
  // Nothing invalid was carried over: every unit's total on the new sheet is a number.
  const total2026 = labelRow(scoring2026, "Tổng điểm");
  for (const column of scoring2026.columns) {
    const view = await page.evaluate(([s, a]) => window.__parWorkbench!.cellView(s, a), [newName, `${column.letter}${total2026}`] as const);
    expect({ column: column.unit, error: view?.error?.code }).toEqual({ column: column.unit, error: undefined });
  }
  await clickTab(page, newName);
  await screenshot(page, "e2e-vi-10-rubric-2026");
  expect(errors).toEqual([]);
  await page.close();
});

test("English: a shorter pass", async () => {
  const t = strings.en;
  const fail = failurePattern(t);
  const units = ["Tan Phu Commune", "=CMD()", "Ben Thanh Ward"];
  const { page, errors } = await openWorkbench(session, "en");
  const pane = page.locator("#taskpane");
  await pane.getByRole("button", { name: t.createTemplate }).waitFor();
  await expect(page.locator(".wb-brand h1").textContent()).resolves.toContain("Workbench");
  await expectNoSeriousAxe(page, "en initial");

  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2025");
  await pane.getByLabel(t.unitsLabel).fill(units.join("\n"));
  await pane.getByLabel(t.targetKindLabel).selectOption("points");
  await pane.getByLabel(escapeRe(t.targetPointsLabel(100).split("(")[0].trim())).fill("85");
  const created = await timedCommand(page, "en.template", pattern(t.templateCreated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  const scoringName = pattern(t.templateCreated).exec(created.text)![1];
  if ((await activeSheetName(page)) !== scoringName) await clickTab(page, scoringName);
  const scoring = await readScoringSheet(page, scoringName, units);
  await pasteScores(page, scoring, [0.95, 0.7, 0.88], units);
  const bad = `${scoring.columns[1].letter}${leafRow(scoring, "2.1.1")}`;
  await setCell(page, scoringName, bad, "abc");

  await openSection(pane, t.sections.validate);
  await timedCommand(page, "en.validate", pattern(t.validateSummary), fail, () =>
    pane.getByRole("button", { name: t.validateButton }).click(),
  );
  const finding = pane.locator("section[aria-label] li button").filter({ hasText: new RegExp(`(!|\\s)${bad}\\b`) });
  await expect(finding.count()).resolves.toBe(1);
  await finding.click();
  await page.locator(`.wb-grid-scroll[data-active="${bad}"]`).waitFor();
  await screenshot(page, "e2e-en-01-validate");
  await typeIntoCell(page, bad, "1.5");

  await openSection(pane, t.sections.highlight);
  await timedCommand(page, "en.highlight", pattern(t.highlightDone), fail, () =>
    pane.getByRole("button", { name: t.highlightButton }).click(),
  );
  // The sheet made from the English pane is labelled in English only (issue 10, item 7).
  const totalRow = labelRow(scoring, "Total");
  for (const column of scoring.columns) {
    const scores = await scoreColumn(page, scoring, column);
    const gap = engine.gap(scores, scoring.rubricRows, 85);
    const fill = await cellFill(page, scoringName, `${column.letter}${totalRow}`);
    if (gap > 0) expect(fill).toBe("#FFC7CE");
    else expect(fill).not.toBe("#FFC7CE");
  }

  await openSection(pane, t.sections.summary);
  const report = await timedCommand(page, "en.summary", pattern(t.summaryDone), fail, () =>
    pane.getByRole("button", { name: t.summaryButton }).click(),
  );
  const summaryName = pattern(t.summaryDone).exec(report.text)![1];
  await checkSummary(page, summaryName, scoring, units);
  await screenshot(page, "e2e-en-02-summary");
  await expectNoSeriousAxe(page, "en summary done");
  expect(errors).toEqual([]);
  await page.close();
  expect(metrics.length).toBeGreaterThan(10);
});
