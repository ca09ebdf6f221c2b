/**
 * The plan to target in a real Chromium, as a district office prepares its 9-month review: a
 * template for four units with the target "Tốt", self-assessed scores only, the survey not in yet.
 * The pane shows one unit's plan before the report (a click on a leaf selects its score cell), then
 * the report's "Kế hoạch đạt mục tiêu" section is checked against PAR.PLAN run here in Node and
 * photographed at A4 landscape proportions (test-results/e2e-vi-plan-*.png).
 *
 * Needs `npm run build:workbench` first (`npm test` builds before testing) and Debian's /usr/bin/chromium.
 */
import path from "node:path";
import * as PAR from "../../src/functions/functions";
import { strings } from "../../src/taskpane/i18n/strings";
import { PLAN_STRINGS } from "../../src/taskpane/i18n/plan-strings";
import { openWorkbench, pattern, RESULTS, scanPane, screenshot, startSession, timedCommand, type Session } from "./support/session";
import { readScoringSheet, scoreColumn, scoreFor, values, type Cell } from "./support/scoring";
import { activeSheetName, goToCell } from "./support/workbench-ui";

jest.setTimeout(180_000);

const UNITS = ["Xã An Bình", "Phường Tân Định", "Xã Hòa Lợi", "Phường Bến Nghé"];
/** Share of each criterion's max each unit scores. */
const QUALITY = [0.95, 0.55, 0.9, 0.7];

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

