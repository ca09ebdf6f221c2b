/**
 * Issue 10 replayed in Chromium, in Vietnamese and in English, as a new district officer does it with
 * the README only: the task pane at 350 px (Excel's usual width), a template with the default columns,
 * self-assessed scores only (typed with the locale's decimal mark, and a whole column through "paste
 * scores"), targets typed in the sheet, Check, and the meeting report with last period's ranks.
 * Asserts what the user sees in the grid and the pane, that no title, instruction, step list or
 * finding is cut off, and photographs the template, the check and the report
 * (test-results/replay-<lang>-*.png).
 *
 * Needs `npm run build:workbench` first (`npm test` builds before testing) and Debian's /usr/bin/chromium.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { strings } from "../../src/taskpane/i18n/strings";
import { workbenchStrings } from "../../workbench/app/strings";
import { SUMMARY_LABELS } from "../../src/core/summary/summary-labels";
import { clippedPaneTexts, shownSelects } from "./support/clipping";
import { checkReport, checkSheetText, pasteColumn, summaryRows, written } from "./support/replay-steps";
import { engine, readScoringSheet, scoreColumn, values } from "./support/scoring";
import { openWorkbench, pattern, RESULTS, screenshot, startSession, timedCommand, type Session } from "./support/session";
import { activeSheetName, clickTab, goToCell, openSection, section, shownText, typeIntoCell, typeOrRefused } from "./support/workbench-ui";

jest.setTimeout(120_000);

/** Excel's task pane is about 350 px wide; the workbench's is 360. */
const PANE_WIDTH = 350;
const UNITS = ["Xã An Bình", "Phường Tân Định", "Xã Hòa Lợi", "Thị trấn Cần Thạnh (nay thuộc xã Cần Giờ, Thành phố Hồ Chí Minh)"];
const [AN_BINH, TAN_DINH, HOA_LOI, CAN_THANH] = UNITS;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function narrowPane(page: Page): Promise<void> {
  await page.addStyleTag({ content: `#taskpane { flex-basis: ${PANE_WIDTH}px !important; width: ${PANE_WIDTH}px !important; }` });
  expect(await page.locator("#taskpane").evaluate((el) => el.getBoundingClientRect().width)).toBe(PANE_WIDTH);
}

/**
 * Nothing the pane says is cut off. A select may cut a long rubric title after the words that tell
 * the choices apart ("Cấp xã 2025 — …"), or a unit's own long name; nothing else.
 */
async function expectNothingCut(page: Page, state: string): Promise<void> {
  const selects = (await shownSelects(page)).filter((s) => s.shown !== s.text && !s.shown.includes(" — ") && !UNITS.includes(s.text));
  // Nothing wider than the pane either: it does not scroll (or hide anything) sideways.
  const sideways = await page
    .locator("#taskpane, #taskpane main")
    .evaluateAll((boxes) => Math.max(...boxes.map((el) => el.scrollWidth - el.clientWidth)));
  expect({ state, cut: await clippedPaneTexts(page), selects, sideways }).toEqual({ state, cut: [], selects: [], sideways: 0 });
}

/** The clipping check sees a cut-off text: a section header squeezed to 80 px, then put back. */
async function expectClippingSeen(page: Page, header: string): Promise<void> {
  const squeeze = await page.addStyleTag({ content: "#taskpane h2 button { width: 80px; overflow: hidden; white-space: nowrap; }" });
  expect((await clippedPaneTexts(page)).some((problem) => problem.includes(header))).toBe(true);
  await squeeze.evaluate((style) => (style as Element).remove());
  expect(await clippedPaneTexts(page)).toEqual([]);
}

/**
 * The page as the user sees it with the pane scrolled to `result`, and the whole pane from top to
 * bottom as `<name>-pane.png` (taken in a window as tall as the pane's content).
 */
