/**
 * Steps of the issue 10 replay that read more easily as named actions and checks: the summary rows
 * of a scoring sheet, a unit's column through "paste scores", the sheet's text cells, the report.
 */
import type { Page } from "playwright-core";
import { SUMMARY_ROWS, type SummaryRow } from "../../../src/core/template/scoring-layout";
import { SUMMARY_LABELS } from "../../../src/core/summary/summary-labels";
import { strings } from "../../../src/taskpane/i18n/strings";
import { cutGridCells } from "./clipping";
import { engine, scoreColumn, scoreFor, values, type ScoreColumn, type ScoringSheet } from "./scoring";
import { timedCommand } from "./session";
import { goToCell, openSection, section, shownText } from "./workbench-ui";

type Language = "vi" | "en";

/** A number as the user types and reads it: "1,5" in Vietnamese, "1.5" in English. */
export const written = (language: Language, value: number) => (language === "vi" ? String(value).replace(".", ",") : String(value));

/** 1-based sheet rows of the totals and targets block, from the layout (the labels follow the language). */
export function summaryRows(sheet: ScoringSheet): Record<SummaryRow, number> {
  const first = sheet.lastRow + 2;
  return Object.fromEntries(SUMMARY_ROWS.map((name, i) => [name, first + i])) as Record<SummaryRow, number>;
}

/**
 * Copies a unit's whole self-assessed column as it would come from another workbook (one line per
 * rubric row, subtotal rows included, the locale's decimal mark) and pastes it through the pane.
 * Survey criteria and `skip` codes are blank lines: not assessed, their cells left as they are.
 */
export async function pasteColumn(page: Page, language: Language, sheet: ScoringSheet, unit: string, quality: number, skip: Set<string>) {
  const t = strings[language];
  const pane = page.locator("#taskpane");
  await openSection(pane, t.sections.paste);
  const region = section(pane, t.sections.paste);
  await region.getByLabel(t.pasteUnitLabel, { exact: true }).selectOption(unit);
  await region.getByLabel(t.pasteKindLabel, { exact: true }).selectOption("self");
  const leaves = new Map(sheet.leaves.map((leaf) => [leaf.code, leaf]));
  let expected = 0;
  const lines = sheet.rubricRows.map((row) => {
    const leaf = leaves.get(String(row[0]));
    if (!leaf) return written(language, Number(row[2])); // a subtotal row copied along: never written
    if (skip.has(leaf.code) || /XHH|survey/i.test(leaf.kind)) return "";
    expected++;
    return written(language, scoreFor(leaf, quality));
  });
  await region.getByLabel(t.pasteBoxLabel).fill(lines.join("\n") + "\n");
  const wrote = new RegExp(t.pasteDone(999999, 0, 0).split("999999")[0] + "(\\d+)");
  const done = await timedCommand(page, `${language}.replay.paste`, wrote, new RegExp(t.errorTitle), () =>
    region.getByRole("button", { name: t.pasteButton }).click(),
  );
  expect(Number(wrote.exec(done.text)![1])).toBe(expected);
  const column = sheet.columns.find((c) => c.unit === unit && c.kind === "self")!;
  for (const leaf of sheet.leaves.filter((l) => !skip.has(l.code) && !/XHH|survey/i.test(l.kind)).slice(0, 5))
    expect(await values(page, sheet.name, `${column.letter}${leaf.row}`)).toEqual([[scoreFor(leaf, quality)]]);
}

/**
 * The scoring sheet's own words show whole: the title and instructions, every step or allowed-scores
 * cell, every row's kind, the totals block's labels, and the headers. A unit name longer than three lines is cut there on purpose (the header row
 * stays at most three lines tall); its whole name is the header cell's input message.
 */
export async function checkSheetText(page: Page, sheet: ScoringSheet, longName: string): Promise<void> {
  const headers = ["A", "B", "C", "D", "E", "F", ...sheet.columns.map((c) => c.letter)].flatMap((l) => [`${l}3`, `${l}4`]);
  const steps = sheet.leaves.map((leaf) => `D${leaf.row}`);
  expect(await cutGridCells(page, ["A1", "A2"])).toEqual([]);
  expect(await cutGridCells(page, steps)).toEqual([]);
  // The kind of every row ("điểm thưởng") and the labels of the totals block.
  const kinds = sheet.rubricRows.map((_, i) => `B${sheet.firstRow + i}`);
  const totals = Object.values(summaryRows(sheet)).map((row) => `E${row}`);
  expect(await cutGridCells(page, [...kinds, ...totals])).toEqual([]);
  expect((await cutGridCells(page, headers)).filter((cut) => cut.text !== longName)).toEqual([]);
  const height = (address: string) => page.locator(`.wb-grid td[data-a="${address}"]`).evaluate((td) => td.getBoundingClientRect().height);
  expect(await height("A4")).toBeLessThanOrEqual(3 * (await height("A1")));
  for (const column of sheet.columns.filter((c) => c.unit === longName)) {
    await goToCell(page, `${column.letter}4`);
    await expect(page.locator("#wb-prompt").textContent()).resolves.toContain(longName);
  }
  await goToCell(page, "A1");
}

/** The meeting report on the self-assessed scores, as the user reads it on the report sheet. */
export async function checkReport(
  page: Page,
  language: Language,
  reportName: string,
  sheet: ScoringSheet,
  self: (unit: string) => ScoreColumn,
  units: { assessed: string[]; notAssessed: string[]; previousRanks: Record<string, number> },
): Promise<void> {
  const labels = SUMMARY_LABELS[language];
  const block = await values(page, reportName, "A1:K40");
  const text = block.flat().map(String);
  expect(text.some((cell) => cell === labels.sourceLine(sheet.name, "self", "latest"))).toBe(true);
  const rowOf = (unit: string) => block.findIndex((r) => r[1] === unit);
  const index = new Map<string, number>();
  for (const unit of units.assessed) {
    const scores = await scoreColumn(page, sheet, self(unit));
    const total = engine.total(scores, sheet.rubricRows);
    expect(block[rowOf(unit)][2] as number).toBeCloseTo(total, 9);
    expect(total).toBeGreaterThan(0);
    index.set(unit, total / engine.max(sheet.rubricRows, scores, "applicable"));
  }
  // Ranked among the assessed units only; the change against last period only where the name matched.
  for (const [unit, value] of index) {
    const rank = 1 + [...index.values()].filter((other) => other > value).length;
    const previous = units.previousRanks[unit];
    expect({ unit, rank: block[rowOf(unit)][6], change: block[rowOf(unit)][7] }).toEqual({
      unit,
      rank,
      change: previous === undefined ? "" : previous - rank,
    });
  }
  for (const unit of units.notAssessed) {
    const at = rowOf(unit) + 1;
    // Shown as not assessed: no 0.00, no grade, no rank, no rank change.
    await expect(shownText(page, `C${at}`)).resolves.toBe(labels.notAssessed);
    for (const letter of ["E", "F", "G", "H"])
      await expect(shownText(page, `${letter}${at}`)).resolves.not.toMatch(/^0([.,]0+)?\s*%?$|Yếu|Weak/);
  }
}
