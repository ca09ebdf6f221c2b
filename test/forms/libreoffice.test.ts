import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectForm, type CollectedForm } from "../../src/core/forms/collect-form";
import { FORM_COLUMNS, FORM_SHEET_NAME, SUMMARY_NAMES, type SummaryName } from "../../src/core/forms/form-layout";
import { planForm, type FormPlan } from "../../src/core/forms/form-plan";
import { cellRef } from "../../src/core/plan/a1";
import type { Rubric } from "../../src/core/rubric/schema";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";
import { readFormXlsx } from "../../src/xlsx/read-form";
import { writeFormXlsx } from "../../src/xlsx/write-form";
import { libreOfficeAvailable, runInLibreOffice, type CalcCell, type CalcJob } from "./libreoffice/calc";
import { randomEntries, randomRubric, type Entry } from "./random-forms";

/**
 * Proof in a spreadsheet program none of us wrote. Forms are opened in headless LibreOffice Calc,
 * filled as a user would (numbers, text numbers, N/A words, evidence), recalculated, and the form's
 * own totals are held equal to the core's; the files LibreOffice saves are collected back whole.
 * One soffice process serves every form (see libreoffice/fill_forms.py).
 */
const FORMS = 60;
jest.setTimeout(900_000);

interface Case {
  seed: number;
  rubric: Rubric;
  plan: FormPlan;
  entries: Entry[];
  file: string;
  saved: string;
}

const work = mkdtempSync(join(tmpdir(), "par-forms-"));
const cases: Case[] = [];
let results: { values: Record<string, CalcCell> }[] = [];
const collected: CollectedForm[] = [];

