import { findSheet, getCell, getValue, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { makeSummary } from "../../src/excel/summary-operation";
import { planToTarget } from "../../src/excel/plan-operation";
import { selectCell } from "../../src/excel/validate-operation";
import * as PAR from "../../src/functions/functions";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";

/**
 * The meeting report's "Kế hoạch đạt mục tiêu" and the pane's plan for one unit, on a real template
 * in the in-memory Excel: a 9-month review where only self-assessed scores exist, survey criteria are
 * not assessed yet, and every unit's target is the grade "Tốt" (80 % of its applicable max).
 */
let host: ExcelHost;
const rubric = bundledRubric("department-2025");
const SHEET = "Chấm điểm cấp sở 2025";
const n = rubric.criteria.length;
const rowOf = (code: string) => 5 + rubric.criteria.findIndex((criterion) => criterion.code === code);
const leaves = rubric.criteria.filter((c) => !rubric.criteria.some((d) => d.code.startsWith(`${c.code}.`)));
const yesNo = leaves.filter((leaf) => leaf.kind === "normal" && leaf.rule?.type === "yesNo");
const survey = leaves.filter((leaf) => leaf.rule?.type === "survey");

beforeEach(async () => {
  host = installHost({ evaluator: parEvaluator() });
  await createOrUpdateTemplate({
    rubric,
    units: ["Sở Tư pháp", "Sở Y tế"],
    columns: ["self", "appraised"],
    target: { kind: "grade", value: "Tốt" },
  });
  // Sở Tư pháp (G): every criterion at its max. Sở Y tế (H): the yes/no criteria lost, the survey not in yet.
  for (const column of ["G", "H"]) {
    for (let i = 0; i < n;) {
      if (!leaves.includes(rubric.criteria[i])) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < n && leaves.includes(rubric.criteria[end + 1])) end++;
      const cells = rubric.criteria
        .slice(i, end + 1)
        .map((c) =>
          c.kind !== "normal" ? null : column === "H" && yesNo.includes(c) ? 0 : column === "H" && survey.includes(c) ? null : c.max,
        );
      await paste(
        SHEET,
        `${column}${5 + i}:${column}${5 + end}`,
        cells.map((cell) => [cell]),
      );
      i = end + 1;
    }
  }
  host.stats.reset();
});
afterEach(() => host.uninstall());

const at = (sheet: string, address: string) => getValue(host.workbook, sheet, address);
const rowStarting = (sheet: string, prefix: string, from = 1) =>
  Array.from({ length: 400 }, (_, r) => r + from).find((r) => String(at(sheet, `A${r}`) ?? "").startsWith(prefix));

/** The rubric rows and Sở Y tế's column as PAR.* formulas read them off the sheet. */
function formulaInputs() {
  const rows = rubric.criteria.map((c, i) => [c.code, at(SHEET, `B${5 + i}`), c.max, at(SHEET, `D${5 + i}`)]);
  const column = rubric.criteria.map((_, i) => [at(SHEET, `H${5 + i}`)]);
  const applicable = PAR.max(rows, column, "applicable");
  return { rows, column, target: Math.round(0.8 * applicable * 1e6) / 1e6 };
}