async function photograph(page: Page, name: string, result: Locator): Promise<void> {
  await result.first().scrollIntoViewIfNeeded();
  await screenshot(page, name);
  const pane = page.locator("#taskpane");
  const scrollTop = await pane.evaluate((el) => el.scrollTop);
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: await pane.evaluate((el) => el.scrollHeight) });
  await pane.screenshot({ path: path.join(RESULTS, `${name}-pane.png`) });
  await page.setViewportSize(viewport);
  await pane.evaluate((el, top) => (el.scrollTop = top), scrollTop);
}

/** The colour a result box shows: a check that found errors is not green. */
async function resultBox(region: ReturnType<typeof section>) {
  const bar = region.locator("[data-intent]").first();
  const rgb = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g] = (rgb.match(/\d+/g) ?? []).map(Number);
  return { intent: await bar.getAttribute("data-intent"), greenish: g > r };
}

for (const language of ["vi", "en"] as const) {
  test(`${language}: template, self-assessed scores only, typed targets, check, meeting report at ${PANE_WIDTH} px`, async () => {
    const t = strings[language];
    const report = SUMMARY_LABELS[language];
    const fail = new RegExp([t.errorTitle, t.fixErrors].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    const { page, errors } = await openWorkbench(session, language);
    await narrowPane(page);
    const pane = page.locator("#taskpane");
    const cancel = workbenchStrings(language).cancel;
    await pane.getByRole("button", { name: t.createTemplate }).waitFor();
    await expectClippingSeen(page, t.sections.template);

    // ---- Template: bundled commune rubric, the default columns (self-assessed and appraised) ----
    await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2025");
    // The closed picker shows which rubric it is: level and year come before the long title.
    const picker = (await shownSelects(page)).find((select) => select.label === t.bundledLabel)!;
    expect(picker.shown).toMatch(language === "vi" ? /^Cấp xã 2025/ : /^Communes 2025/);
    await pane.getByLabel(t.unitsLabel).fill(UNITS.join("\n"));
    for (const kind of ["self", "appraised"] as const)
      await expect(pane.getByRole("checkbox", { name: t.columnNames[kind] }).isChecked()).resolves.toBe(true);
    await expect(pane.getByRole("checkbox", { name: t.columnNames.projected }).isChecked()).resolves.toBe(false);
    const created = await timedCommand(page, `${language}.replay.template`, pattern(t.templateCreated), fail, () =>
      pane.getByRole("button", { name: t.createTemplate }).click(),
    );
    const scoringName = pattern(t.templateCreated).exec(created.text)![1];
    if ((await activeSheetName(page)) !== scoringName) await clickTab(page, scoringName);
    const sheet = await readScoringSheet(page, scoringName, UNITS);
    expect(sheet.columns.map((c) => c.kind)).toEqual([...UNITS.map(() => "self"), ...UNITS.map(() => "appraised")]);
    await goToCell(page, "A1");
    // Going to the sheet does not make "created the sheets" out of date (it is what was done).
    await expect(section(pane, t.sections.template).locator("[data-intent]").getAttribute("data-intent")).resolves.toBe("success");
    await photograph(page, `replay-${language}-01-template`, section(pane, t.sections.template).locator("[data-intent]"));
    await expectNothingCut(page, "template made");
    await checkSheetText(page, sheet, CAN_THANH);

    // ---- Blank is not zero: nothing scored yet, so subtotals and the unit's results are empty ----
    const rows = summaryRows(sheet);
    const areaRows = sheet.rubricRows.map((r, i) => ({ code: String(r[0]), row: sheet.firstRow + i })).filter((r) => !r.code.includes("."));
    for (const column of sheet.columns) {
      for (const row of [...areaRows.map((a) => a.row), rows.total, rows.percent, rows.grade, rows.rank, rows.lost]) {
        expect({ cell: `${column.letter}${row}`, shown: await shownText(page, `${column.letter}${row}`) }).toEqual({
          cell: `${column.letter}${row}`,
          shown: "",
        });
      }
    }

    // ---- Self-assessed scores: typed with the locale's decimal mark, a refused one, then a pasted column ----
    const self = (unit: string) => sheet.columns.find((c) => c.unit === unit && c.kind === "self")!;
    const leafRow = (code: string) => sheet.leaves.find((l) => l.code === code)!.row;
    const typed: [string, number][] = [
      ["1.1.2", 1.5],
      ["1.2", 0.75],
      ["1.5", 1.75],
    ];
    for (const [code, score] of typed) {
      await typeIntoCell(page, `${self(AN_BINH).letter}${leafRow(code)}`, written(language, score));
      expect(await values(page, scoringName, `${self(AN_BINH).letter}${leafRow(code)}`)).toEqual([[score]]);
      await expect(shownText(page, `${self(AN_BINH).letter}${leafRow(code)}`)).resolves.toBe(
        language === "vi" ? score.toFixed(2).replace(".", ",") : score.toFixed(2),
      );
    }
    // Above the maximum (1): refused by the rule's alert, which names the criterion, not the number format.
    const refused = await typeOrRefused(page, `${self(AN_BINH).letter}${leafRow("1.1.1")}`, written(language, 8.25), cancel);
    expect(refused).toContain("1.1.1");
    expect(refused).toMatch(language === "vi" ? /từ 0 đến 1/ : /from 0 to 1/);
    expect(await values(page, scoringName, `${self(AN_BINH).letter}${leafRow("1.1.1")}`)).toEqual([[""]]);

    await pasteColumn(page, language, sheet, AN_BINH, 0.9, new Set(typed.map(([code]) => code)));
    await pasteColumn(page, language, sheet, TAN_DINH, 0.7, new Set());
    for (const [code, score] of typed)
      expect(await values(page, scoringName, `${self(AN_BINH).letter}${leafRow(code)}`)).toEqual([[score]]);

    // ---- Targets typed in the sheet: "Điểm" 88, the pane's word "Tổng điểm" 88, and 88 under "Xếp loại" ----
    const at = (unit: string, row: number) => `${self(unit).letter}${row}`;
    expect(await typeOrRefused(page, at(AN_BINH, rows.targetKind), language === "vi" ? "Điểm" : "Points", cancel)).toBeNull();
    expect(await typeOrRefused(page, at(AN_BINH, rows.targetValue), "88", cancel)).toBeNull();
    expect(await values(page, scoringName, at(AN_BINH, rows.targetValue))).toEqual([[88]]);
    expect(await typeOrRefused(page, at(TAN_DINH, rows.targetKind), t.targetKinds.points, cancel)).toBeNull();
    await typeIntoCell(page, at(TAN_DINH, rows.targetValue), "88");
    await typeIntoCell(page, at(HOA_LOI, rows.targetKind), t.targetKinds.grade);
    await typeIntoCell(page, at(HOA_LOI, rows.targetValue), "88");
    for (const unit of [AN_BINH, TAN_DINH]) {
      const gap = engine.gap(await scoreColumn(page, sheet, self(unit)), sheet.rubricRows, 88);
      expect(await values(page, scoringName, at(unit, rows.gap))).toEqual([[gap]]);
      await expect(shownText(page, at(unit, rows.status))).resolves.not.toBe("");
    }
    // A unit with nothing assessed: still blank, not 0.00 and "Yếu".
    for (const row of [rows.total, rows.percent, rows.grade, rows.rank])
      await expect(shownText(page, `${self(HOA_LOI).letter}${row}`)).resolves.toBe("");

    // ---- Check: the target that does not fit its kind is an error, shown as one ----
    await openSection(pane, t.sections.validate);
    const checkRegion = section(pane, t.sections.validate);
    const checked = await timedCommand(page, `${language}.replay.check`, pattern(t.validateSummary), fail, () =>
      checkRegion.getByRole("button", { name: t.validateButton }).click(),
    );
    // It counts the cells a score is typed into (criteria × score columns), not the subtotal rows.
    expect(checked.text).toContain(t.validateSummary(sheet.leaves.length * sheet.columns.length, 1, 0));
    const findings = await checkRegion.locator("li button").allTextContents();
    const targetCell = `${self(HOA_LOI).letter}${rows.targetValue}`;
    expect(findings.filter((f) => f.includes(targetCell))).toHaveLength(1);
    expect(findings.filter((f) => !f.includes(targetCell))).toEqual([]);
    expect(await resultBox(checkRegion)).toEqual({ intent: "error", greenish: false });
    await checkRegion.locator("li button").filter({ hasText: targetCell }).click();
    await page.locator(`.wb-grid-scroll[data-active="${targetCell}"]`).waitFor();
    await photograph(page, `replay-${language}-02-check`, checkRegion.locator("[data-intent]"));
    await expectNothingCut(page, "check with findings");

    // Fixed: the target removed; Check is clean and green.
    await goToCell(page, `${self(HOA_LOI).letter}${rows.targetKind}`);
    await page.keyboard.press("Delete");
    await goToCell(page, targetCell);
    await page.keyboard.press("Delete");
    const cleanOrNot = new RegExp(`${pattern(t.validateClean).source}|${pattern(t.validateSummary).source}`);
    await timedCommand(page, `${language}.replay.check-clean`, cleanOrNot, fail, () =>
      checkRegion.getByRole("button", { name: t.validateButton }).click(),
    );
    expect(await resultBox(checkRegion)).toEqual({ intent: "success", greenish: true });

    // ---- Meeting report: automatic basis, last period's ranks with a name missing its diacritics ----
    await openSection(pane, t.sections.summary);
    const summaryRegion = section(pane, t.sections.summary);
    await summaryRegion.getByLabel(t.previousRanksLabel).fill(`Xa An Binh; 2\n${TAN_DINH}; 1`);
    const made = await timedCommand(page, `${language}.replay.report`, pattern(t.summaryDone), fail, () =>
      summaryRegion.getByRole("button", { name: t.summaryButton }).click(),
    );
    expect(made.text).toContain(t.summarySource("self", "latest"));
    const reportName = pattern(t.summaryDone).exec(made.text)![1];
    const notices = await summaryRegion.locator("[data-intent] li").allTextContents();
    expect(notices).toEqual(
      expect.arrayContaining([
        report.notice({ kind: "unitsNotAssessed", units: [HOA_LOI, CAN_THANH] }),
        report.notice({ kind: "rankUnmatched", name: "Xa An Binh", suggestion: AN_BINH }),
      ]),
    );
    expect((await resultBox(summaryRegion)).intent).toBe("warning");
    if ((await activeSheetName(page)) !== reportName) await clickTab(page, reportName);
    await checkReport(page, language, reportName, sheet, self, {
      assessed: [AN_BINH, TAN_DINH],
      notAssessed: [HOA_LOI, CAN_THANH],
      previousRanks: { [TAN_DINH]: 1 },
    });
    await photograph(page, `replay-${language}-03-report`, summaryRegion.locator("[data-intent]"));
    await expectNothingCut(page, "meeting report made");

    // The appraised column has no entries: never zeros without a warning.
    await summaryRegion.getByLabel(t.summaryBasisLabel).selectOption("appraised");
    const empty = await timedCommand(page, `${language}.replay.report-appraised`, pattern(t.summaryDone), fail, () =>
      summaryRegion.getByRole("button", { name: t.summaryButton }).click(),
    );
    expect(empty.text).toContain(t.summarySource("appraised", "user"));
    expect(empty.text).toContain(report.notice({ kind: "basisEmpty", basis: "appraised", withEntries: ["self"] }));
    const emptyName = pattern(t.summaryDone).exec(empty.text)![1];
    const block = await values(page, emptyName, "A1:K30");
    for (const unit of UNITS)
      // Total, (max), index, grade, rank: not assessed, never 0.00, 0 % or the lowest grade.
      expect(block.find((r) => r[1] === unit)?.slice(2, 7)).toEqual([report.notAssessed, expect.anything(), "", report.notAssessed, ""]);
    expect(errors).toEqual([]);
    await page.close();
  });
}