beforeAll(async () => {
  const missing = libreOfficeAvailable();
  if (missing) throw new Error(`LibreOffice is needed for these tests: ${missing}. .ci/run installs it (libreoffice-calc python3-uno).`);
  const commune = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
  for (let seed = 1; seed <= FORMS; seed++) {
    const rubric = seed <= 2 ? commune : randomRubric(seed);
    const unit = seed === 1 ? '=UBND xã "Tân Phú"' : `Đơn vị ${seed}`;
    const plan = planForm({ rubric, unit, period: "Năm 2026", deadline: "2026-12-15" });
    const file = join(work, `form-${seed}.xlsx`);
    writeFileSync(file, await writeFormXlsx(ExcelJS, plan));
    cases.push({ seed, rubric, plan, entries: randomEntries(rubric, seed), file, saved: join(work, `form-${seed}-lo.xlsx`) });
  }
  const jobs: CalcJob[] = cases.map((c) => ({
    in: c.file,
    sheet: FORM_SHEET_NAME,
    entries: c.entries,
    read: SUMMARY_NAMES.map((name) => cellRef(c.plan.layout.summaryRows[name], FORM_COLUMNS.score)),
    out: c.saved,
    pdf: c.seed === 1 ? join(work, "form-1.pdf") : undefined,
  }));
  results = await runInLibreOffice(jobs);
  for (const c of cases) {
    collected.push(
      collectForm(await readFormXlsx(ExcelJS, `form-${c.seed}-lo.xlsx`, new Uint8Array(readFileSync(c.saved))), {
        known: [],
        expected: c.rubric,
      }),
    );
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const summaryValue = (result: { values: Record<string, CalcCell> }, plan: FormPlan, name: SummaryName) =>
  result.values[cellRef(plan.layout.summaryRows[name], FORM_COLUMNS.score)];

test(`the form's own totals in LibreOffice equal the core's over ${FORMS} random rubrics and entries`, () => {
  expect(results).toHaveLength(FORMS);
  cases.forEach((c, i) => {
    const result = results[i];
    const core = collected[i];
    const context = `seed ${c.seed}`;
    expect({ context, status: core.status, reason: core.reason?.en }).toEqual({ context, status: "ok", reason: undefined });
    const value = (name: SummaryName) => summaryValue(result, c.plan, name);
    for (const name of SUMMARY_NAMES) expect({ context, name, error: value(name).error ?? 0 }).toEqual({ context, name, error: 0 });
    expect({ context, total: value("total").value }).toEqual({ context, total: core.total });
    // Blank is not zero: the total shows nothing until a leaf is assessed.
    const assessed = Object.values(core.accepted).some((accepted) => typeof accepted === "number");
    expect({ context, assessed, total: value("total").string === "" }).toEqual({ context, assessed, total: !assessed });
    expect({ context, applicableMax: value("applicableMax").value }).toEqual({ context, applicableMax: core.applicableMax });
    expect({ context, assessedMax: value("assessedMax").value }).toEqual({ context, assessedMax: core.assessedMax });
    expect({ context, lost: value("lost").value }).toEqual({ context, lost: core.lost });
    if (core.percent === null) expect(value("percent").string).toBe("");
    else expect(Math.abs(value("percent").value - core.percent!)).toBeLessThan(1e-12);
    expect({ context, invalid: value("invalid").value }).toEqual({ context, invalid: core.invalid });
    expect({ context, evidence: value("evidenceMissing").value }).toEqual({ context, evidence: core.evidenceMissing.length });
    expect({ context, explanation: value("explanationMissing").value }).toEqual({ context, explanation: core.explanationMissing.length });
  });
  // The random forms did exercise every rule: entries to fix, N/A lowering the max, bonus and penalty.
  const fullMax = (c: Case) => c.rubric.totalMax;
  expect(collected.filter((core) => core.invalid > 0).length).toBeGreaterThan(FORMS / 2);
  expect(collected.filter((core, i) => core.applicableMax! < fullMax(cases[i])).length).toBeGreaterThan(FORMS / 4);
  expect(collected.filter((core) => core.total! > 0).length).toBeGreaterThan(FORMS / 2);
  expect(cases.filter((c) => c.rubric.criteria.some((x) => x.kind === "bonus")).length).toBeGreaterThan(10);
  expect(cases.filter((c) => c.rubric.criteria.some((x) => x.kind === "penalty")).length).toBeGreaterThan(10);
});

test("the entries come back from LibreOffice's .xlsx exactly as typed: numbers, text numbers, N/A words, formulas, formula-like text", () => {
  let textNumbers = 0,
    notApplicable = 0,
    formulaText = 0,
    formulas = 0;
  cases.forEach((c, i) => {
    const core = collected[i];
    const byCell = new Map(c.entries.map((entry) => [entry.cell, entry]));
    c.plan.layout.codes.forEach((code, index) => {
      const row = c.plan.layout.firstNodeRow + index;
      const score = byCell.get(cellRef(row, FORM_COLUMNS.score));
      const typed = score === undefined ? undefined : "number" in score ? score.number : "text" in score ? score.text : score.formula;
      expect({ seed: c.seed, code, score: core.scores[code] }).toEqual({ seed: c.seed, code, score: typed });
      const evidence = byCell.get(cellRef(row, FORM_COLUMNS.evidence));
      if (evidence && "text" in evidence) {
        expect(core.evidence[code]).toBe(evidence.text.trim());
        if (evidence.text.startsWith("=")) formulaText++;
      }
      if (score && "formula" in score) formulas++;
      if (typeof typed === "string" && /^\s*\d+[,.]\d+\s*$/.test(typed)) textNumbers++;
      if (typeof typed === "string" && /a|k/i.test(typed) && !/abc|đạt/.test(typed)) notApplicable++;
    });
  });
  // The random entries did exercise what the issue lists.
  expect(textNumbers).toBeGreaterThan(10);
  expect(notApplicable).toBeGreaterThan(10);
  expect(formulaText).toBeGreaterThan(5);
  expect(formulas).toBeGreaterThan(5);
});

test("a text number such as 8,25 counts in the form's total and at collect, which names the criterion and cell", () => {
  const isTextNumber = (entry: Entry) => "text" in entry && /^\s*\d+,\d+\s*$/.test(entry.text) && entry.cell.startsWith("H");
  const i = cases.findIndex((c) => c.entries.some(isTextNumber));
  const entry = cases[i].entries.find(isTextNumber)!;
  const finding = collected[i].findings.find((f) => f.cell === entry.cell)!;
  expect(finding.code).toBe("form.textNumberRead");
  expect(finding.message.vi).toContain(`ô ${entry.cell}`);
  expect(finding.message.vi).toContain(`form-${cases[i].seed}-lo.xlsx`);
  // Counted, not an entry to fix: the totals test above holds the form's total equal to collect's.
  const code = cases[i].plan.layout.codes[Number(entry.cell.slice(1)) - 1 - cases[i].plan.layout.firstNodeRow];
  expect(collected[i].accepted[code]).toBeCloseTo(Number(("text" in entry ? entry.text : "").trim().replace(",", ".")), 9);
});

test("a formula typed into a score cell needs fixing in the form (its count) and at collect", () => {
  const i = cases.findIndex((c) => c.entries.some((entry) => "formula" in entry));
  const entry = cases[i].entries.find((e) => "formula" in e)!;
  expect(collected[i].findings.find((f) => f.cell === entry.cell)!.code).toBe("form.scoreFormula");
  expect(summaryValue(results[i], cases[i].plan, "invalid").value).toBe(collected[i].invalid);
  expect(collected[i].invalid).toBeGreaterThan(0);
});

test("a unit named with a leading = stays text through LibreOffice, and the form renders to a readable page", () => {
  expect(collected[0].unit).toBe('=UBND xã "Tân Phú"');
  const pdf = join(work, "form-1.pdf");
  expect(existsSync(pdf)).toBe(true);
  const out = join(process.cwd(), "test-results", "forms");
  mkdirSync(out, { recursive: true });
  const render = spawnSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", pdf, join(out, "form-page")], { encoding: "utf8" });
  expect(render.status).toBe(0);
  expect(readFileSync(join(out, "form-page-1.png")).length).toBeGreaterThan(20_000);
});