test("Vietnamese: the plan for one unit in the pane, then the report's plan section, printed A4 landscape", async () => {
  const t = strings.vi;
  const p = PLAN_STRINGS.vi;
  const fail = new RegExp([t.errorTitle, t.fixErrors].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  const { page, errors } = await openWorkbench(session, "vi");
  // A4 landscape is 297 × 210 mm: the same proportions at 96 dpi.
  await page.setViewportSize({ width: 1123 + 360, height: 794 });
  const pane = page.locator("#taskpane");
  await pane.getByRole("button", { name: t.createTemplate }).waitFor();

  await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2025");
  await pane.getByLabel(t.unitsLabel).fill(UNITS.join("\n"));
  await pane.getByLabel(t.targetKindLabel).selectOption("grade");
  await pane.getByLabel(t.targetGradeLabel).selectOption("Tốt");
  const created = await timedCommand(page, "vi.plan.template", pattern(t.templateCreated), fail, () =>
    pane.getByRole("button", { name: t.createTemplate }).click(),
  );
  const scoringName = pattern(t.templateCreated).exec(created.text)![1];
  const scoring = await readScoringSheet(page, scoringName, UNITS);

  // Self-assessed scores only; survey criteria are not in before year end, except for Xã An Bình
  // (a pilot unit surveyed early), which therefore reaches its target and needs no plan.
  const selfColumns = scoring.columns.filter((column) => column.kind === "self");
  const blocks = scoring.leaves.map((leaf) => ({
    address: `${selfColumns[0].letter}${leaf.row}`,
    values: [
      selfColumns.map((column) =>
        leaf.kind.includes("XHH") && column.unit !== UNITS[0] ? null : scoreFor(leaf, QUALITY[UNITS.indexOf(column.unit)]),
      ),
    ],
  }));
  expect(await page.evaluate(([name, b]) => window.__parWorkbench!.paste(name, b), [scoringName, blocks] as const)).toEqual({ ok: true });

  // What the report must say for "Phường Tân Định", from PAR.* in Node on the same cells.
  const unit = "Phường Tân Định";
  const column = await scoreColumn(
    page,
    scoring,
    selfColumns.find((c) => c.unit === unit)!,
  );
  const rubricRows = scoring.rubricRows;
  const applicable = PAR.max(rubricRows, column, "applicable");
  const targetPoints = Math.round(0.8 * applicable * 1e6) / 1e6;
  const expected = PAR.plan(column, rubricRows, targetPoints, null) as [string, number][];
  expect(expected.length).toBeGreaterThan(0);

  // ---- The pane: the plan before the report ----
  const summaryHeader = pane.getByRole("button", { name: t.sections.summary, exact: true });
  if ((await summaryHeader.getAttribute("aria-expanded")) !== "true") await summaryHeader.click();
  const planRegion = pane.getByRole("region", { name: p.title });
  await planRegion.getByLabel(p.unitLabel, { exact: true }).selectOption(unit);
  await planRegion.getByRole("button", { name: p.button }).click();
  const list = planRegion.getByRole("list", { name: p.leavesLabel });
  await list.waitFor();
  const items = list.getByRole("button");
  expect(await items.count()).toBe(expected.length);
  expect(await items.first().innerText()).toContain(expected[0][0]);
  await screenshot(page, "e2e-vi-plan-01-pane");
  const serious = await scanPane(page, "vi plan shown");
  expect(serious.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([]);
  await items.first().click();
  const firstRow = scoring.leaves.find((leaf) => leaf.code === expected[0][0])!.row;
  const letter = selfColumns.find((c) => c.unit === unit)!.letter;
  await page.locator(`.wb-grid-scroll[data-active="${letter}${firstRow}"]`).waitFor();
  expect(await activeSheetName(page)).toBe(scoringName);

  // ---- The report ----
  const report = await timedCommand(page, "vi.plan.summary", pattern(t.summaryDone), fail, () =>
    pane.getByRole("button", { name: t.summaryButton }).click(),
  );
  const reportName = pattern(t.summaryDone).exec(report.text)![1];
  const sheetValues = await values(page, reportName, "A1:H400");
  const at = (prefix: string) => sheetValues.findIndex((row) => typeof row[0] === "string" && row[0].startsWith(prefix));
  const section = at("4. Kế hoạch đạt mục tiêu");
  expect(section).toBeGreaterThan(0);
  const unitTitle = sheetValues.findIndex((row, r) => r > section && typeof row[0] === "string" && row[0].includes(`. ${unit} — mục tiêu`));
  expect(unitTitle).toBeGreaterThan(section);
  const header = sheetValues.findIndex((row, r) => r > unitTitle && row[1] === "Tiêu chí");
  const listed: [Cell, Cell][] = [];
  for (let r = header + 1; typeof sheetValues[r][0] === "number"; r++)
    listed.push([String(sheetValues[r][1]).split(" ")[0], sheetValues[r][5]]);
  expect(listed).toEqual(expected);
  // Exactly the units below "Tốt" get a plan.
  for (const name of UNITS) {
    const scores = await scoreColumn(
      page,
      scoring,
      selfColumns.find((c) => c.unit === name)!,
    );
    const below = PAR.total(scores, rubricRows) < Math.round(0.8 * PAR.max(rubricRows, scores, "applicable") * 1e6) / 1e6;
    expect([name, sheetValues.some((row) => typeof row[0] === "string" && row[0].includes(`. ${name} — mục tiêu`))]).toEqual([name, below]);
    if (name === UNITS[0]) expect(below).toBe(false);
  }

  const layout = await page.evaluate(
    (name) => window.__parWorkbench!.host.workbook.sheets.find((s) => s.name === name)!.pageLayout,
    reportName,
  );
  expect(layout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });

  if ((await activeSheetName(page)) !== reportName) await page.locator(`.wb-tab[data-sheet="${reportName}"]`).click();
  await goToCell(page, `H${section + 40}`);
  await goToCell(page, `A${section + 1}`);
  await screenshot(page, "e2e-vi-plan-02-report");
  await page.locator(".wb-grid-scroll").screenshot({ path: path.join(RESULTS, "e2e-vi-plan-03-report-grid.png") });
  const departments = sheetValues.findIndex((row, r) => r > header && row[0] === "Phân theo cơ quan chủ trì");
  expect(departments).toBeGreaterThan(header);
  await goToCell(page, `H${departments + 40}`);
  await goToCell(page, `A${departments - 2}`);
  await page.locator(".wb-grid-scroll").screenshot({ path: path.join(RESULTS, "e2e-vi-plan-04-report-departments.png") });
  expect(errors).toEqual([]);
});
