import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectForm, type CollectedForm } from "../../src/core/forms/collect-form";
import { FORM_COLUMNS as C, FORM_SHEET_NAME } from "../../src/core/forms/form-layout";
import { planForm } from "../../src/core/forms/form-plan";
import { FORM_TEXT } from "../../src/core/forms/form-text";
import { cellRef } from "../../src/core/plan/a1";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { readFormXlsx } from "../../src/xlsx/read-form";
import { writeFormXlsx } from "../../src/xlsx/write-form";
import { communeSecondVersion } from "./commune-second-version";
import { libreOfficeAvailable, runInLibreOffice, type CalcCell } from "./libreoffice/calc";

/**
 * What a unit sees in LibreOffice Calc when it types a number as text ("0,5", " 1.5 ", "1, 25"), an
 * ambiguous "1.250", or a formula (=0+0.75) into score cells, and what a form shows before anything
 * is typed; and that collecting the saved file counts exactly what the form counted. Two forms, one
 * soffice process.
 */
jest.setTimeout(300_000);

const commune = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
const plan = planForm({ rubric: commune, unit: "UBND xã Tân Phú", period: "Năm 2026" });
const rowOf = (code: string) => plan.layout.firstNodeRow + plan.layout.codes.indexOf(code);
const score = (code: string) => cellRef(rowOf(code), C.score);
const summary = (name: keyof typeof plan.layout.summaryRows) => cellRef(plan.layout.summaryRows[name], C.score);
const totalNote = cellRef(plan.layout.summaryRows.total, C.evidence);

const work = mkdtempSync(join(tmpdir(), "par-forms-entries-"));
const shown = ["1", "1.1", "1.2", "1.5", "2", "2.1", "2.3"].map(score);
const read = [
  ...shown,
  ...(["total", "applicableMax", "assessedMax", "lost", "percent", "invalid"] as const).map(summary),
  totalNote,
  cellRef(rowOf("1.2"), C.check),
  cellRef(rowOf("1.3"), C.check),
];
let filled: Record<string, CalcCell>;
let blank: Record<string, CalcCell>;
let collected: CollectedForm;
let carried: CollectedForm;

