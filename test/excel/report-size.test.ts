import { getCell, getValue, type ExcelHost } from "../../workbench/host";
import { REPORT_PLAN_LEAVES, REPORT_PLAN_ROWS } from "../../src/core/summary/summary-plan-section";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { makeSummary } from "../../src/excel/summary-operation";
import { bundledRubric, installHost } from "./host-fixture";

/**
 * A province-sized meeting report: 300 communes, every one far below its target, so every one gets a
 * plan. Excel refuses a request over 5 MB (the in-memory host does too), and a meeting reads the top
 * of each plan: with this many plans each lists REPORT_PLAN_LEAVES leaves and says how many more.
 */
jest.setTimeout(120_000);

let host: ExcelHost;
afterEach(() => host.uninstall());

test("the report of 300 units below target is written in one request under Excel's 5 MB, each plan capped", async () => {
  host = installHost();
  const rubric = bundledRubric("commune-2025");
  const units = Array.from({ length: 300 }, (_, u) => `Xã số ${u + 1} thuộc huyện miền núi`);
  const { scoringSheet } = await createOrUpdateTemplate({ rubric, units, columns: ["self"], target: { kind: "grade", value: "Tốt" } });
  const isLeaf = (code: string) => !rubric.criteria.some((other) => other.code.startsWith(`${code}.`));
  // Every normal leaf scored 0: assessed, and everything lost.
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scoringSheet);
    sheet.protection.unprotect();
    const block = rubric.criteria.map((criterion) => units.map(() => (isLeaf(criterion.code) && criterion.kind === "normal" ? 0 : null)));
    sheet.getRangeByIndexes(4, 6, rubric.criteria.length, units.length).values = block as never;
    sheet.protection.protect();
    await context.sync();
  });
  host.stats.reset();

  const result = await makeSummary(scoringSheet, { period: "Quý IV/2026", topLost: 10, language: "vi" });
  expect(result.syncs).toBeLessThanOrEqual(3);
  expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

  // The first unit's plan: its leaf rows numbered 1..REPORT_PLAN_LEAVES, then the line naming the rest.
  expect(Math.floor(REPORT_PLAN_ROWS / units.length)).toBeLessThanOrEqual(REPORT_PLAN_LEAVES);
  const column = (row: number, letter: string) => getValue(host.workbook, result.sheetName, `${letter}${row}`);
  const rows = Array.from({ length: 3000 }, (_, r) => r + 1);
  // A long unit name wraps in the units table instead of running into the next column.
  const unitRow = rows.find((r) => column(r, "B") === units[0])!;
  expect(getCell(host.workbook, result.sheetName, `B${unitRow}`)!.format.wrap).toBe(true);

  const more = rows.find((r) => String(column(r, "A") ?? "").startsWith("… và "))!;
  expect(String(column(more, "A"))).toMatch(/^… và \d+ tiêu chí nữa cần gỡ \(\d+(,\d+)? điểm\), chưa liệt kê ở đây/);
  expect(column(more - 1, "A")).toBe(REPORT_PLAN_LEAVES);
  expect(column(more - REPORT_PLAN_LEAVES, "A")).toBe(1);
});
