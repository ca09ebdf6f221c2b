import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectForm } from "../../src/core/forms/collect-form";
import { FORM_SHEET_NAME } from "../../src/core/forms/form-layout";
import { planForm, type FormPlan } from "../../src/core/forms/form-plan";
import { cellRef } from "../../src/core/plan/a1";
import { allowedScores, rubricRows } from "../../src/core/rubric/rubric-rows";
import type { Rubric } from "../../src/core/rubric/schema";
import { VALIDATION_LIMITS } from "../../src/core/rules/validation-limits";
import { LeafState } from "../../src/core/scores/leaf-state";
import { readUnitScores } from "../../src/core/scores/unit-scores";
import { buildRubricTable } from "../../src/core/table/rubric-table";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { readFormXlsx } from "../../src/xlsx/read-form";
import { writeFormXlsx } from "../../src/xlsx/write-form";
import { libreOfficeAvailable, runInLibreOffice } from "./libreoffice/calc";
import { randomRubric, type Entry } from "./random-forms";

/**
 * The score cells' data validation, short enough for Excel (≤ 255 characters, reading the rule from
 * hidden cells), proved in LibreOffice Calc: values are typed one at a time into a form and Calc's
 * detective says whether the validation refuses them; each answer must be the scoring rules' answer
 * for the value as typed. The form LibreOffice saves is probed again: the validation is still there,
 * still within 255 characters, and the form still collects.
 */
jest.setTimeout(600_000);

const work = mkdtempSync(join(tmpdir(), "par-forms-validation-"));
const commune = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
const rubrics: Rubric[] = [commune, randomRubric(7), randomRubric(11)];

interface Probe {
  entry: Entry;
  /** What readUnitScores says of the value in that leaf: accepted (blank, N/A, valid score) or not. */
  accepted: boolean;
}

/** Values a unit may type into a leaf: blank, spaces, N/A words, valid scores, and near misses. */
function candidates(max: number, step: number | undefined, allowed: number[] | undefined): (number | string)[] {
  const valid = allowed ?? [0, step ?? 0.001, max];
  const onGrid = valid.filter((value) => value <= max);
  const between = allowed ? (allowed[0] + allowed[1]) / 2 : (step ?? 0.001) / 2;
  return [
    "",
    "   ",
    "N/A",
    " kad ",
    "Không áp dụng",
    "KHONG AP DUNG",
    "n/a  na",
    "abc",
    "0,5",
    ...onGrid,
    between,
    max + (step ?? 0.25),
    -0.25,
    -1e-10,
    onGrid[onGrid.length - 1] + 1e-7,
  ];
}

function probesOf(plan: FormPlan, rubric: Rubric): Probe[] {
  const rows = rubricRows(rubric);
  return plan.validations.flatMap((validation) => {
    const row = rows[validation.row - plan.layout.firstNodeRow];
    const table = buildRubricTable([["1", "", row.max, row.stepOrAllowed]]);
    const cell = cellRef(validation.row, validation.column);
    return candidates(row.max, row.criterion.step, allowedScores(row.criterion)).map((value) => ({
      entry: typeof value === "number" ? { cell, number: value } : { cell, text: value },
      accepted: readUnitScores(table, [value]).states[0] !== LeafState.Invalid,
    }));
  });
}

const cases = rubrics.map((rubric, i) => {
  const plan = planForm({ rubric, unit: `Đơn vị ${i + 1}`, period: "Năm 2026" });
  return { rubric, plan, probes: probesOf(plan, rubric), file: join(work, `form-${i}.xlsx`), saved: join(work, `form-${i}-lo.xlsx`) };
});
let refused: boolean[][] = [];
let refusedAfterSave: boolean[][] = [];

beforeAll(async () => {
  const missing = libreOfficeAvailable();
  if (missing) throw new Error(`LibreOffice is needed for these tests: ${missing}. .ci/run installs it (libreoffice-calc python3-uno).`);
  for (const c of cases) writeFileSync(c.file, await writeFormXlsx(ExcelJS, c.plan));
  const probe = (file: string, c: (typeof cases)[number], out?: string) => ({
    in: file,
    sheet: FORM_SHEET_NAME,
    entries: [],
    read: [],
    out,
    probes: c.probes.map((probe) => probe.entry),
  });
  refused = (await runInLibreOffice(cases.map((c) => probe(c.file, c, c.saved)))).map((result) => result.refused);
  refusedAfterSave = (await runInLibreOffice(cases.map((c) => probe(c.saved, c)))).map((result) => result.refused);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const typed = (entry: Entry) => ("number" in entry ? entry.number : "text" in entry ? entry.text : entry.formula);
const answers = (accepted: (i: number, j: number) => boolean) =>
  cases.flatMap((c, i) =>
    c.probes.map((probe, j) => ({ rubric: c.rubric.id, cell: probe.entry.cell, typed: typed(probe.entry), accepted: accepted(i, j) })),
  );
const expected = () => answers((i, j) => cases[i].probes[j].accepted);
const inLibreOffice = (results: boolean[][]) => answers((i, j) => !results[i][j]);

test("LibreOffice's validation accepts blank, the N/A words and valid scores, and refuses the rest, as the scoring rules do", () => {
  const all = expected();
  expect(all.length).toBeGreaterThan(800);
  // Both answers occur often: the probes test something.
  expect(all.filter((probe) => probe.accepted).length).toBeGreaterThan(300);
  expect(all.filter((probe) => !probe.accepted).length).toBeGreaterThan(300);
  expect(inLibreOffice(refused)).toEqual(all);
});

test("the form LibreOffice saves keeps the validation, within Excel's limits, and still collects", async () => {
  expect(inLibreOffice(refusedAfterSave)).toEqual(expected());
  for (const c of cases) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(c.saved) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET_NAME)!;
    const validations = Object.values(
      (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model,
    );
    expect(validations.length).toBeGreaterThanOrEqual(c.plan.validations.length);
    for (const validation of validations) {
      expect(String(validation.formulae?.[0]).length).toBeLessThanOrEqual(VALIDATION_LIMITS.formula);
      expect((validation.error ?? "").length).toBeLessThanOrEqual(VALIDATION_LIMITS.error);
    }
    const collected = collectForm(await readFormXlsx(ExcelJS, "saved.xlsx", new Uint8Array(readFileSync(c.saved))), {
      known: [],
      expected: c.rubric,
    });
    expect({ rubric: c.rubric.id, status: collected.status }).toEqual({ rubric: c.rubric.id, status: "ok" });
  }
});