beforeAll(async () => {
  const missing = libreOfficeAvailable();
  if (missing) throw new Error(`LibreOffice is needed for these tests: ${missing}. .ci/run installs it (libreoffice-calc python3-uno).`);
  const form = join(work, "form.xlsx");
  writeFileSync(form, await writeFormXlsx(ExcelJS, plan));
  const results = await runInLibreOffice([
    {
      in: form,
      sheet: FORM_SHEET_NAME,
      entries: [
        { cell: score("1.1.1"), text: "0,5" },
        { cell: score("1.1.2"), text: " 1.5 " },
        { cell: score("1.2"), formula: "=0+0.75" },
        { cell: score("1.3"), text: "1.250" },
        { cell: score("1.5"), text: "1, 25" },
      ],
      read,
      out: join(work, "filled-lo.xlsx"),
      pdf: join(work, "filled.pdf"),
    },
    { in: form, sheet: FORM_SHEET_NAME, entries: [], read, pdf: join(work, "blank.pdf") },
  ]);
  [filled, blank] = results.map((result) => result.values);
  const file = await readFormXlsx(ExcelJS, "filled-lo.xlsx", new Uint8Array(readFileSync(join(work, "filled-lo.xlsx"))));
  collected = collectForm(file, { known: [], expected: commune });
  carried = collectForm(file, { known: [], expected: communeSecondVersion() });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test("numbers typed as text count in the form's own total as collecting counts them", () => {
  // 0,5 + 1.5 + 1, 25: the text numbers count; the formula and "1.250" do not.
  expect(filled[summary("total")].value).toBe(3.25);
  expect(collected.status).toBe("ok");
  expect(collected.total).toBe(3.25);
  expect(collected.accepted).toMatchObject({ "1.1.1": 0.5, "1.1.2": 1.5, "1.5": 1.25 });
  expect(filled[score("1.1")].value).toBe(2);
  const read = collected.findings.filter((finding) => finding.code === "form.textNumberRead").map((finding) => finding.cell);
  expect(read).toEqual([score("1.1.1"), score("1.1.2"), score("1.5")]);
  expect(collected.findings.find((finding) => finding.cell === score("1.1.1"))!.message.vi).toContain('"0,5"; đã đọc là 0,5');
});

test("a formula and an ambiguous text number are entries to fix in the form and at collect, named by cell and criterion", () => {
  expect(filled[summary("invalid")].value).toBe(2);
  expect(collected.invalid).toBe(2);
  // Next to the total: how many, and where the first one is.
  expect(filled[totalNote].string).toBe(
    `${FORM_TEXT.totalSkips1}2${FORM_TEXT.totalSkips2}${score("1.2")}${FORM_TEXT.totalSkips3}1.2${FORM_TEXT.totalSkips4}`,
  );
  expect(filled[cellRef(rowOf("1.2"), C.check)].string).toBe(FORM_TEXT.checkFormula);
  expect(filled[cellRef(rowOf("1.3"), C.check)].string).toBe(`${FORM_TEXT.checkInvalid}1,5${FORM_TEXT.checkInvalidEnd}`);
  const formula = collected.findings.find((finding) => finding.cell === score("1.2"))!;
  expect(formula.code).toBe("form.scoreFormula");
  expect(formula.message.vi).toContain("=0+0.75");
  expect(formula.message.vi).toContain('phiếu "filled-lo.xlsx"');
  expect(collected.findings.find((finding) => finding.cell === score("1.3"))!.code).toBe("score.ambiguousNumber");
  expect(collected.accepted["1.2"]).toBeUndefined();
});

test("subtotals, total, lost points and index stay blank until something under them is assessed", () => {
  // Nothing typed under area 2: its subtotals are empty, not 0.00, in the filled form too.
  for (const code of ["2", "2.1"]) expect({ code, ...filled[score(code)] }).toMatchObject({ code, string: "" });
  expect(filled[score("1")].value).toBe(3.25);
  for (const cell of [...shown, summary("total"), summary("lost"), summary("percent")]) {
    expect({ cell, string: blank[cell].string }).toEqual({ cell, string: "" });
  }
  // The maxima are known before anything is typed.
  expect(blank[summary("applicableMax")].value).toBe(commune.totalMax);
  expect(blank[summary("invalid")].value).toBe(0);
  expect(blank[totalNote].string).toBe("");
});

test("the form saved by LibreOffice still carries its rows: collected into the next rubric version by code", () => {
  // " 1.5 " on 1.1.2 is no longer a level in version 2025.2 and 1.3 ("1.250") is gone; the rest moves as it was counted.
  expect(carried).toMatchObject({ status: "ok", version: "2025.1", carriedInto: "2025.2", total: 1.75 });
  expect(carried.accepted).toEqual({ "1.1.1": 0.5, "1.5": 1.25 });
  const notCarried = carried.findings.filter((finding) => finding.code === "form.notCarried");
  expect(notCarried.map((finding) => finding.cell)).toEqual([score("1.1.2"), score("1.3")]);
  expect(carried.findings.find((finding) => finding.cell === score("1.2"))!.code).toBe("form.scoreFormula");
});

test("the blank and the filled form render to pages a user can read (PDF → PNG, first and last page)", () => {
  const out = join(process.cwd(), "test-results", "forms");
  mkdirSync(out, { recursive: true });
  for (const name of ["blank", "filled"]) {
    const render = spawnSync("pdftoppm", ["-png", "-r", "80", join(work, `${name}.pdf`), join(out, `${name}-form`)], { encoding: "utf8" });
    expect(render.status).toBe(0);
    expect(readFileSync(join(out, `${name}-form-1.png`)).length).toBeGreaterThan(20_000);
  }
});