describe("meeting report: Kế hoạch đạt mục tiêu", () => {
  it("plans for the unit below its target only: gap, leaves with department and running total, per department; values only", async () => {
    const result = await makeSummary(SHEET, { period: "9 tháng đầu năm 2025", topLost: 5 }, undefined, new Date(2025, 9, 5));
    expect(result.syncs).toBe(2);
    const report = result.sheetName;
    const { rows, column, target } = formulaInputs();
    const total = PAR.total(column, rows);
    expect(total).toBeLessThan(target);

    const section = rowStarting(report, "4. Kế hoạch đạt mục tiêu")!;
    expect(section).toBeDefined();
    expect(rowStarting(report, "4.1. Sở Tư pháp")).toBeUndefined(); // met: no plan
    const unitRow = rowStarting(report, "4.1. Sở Y tế", section)!;
    expect(at(report, `A${unitRow}`)).toBe(`4.1. Sở Y tế — mục tiêu xếp loại "Tốt" (${String(target).replace(".", ",")} điểm)`);
    // Figures, label beside value: target, now, gap, recoverable, the unit's own, missing if all won back.
    expect([1, 2, 3].map((i) => [at(report, `B${unitRow + i}`), at(report, `C${unitRow + i}`)])).toEqual([
      ["Mục tiêu (điểm)", target],
      ["Hiện đạt", total],
      ["Còn thiếu", PAR.gap(column, rows, target)],
    ]);

    // The leaves, in the order PAR.PLAN gives on the same scores: the report and the function agree.
    const planned = PAR.plan(column, rows, target, null) as [string, number][];
    const header = unitRow + 8;
    expect(at(report, `B${header}`)).toBe("Tiêu chí");
    let cumulative = 0;
    planned.forEach(([code, recoverable], i) => {
      const r = header + 1 + i;
      const criterion = rubric.criteria.find((c) => c.code === code)!;
      expect([at(report, `A${r}`), at(report, `B${r}`), at(report, `C${r}`), at(report, `F${r}`)]).toEqual([
        i + 1,
        `${code} ${criterion.name.vi}`,
        criterion.responsible,
        recoverable,
      ]);
      cumulative = Math.round((cumulative + recoverable) * 1e6) / 1e6;
      expect(at(report, `G${r}`)).toBe(cumulative);
      if (survey.includes(criterion)) expect(String(at(report, `H${r}`))).toContain("điều tra XHH: không gỡ trực tiếp");
    });
    expect(cumulative).toBeGreaterThanOrEqual(Math.round((target - total) * 1e6) / 1e6);

    // Per department: the departments' recoverable points add up to everything the unit can win back.
    const departments = rowStarting(report, "Phân theo cơ quan chủ trì", header)!;
    const shares: number[] = [];
    for (let r = departments + 2; typeof at(report, `A${r}`) === "number"; r++) shares.push(at(report, `D${r}`) as number);
    expect(shares.reduce((sum, value) => Math.round((sum + value) * 1e6) / 1e6, 0)).toBe(at(report, `C${unitRow + 4}`));

    // A snapshot: nothing on the report is a formula.
    for (const [, cell] of findSheet(host.workbook, report)!.cells) expect(cell.formula ?? null).toBeNull();
    expect(getCell(host.workbook, report, `G${header + 1}`)?.formula).toBeNull();
  });

  it("reads in English when made from the English pane", async () => {
    const result = await makeSummary(SHEET, { period: "Q3 2025", topLost: 3, language: "en" }, undefined, new Date(2025, 9, 5));
    const text = [...findSheet(host.workbook, result.sheetName)!.cells.values()].map((cell) => String(cell.value ?? "")).join("\n");
    expect(text).toContain("4. Plan to target");
    expect(text).toContain('4.1. Sở Y tế — target grade "Tốt"');
    expect(text).toContain("By responsible department");
    expect(text).not.toMatch(/Kế hoạch đạt|Gỡ được|Lũy kế|Chưa chấm|Phân theo cơ quan|Còn thiếu/);
  });

  it("plans for the units the user picks, saying of a picked unit that is met that it needs none", async () => {
    const result = await makeSummary(
      SHEET,
      { period: "Q3", topLost: 3, planUnits: ["Sở Tư pháp", "Sở Y tế"] },
      undefined,
      new Date(2025, 9, 5),
    );
    const report = result.sheetName;
    const section = rowStarting(report, "4. Kế hoạch đạt mục tiêu")!;
    expect(at(report, `A${section + 1}`)).toBe("Sở Tư pháp: đã đạt mục tiêu, không cần kế hoạch.");
    expect(rowStarting(report, "4.1. Sở Y tế", section)).toBeDefined();
  });

  it("says so when every unit with a target meets it", async () => {
    for (const leaf of [...yesNo, ...survey]) await paste(SHEET, `H${rowOf(leaf.code)}`, [[leaf.max]]);
    // An empty pick is no pick: every unit below its target.
    const perfect = await makeSummary(SHEET, { period: "Q3", topLost: 3, planUnits: [] }, undefined, new Date(2025, 9, 5));
    const section = rowStarting(perfect.sheetName, "4. Kế hoạch đạt mục tiêu")!;
    expect(at(perfect.sheetName, `A${section + 1}`)).toBe("Mọi đơn vị có mục tiêu đều đã đạt mục tiêu.");
  });
});

