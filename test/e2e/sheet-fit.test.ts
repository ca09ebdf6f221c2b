/**
 * The scoring sheet as the user sees it in Chromium (issue 10, item 7): headers in the pane's
 * language only, a very long unit name wrapped to three lines (the header row does not grow to
 * 140 px; selecting the name shows it whole), step lists on one line with the language's decimal
 * mark, nothing in the header rows or the step column cut off. Screenshots:
 * test-results/e2e-{vi,en}-sheet-fit.png.
 *
 * Needs `npm run build:workbench` first (`npm test` builds before testing) and Debian's /usr/bin/chromium.
 */
import type { Page } from "playwright-core";
import { strings } from "../../src/taskpane/i18n/strings";
import { openWorkbench, pattern, screenshot, startSession, timedCommand, type Session } from "./support/session";

jest.setTimeout(180_000);

const LONG = "Ủy ban nhân dân phường Sài Gòn, Thành phố Hồ Chí Minh (sáp nhập từ các phường Bến Nghé, Đa Kao và Nguyễn Thái Bình)";
const UNITS = ["Xã An Bình", LONG, "Phường Tân Định"];

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

interface CellView {
  address: string;
  text: string;
  /** Lines the text takes as laid out, and the lines the cell shows. */
  lines: number;
  shownLines: number;
  cutAtSide: boolean;
}

/** How each rendered cell of the given rows shows its text. */
async function cellViews(page: Page, rows: number[]): Promise<CellView[]> {
  return page.evaluate((wanted) => {
    const out: CellView[] = [];
    for (const td of Array.from(document.querySelectorAll<HTMLElement>(".wb-grid td[data-a]"))) {
      if (!wanted.includes(Number(td.dataset.r))) continue;
      const div = td.querySelector<HTMLElement>(".wb-text");
      if (!div || !div.textContent) continue;
      const lineHeight = parseFloat(getComputedStyle(div).lineHeight);
      out.push({
        address: td.dataset.a!,
        text: div.textContent,
        lines: Math.round(div.scrollHeight / lineHeight),
        shownLines: Math.round(Math.min(div.clientHeight, td.clientHeight) / lineHeight),
        cutAtSide: div.scrollWidth > div.clientWidth + 1 && !td.classList.contains("wb-spill"),
      });
    }
    return out;
  }, rows);
}

for (const language of ["vi", "en"] as const) {
  test(`${language}: one language in the headers, a long unit name in three lines, step lists whole`, async () => {
    const t = strings[language];
    const { page, errors } = await openWorkbench(session, language);
    const pane = page.locator("#taskpane");
    await pane.getByRole("button", { name: t.createTemplate }).waitFor();
    await pane.getByLabel(t.bundledLabel, { exact: true }).selectOption("commune-2025");
    await pane.getByLabel(t.unitsLabel).fill(UNITS.join("\n"));
    await timedCommand(page, `${language}.fit.template`, pattern(t.templateCreated), new RegExp(t.errorTitle), () =>
      pane.getByRole("button", { name: t.createTemplate }).click(),
    );
    await screenshot(page, `e2e-${language}-sheet-fit`);
    await page.locator('.wb-grid td[data-a="E95"]').scrollIntoViewIfNeeded();
    await screenshot(page, `e2e-${language}-sheet-fit-totals`);

    const headers = await cellViews(page, [2, 3]);
    const kindHeader = headers.find((cell) => cell.address === "G3")!;
    expect(kindHeader.text).toBe(language === "vi" ? "Tự đánh giá" : "Self-assessed");
    expect(headers.filter((cell) => /\((Self|Appraised|Criterion|Responsible)/.test(cell.text))).toEqual([]);
    // Every header shows all its lines; the long name shows three of its lines, no more.
    // (one header per score column: self-assessed and appraised by default)
    const names = headers.filter((cell) => cell.text === LONG);
    expect(names.length).toBe(2);
    for (const name of names) expect([name.lines > 3, name.shownLines]).toEqual([true, 3]);
    expect(headers.filter((cell) => cell.text !== LONG && (cell.shownLines < cell.lines || cell.cutAtSide))).toEqual([]);
    const rowHeight = await page.evaluate(
      () => document.querySelector<HTMLElement>('.wb-grid tr[aria-rowindex="5"]')!.getBoundingClientRect().height,
    );
    const zoom = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".wb-grid")!).fontSize) / ((11 * 4) / 3));
    expect(rowHeight).toBeLessThanOrEqual(Math.round(60 * zoom) + 2);

    // Selecting the name shows it whole in its input message.
    await page.locator('.wb-grid td[data-a="H4"]').click();
    await expect(page.locator("#wb-prompt").textContent()).resolves.toContain(LONG);

    // Step lists: the language's decimal mark, on one line, not cut.
    const steps = (
      await cellViews(
        page,
        Array.from({ length: 20 }, (_, i) => 4 + i),
      )
    ).filter((cell) => cell.address.startsWith("D"));
    const lists = steps.filter((cell) => cell.text.includes(";"));
    expect(lists.length).toBeGreaterThan(3);
    for (const cell of lists) {
      expect(cell.text).toMatch(language === "vi" ? /^[\d,]+(; [\d,]+)+$/ : /^[\d.]+(; [\d.]+)+$/);
      expect({ address: cell.address, lines: cell.lines, cut: cell.cutAtSide }).toEqual({ address: cell.address, lines: 1, cut: false });
    }
    // The rubric columns and the totals block's labels: nothing cut at a cell's edge ("điểm thưở").
    const body = await cellViews(
      page,
      Array.from({ length: 110 }, (_, i) => 4 + i),
    );
    const rubricCells = body.filter((cell) => /^[A-F]\d+$/.test(cell.address));
    expect(rubricCells.length).toBeGreaterThan(300);
    expect(rubricCells.filter((cell) => cell.cutAtSide)).toEqual([]);
    // The kind column in the sheet's language too (words the formulas read in either).
    expect(body.find((cell) => cell.text === (language === "vi" ? "điểm thưởng" : "bonus"))).toBeDefined();
    expect(body.filter((cell) => /^B\d+$/.test(cell.address) && cell.text === (language === "vi" ? "area" : "lĩnh vực"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
}
