import { getValue, type ExcelHost } from "../../workbench/host";
import { createOrUpdateTemplate } from "../../src/excel/template-operation";
import { rubricRows } from "../../src/core/rubric/rubric-rows";
import { ROW_KIND_LABEL } from "../../src/core/rubric/row-kind";
import { columnLetter } from "../../src/core/plan/a1";
import { rankAll } from "../../src/core/rules";
import { bandsOf } from "../../src/core/template/rubric-sheet-plan";
import * as PAR from "../../src/functions/functions";
import { bundledRubric, installHost, parEvaluator, paste } from "./host-fixture";

/*
 * The template ranks and grades with native formulas (RANK.EQ, a band lookup) generated from
 * core/rules, so that one edited score does not send every unit's index to every unit's rank. They
 * must give what PAR.RANK, PAR.GRADE and the meeting report give: ties share a rank, a unit with no
 * index (nothing applicable, an invalid score) has no rank and does not push the others down.
 */
let host: ExcelHost;
beforeEach(() => (host = installHost({ evaluator: parEvaluator() })));
afterEach(() => host.uninstall());

const commune = bundledRubric("commune-2025");
const rows = rubricRows(commune);
const rubricRange = rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]);

/** Each unit's column: full marks (twice, a tie), nothing, zeros, all N/A, an invalid score, about half. */
const units: [string, (max: number, leaf: number) => unknown][] = [
  ["Xã A", (max) => max],
  ["Xã B", (max) => max],
  ["Xã C", () => null],
  ["Xã D", () => 0],
  ["Xã E", () => "KAD"],
  ["Xã F", (max, leaf) => (leaf === 3 ? "abc" : max)],
  ["Xã G", (max, leaf) => (leaf % 2 === 0 ? max : 0)],
];

it("native rank and grade rows equal PAR.RANK, PAR.GRADE and the meeting report's ranking", async () => {
  const { scoringSheet: sheet } = await createOrUpdateTemplate({ rubric: commune, units: units.map(([name]) => name), columns: ["self"] });
  const columns = units.map(([, score]) => {
    let leaf = 0;
    return rows.map((row) => (row.isLeaf ? score(row.max, leaf++) : null));
  });
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].isLeaf) continue;
    let end = i;
    while (end + 1 < rows.length && rows[end + 1].isLeaf) end++;
    const block = rows.slice(i, end + 1).map((_, r) => columns.map((column) => column[i + r]));
    await paste(sheet, `G${5 + i}:${columnLetter(6 + units.length - 1)}${5 + end}`, block);
    i = end;
  }
  const summaryTop = 5 + rows.length + 1;
  const percentRow = summaryTop + 4;
  const gradeRow = summaryTop + 5;
  const rankRow = summaryTop + 6;
  const percents = columns.map((column) => {
    // Nothing scored yet (blank is not zero): no index, no grade, no rank, as in the meeting report.
    if (!column.some((value) => typeof value === "number")) return undefined;
    try {
      return PAR.percent(
        column.map((value) => [value]),
        rubricRange,
        null,
      );
    } catch {
      return undefined;
    }
  });
  expect(percents[0]).toBe(percents[1]);
  expect(percents[2]).toBeUndefined();
  expect(percents[4]).toBeUndefined();
  expect(percents[5]).toBeUndefined();
  const ranks = rankAll(percents);
  const bands = bandsOf(commune, "default").map((band) => [band.label.vi, band.minPercent / 100]);
  units.forEach(([name], u) => {
    const letter = columnLetter(6 + u);
    const shown = (row: number) => getValue(host.workbook, sheet, `${letter}${row}`);
    expect([name, shown(percentRow)]).toEqual([name, percents[u] ?? ""]);
    expect([name, shown(rankRow)]).toEqual([name, ranks[u] ?? ""]);
    if (percents[u] !== undefined) {
      const numbers = percents.filter((value): value is number => value !== undefined).map((value) => [value]);
      expect([name, shown(rankRow)]).toEqual([name, PAR.rank(percents[u], numbers)]);
      expect([name, shown(gradeRow)]).toEqual([name, PAR.grade(percents[u], bands)]);
    } else {
      expect([name, shown(gradeRow)]).toEqual([name, ""]);
    }
  });
  // Ties share the rank, and the next rank skips: 1, 1, then 3.
  expect(ranks.slice(0, 2)).toEqual([1, 1]);
  expect(Math.min(...(ranks.slice(2).filter((rank) => rank !== undefined) as number[]))).toBe(3);
});
