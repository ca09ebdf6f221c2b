import { getValue as valueAt, type ExcelHost } from "../../workbench/host";
import { collectForm, type FormCellValue } from "../../src/core/forms/collect-form";
import { FIRST_NODE_ROW, FORM_COLUMNS } from "../../src/core/forms/form-layout";
import { planForm } from "../../src/core/forms/form-plan";
import { cellRef, columnLetter } from "../../src/core/plan/a1";
import { collectForms } from "../../src/excel/forms-operation";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { bundledRubric, installHost } from "../excel/host-fixture";
import { communeSecondVersion } from "./commune-second-version";
import { formFileFrom } from "./form-grid";

/**
 * A unit returns a form of last version's rubric after the province moved to a new version: its
 * scores are carried over by code, with the template upgrade's rule, and every score that cannot
 * move is named by criterion and cell with what to do. Another rubric is still refused.
 */
jest.setTimeout(120_000);

const v1 = bundledRubric("commune-2025");
const v2 = communeSecondVersion();

const v1Codes = v1.criteria.map((criterion) => criterion.code);
const score = (code: string) => cellRef(FIRST_NODE_ROW + v1Codes.indexOf(code), FORM_COLUMNS.score);
const evidence = (code: string) => cellRef(FIRST_NODE_ROW + v1Codes.indexOf(code), FORM_COLUMNS.evidence);

/** A version 2025.1 form as the unit returns it (a formula typed as the reader hands it over). */
function returnedV1(unit: string, extra: Record<string, FormCellValue> = {}) {
  const file = formFileFrom(planForm({ rubric: v1, unit }), `${unit}.xlsx`, {
    [score("1.1.1")]: 1,
    [score("1.1.2")]: 1.5,
    [score("1.2")]: "0,75",
    [score("1.3")]: 1,
    [evidence("1.3")]: "Kế hoạch 5/KH-UBND",
    [score("2.1.1")]: "N/A",
    ...extra,
  });
  return file;
}

test("scores of an older version are carried over by code; what cannot move is named by criterion and cell", () => {
  const form = collectForm(returnedV1("Xã An Bình"), { expected: v2, known: [] });
  expect(form).toMatchObject({ status: "ok", unit: "Xã An Bình", version: "2025.1", carriedInto: "2025.2", total: 1.75 });
  expect(form.accepted).toEqual({ "1.1.1": 1, "1.2": 0.75, "2.1.1": "N/A" });
  // Nothing dropped silently: the scores that found no place stay in what was read, each with a finding.
  expect(form.scores).toMatchObject({ "1.1.2": 1.5, "1.3": 1 });
  expect(form.evidence["1.3"]).toBe("Kế hoạch 5/KH-UBND");
  const [summary, ...rest] = form.findings;
  expect(summary.code).toBe("form.carriedOver");
  expect(summary.message.vi).toContain(
    "phiên bản 2025.1; điểm được chuyển sang phiên bản 2025.2 theo mã: 3 điểm chuyển được, 2 điểm không chuyển được",
  );
  expect(summary.message.vi).toContain("1 tiêu chí mới của phiên bản 2025.2 chưa có điểm (1.6)");
  expect(summary.message.en).toContain("carried over by code into version 2025.2");
  const notCarried = rest.filter((finding) => finding.code === "form.notCarried");
  expect(notCarried.map((finding) => [finding.criterion, finding.cell])).toEqual([
    ["1.1.2", score("1.1.2")],
    ["1.3", score("1.3")],
  ]);
  expect(notCarried[0].message.vi).toContain('Điểm "1,5" của tiêu chí 1.1.2 theo phiên bản 2025.1 không hợp lệ theo phiên bản 2025.2');
  expect(notCarried[0].message.vi).toContain(`(phiếu "Xã An Bình.xlsx", ô ${score("1.1.2")})`);
  expect(notCarried[1].message.vi).toContain(
    'Tiêu chí 1.3 (điểm "1") của phiên bản 2025.1 không còn là tiêu chí chấm điểm trong phiên bản 2025.2',
  );
  expect(notCarried[0].message.en).toContain('Score "1.5" of criterion 1.1.2 under version 2025.1 is not valid under version 2025.2');
  expect(notCarried[1].message.en).toContain("Score the version 2025.2 criteria instead");
  // Each is said once: the score that could not move is not also an entry to fix under the new version.
  expect(rest.filter((finding) => finding.cell === score("1.1.2"))).toHaveLength(1);
  expect(form.invalid).toBe(0);
  // The text number is read as the form counted it, named by the form's own cell.
  expect(rest.find((finding) => finding.code === "form.textNumberRead")!.cell).toBe(score("1.2"));
});

