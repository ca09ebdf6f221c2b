import { getValue as valueAt, type ExcelHost } from "../../workbench/host";
import { collectForm, type CollectedForm } from "../../src/core/forms/collect-form";
import { EVIDENCE_SHEET_NAME, differenceKey } from "../../src/core/forms/collect-plan";
import { planForm } from "../../src/core/forms/form-plan";
import { cellRef, columnLetter } from "../../src/core/plan/a1";
import { FIRST_NODE_ROW, FORM_COLUMNS } from "../../src/core/forms/form-layout";
import { collectForms } from "../../src/excel/forms-operation";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { bundledRubric, installHost, paste } from "../excel/host-fixture";
import { formFileFrom } from "./form-grid";

/** Collecting returned forms into a scoring sheet in the in-memory Excel: one batch, safe twice. */
jest.setTimeout(240_000);

const rubric = bundledRubric("commune-2025");
const codes = rubric.criteria.map((criterion) => criterion.code);
const leaves = codes.filter((code) => !codes.some((other) => other.startsWith(`${code}.`)));
const selfScored = leaves.filter((code) => rubric.criteria.find((c) => c.code === code)!.rule?.type !== "survey");
const units = Array.from({ length: 120 }, (_, u) => `Xã ${u + 1}`);
const scoreAddress = (code: string) => cellRef(FIRST_NODE_ROW + codes.indexOf(code), FORM_COLUMNS.score);
const evidenceAddress = (code: string) => cellRef(FIRST_NODE_ROW + codes.indexOf(code), FORM_COLUMNS.evidence);

/** Unit u's returned form: 0 on every self-scored leaf but the first, which gets N/A; evidence on one. */
function returned(u: number, extra: Record<string, number | string> = {}): CollectedForm {
  const plan = planForm({ rubric, unit: units[u] });
  const typed: Record<string, number | string> = {
    [scoreAddress(selfScored[0])]: "N/A",
    [evidenceAddress(selfScored[1])]: '=HYPERLINK("http://x")',
  };
  for (const code of selfScored.slice(1)) typed[scoreAddress(code)] = 0;
  return collectForm(formFileFrom(plan, `${units[u]}.xlsx`, { ...typed, ...extra }), { known: [rubric] });
}

let host: ExcelHost;
let sheet = "";
beforeAll(async () => {
  host = installHost();
  sheet = (await createOrUpdateTemplate({ rubric, units, columns: ["self", "appraised"] })).scoringSheet;
});
afterAll(() => host.uninstall());

const getValue = (sheetName: string, address: string) => valueAt(host.workbook, sheetName, address);
const selfColumn = (u: number) => columnLetter(6 + u);
const rowOf = (code: string) => 5 + codes.indexOf(code);

test("1, 13 and 120 forms are collected in at most 3 round trips, the same number each time", async () => {
  const syncs: number[] = [];
  for (const count of [1, 13, 120]) {
    host.stats.reset();
    const result = await collectForms(
      sheet,
      Array.from({ length: count }, (_, u) => returned(u)),
      [],
    );
    syncs.push(host.stats.syncs);
    expect(result.syncs).toBe(host.stats.syncs);
    expect(result.reports.every((report) => report.status === "collected")).toBe(true);
  }
  expect(Math.max(...syncs)).toBeLessThanOrEqual(3);
  expect(syncs[1]).toBe(syncs[2]);
  expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
});

test("scores land in each unit's self-assessed column; evidence, as text, in its own sheet", () => {
  const scoring = sheet;
  expect(getValue(scoring, `${selfColumn(4)}${rowOf(selfScored[0])}`)).toBe("N/A");
  expect(getValue(scoring, `${selfColumn(4)}${rowOf(selfScored[2])}`)).toBe(0);
  // The appraised columns are untouched.
  expect(getValue(scoring, `${columnLetter(6 + 120 + 4)}${rowOf(selfScored[2])}`)).toBe("");
  const evidence = EVIDENCE_SHEET_NAME;
  expect([getValue(evidence, "A1"), getValue(evidence, "B1"), getValue(evidence, "C1")]).toEqual(["Đơn vị", "Mã", "Tài liệu kiểm chứng"]);
  expect([getValue(evidence, "A2"), getValue(evidence, "B2"), getValue(evidence, "C2")]).toEqual([
    "Xã 1",
    selfScored[1],
    '=HYPERLINK("http://x")',
  ]);
});

test("collecting the same files twice changes nothing", async () => {
  const forms = Array.from({ length: 13 }, (_, u) => returned(u));
  const result = await collectForms(sheet, forms, []);
  expect(result.scoresWritten).toBe(0);
  expect(result.evidenceRowsWritten).toBe(0);
  expect(result.reports[0].taken).toBe(selfScored.length);
  expect(result.reports.every((report) => report.differences.length === 0)).toBe(true);
});

test("a score typed in the sheet is kept and shown as a difference until the user chooses the form's", async () => {
  const code = selfScored[3];
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.protection.unprotect();
    await context.sync();
  });
  await paste(sheet, `${selfColumn(0)}${rowOf(code)}`, [[0.5]]);
  const first = await collectForms(sheet, [returned(0)], []);
  expect(first.reports[0].differences).toEqual([
    { key: differenceKey("Xã 1", code), unit: "Xã 1", code, current: 0.5, incoming: 0, overwritten: false },
  ]);
  expect(getValue(sheet, `${selfColumn(0)}${rowOf(code)}`)).toBe(0.5);
  const chosen = await collectForms(sheet, [returned(0)], [differenceKey("Xã 1", code)]);
  expect(chosen.scoresWritten).toBe(1);
  expect(getValue(sheet, `${selfColumn(0)}${rowOf(code)}`)).toBe(0);
});

test("a form for a unit the sheet does not have is refused by name; nothing is written for it", async () => {
  const stranger = collectForm(formFileFrom(planForm({ rubric, unit: "Phường Lạ" }), "la.xlsx", { [scoreAddress(selfScored[0])]: 1 }), {
    known: [rubric],
  });
  const result = await collectForms(sheet, [stranger], []);
  expect(result.reports[0].status).toBe("refused");
  expect(result.reports[0].reason!.vi).toContain('"Phường Lạ", không có trong trang');
  expect(result.scoresWritten).toBe(0);
});