describe("the pane's plan for one unit", () => {
  it("reads the sheet once, writes nothing, and gives each leaf's score cell to select", async () => {
    const sheetsBefore = host.workbook.sheets.length;
    const view = await planToTarget(SHEET, { unit: "Sở Y tế" });
    expect(view.syncs).toBe(1);
    expect(host.workbook.sheets.length).toBe(sheetsBefore);
    const { rows, column, target } = formulaInputs();
    expect(view.plan!.result.leaves.slice(0, view.plan!.result.neededCount).map((leaf) => [leaf.code, leaf.recoverable])).toEqual(
      PAR.plan(column, rows, target, null),
    );
    const first = view.plan!.result.leaves[0];
    expect(view.cells[0]).toBe(`'${SHEET}'!H${rowOf(first.code)}`);
    await selectCell(view.cells[0]);
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      expect(range.address).toBe(`'${SHEET}'!H${rowOf(first.code)}`);
    });
  });

  it("tries a target typed in the pane, and says when the unit already meets it", async () => {
    const view = await planToTarget(SHEET, { unit: "Sở Y tế", target: { kind: "points", value: 10 } });
    expect(view.plan).toBeUndefined();
    expect(view.skipped).toEqual({ unit: "Sở Y tế", reason: "met" });
    const met = await planToTarget(SHEET, { unit: "Sở Tư pháp" });
    expect(met.skipped).toEqual({ unit: "Sở Tư pháp", reason: "met" });
    await expect(planToTarget(SHEET, { unit: "Sở Công Thương" })).rejects.toMatchObject({
      userMessage: { vi: expect.stringContaining('không có đơn vị "Sở Công Thương"') },
    });
  });
});

describe("a rank target in the report", () => {
  it("aims at the points of the unit now at that rank", async () => {
    host.uninstall();
    host = installHost({ evaluator: parEvaluator() });
    await createOrUpdateTemplate({ rubric, units: ["Sở Tư pháp", "Sở Y tế"], columns: ["self"], target: { kind: "rank", value: 1 } });
    // Sở Tư pháp: every yes/no criterion at its max; Sở Y tế: the same but the first one lost.
    const [first, ...others] = yesNo;
    for (const leaf of others) await paste(SHEET, `G${rowOf(leaf.code)}:H${rowOf(leaf.code)}`, [[leaf.max, leaf.max]]);
    await paste(SHEET, `G${rowOf(first.code)}:H${rowOf(first.code)}`, [[first.max, 0]]);
    const result = await makeSummary(SHEET, { period: "Q3", topLost: 3 }, undefined, new Date(2025, 9, 5));
    const report = result.sheetName;
    const unitRow = rowStarting(report, "4.1. Sở Y tế")!;
    expect(at(report, `A${unitRow}`)).toBe(
      `4.1. Sở Y tế — mục tiêu hạng 1 (${String(yesNo.reduce((sum, leaf) => sum + leaf.max, 0)).replace(".", ",")} điểm)`,
    );
    expect(at(report, `C${unitRow + 3}`)).toBe(first.max); // the gap: Sở Tư pháp's points minus its own
    // The criteria not assessed yet are open up to their max: the largest of them alone closes a 0.5 gap.
    expect(at(report, `A${unitRow + 7}`)).toBe("Đạt mục tiêu nếu gỡ lại 1 tiêu chí đầu trong danh sách dưới đây.");
    expect(String(at(report, `H${unitRow + 9}`))).toContain("chưa chấm");
    expect(at(report, `A${unitRow + 10}`)).not.toBe(2);
    expect(rowStarting(report, "4.2.")).toBeUndefined();
  });
});