test("a formula in an older form is an entry to fix at its own cell, not carried as a number", () => {
  const form = collectForm(returnedV1("Xã An Bình", { [score("1.4")]: { formula: "1+1" } }), { expected: v2, known: [] });
  expect(form.accepted["1.4"]).toBeUndefined();
  expect(form.scores["1.4"]).toBe("=1+1");
  const finding = form.findings.find((found) => found.cell === score("1.4"))!;
  expect([finding.code, finding.severity]).toEqual(["form.scoreFormula", "error"]);
});

test("another rubric is still refused", () => {
  const department = bundledRubric("department-2025");
  const form = collectForm(formFileFrom(planForm({ rubric: department, unit: "Sở Nội vụ" }), "so.xlsx", {}), { expected: v2, known: [] });
  expect(form.status).toBe("refused");
  expect(form.reason!.vi).toContain("thuộc bộ tiêu chí department-2025, không phải commune-2025");
});

test("an older form whose rows were edited is refused: precisely when that version is known, in general terms otherwise", () => {
  const maxCell = cellRef(FIRST_NODE_ROW + v1Codes.indexOf("1.2"), FORM_COLUMNS.max);
  const edited = returnedV1("Xã An Bình", { [maxCell]: 3 });
  const unknown = collectForm(edited, { expected: v2, known: [] });
  expect(unknown.status).toBe("refused");
  expect(unknown.reason!.vi).toContain("phiên bản 2025.1, không phải phiên bản đang dùng 2025.2");
  expect(unknown.reason!.vi).toContain("không chuyển điểm theo mã được");
  const known = collectForm(edited, { expected: v2, known: [v1] });
  expect(known.reason!.vi).toContain(`điểm tối đa của tiêu chí 1.2 (ô ${maxCell}) đã bị sửa thành "3"`);
});

describe("into a scoring sheet of the new version", () => {
  let host: ExcelHost;
  let sheet = "";
  const units = ["Xã An Bình", "Xã Hòa Lợi"];
  beforeAll(async () => {
    host = installHost();
    sheet = (await createOrUpdateTemplate({ rubric: v2, units, columns: ["self"] })).scoringSheet;
  });
  afterAll(() => host.uninstall());
  const v2Codes = v2.criteria.map((criterion) => criterion.code);
  const at = (code: string) => valueAt(host.workbook, sheet, `${columnLetter(6)}${5 + v2Codes.indexOf(code)}`);

  test("carried scores land at their codes, the others nowhere; collecting twice changes nothing", async () => {
    const form = collectForm(returnedV1("Xã An Bình"), { expected: v2, known: [] });
    const first = await collectForms(sheet, [form], []);
    expect(first.reports[0]).toMatchObject({ status: "collected", written: 3 });
    expect([at("1.1.1"), at("1.2"), at("2.1.1"), at("1.1.2"), at("1.6")]).toEqual([1, 0.75, "N/A", "", ""]);
    expect(first.reports[0].findings.filter((finding) => finding.code === "form.notCarried")).toHaveLength(2);
    const again = await collectForms(sheet, [form], []);
    expect(again.scoresWritten).toBe(0);
    expect(again.evidenceRowsWritten).toBe(0);
  });
});

test("a form of last year's rubric of the same family (commune-2025) is carried into this year's (commune-2026)", () => {
  const v2026 = bundledRubric("commune-2026");
  const scoreOf = (code: string) => cellRef(FIRST_NODE_ROW + v1Codes.indexOf(code), FORM_COLUMNS.score);
  const returned = formFileFrom(planForm({ rubric: v1, unit: "Xã An Bình" }), "Xã An Bình.xlsx", {
    [scoreOf("1.1.1")]: 1,
    [scoreOf("3.3.3")]: 1.5, // removed in 2026
    [scoreOf("7.2.1")]: 3, // its max went from 3 to 4.5: 3 is still a score it can take
  });
  const form = collectForm(returned, { expected: v2026, known: [] });
  expect(form).toMatchObject({ status: "ok", rubric: "commune-2025", version: "2025.1", carriedInto: "2026.1" });
  expect(form.accepted).toEqual({ "1.1.1": 1, "7.2.1": 3 });
  const notCarried = form.findings.filter((finding) => finding.code === "form.notCarried");
  expect(notCarried.map((finding) => [finding.criterion, finding.cell])).toEqual([["3.3.3", scoreOf("3.3.3")]]);
  expect(notCarried[0].message.vi).toContain("không còn là tiêu chí chấm điểm trong phiên bản 2026.1");
});
