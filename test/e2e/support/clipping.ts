/**
 * Is any text cut off where the user reads it? Measured in the browser, on what is laid out:
 * - in the task pane, every rendered text (titles, instructions, labels, hints, step lists, findings,
 *   messages) must lie inside each ancestor that clips it (overflow other than visible; vertical
 *   scrolling excepted, since the user can scroll there), and no ellipsis may hide part of it;
 * - in the grid, a cell's text must fit the box it is drawn in: one line within its cell (or the empty
 *   cells it spills into), wrapped text within the row height the sheet gives.
 */
import type { Page } from "playwright-core";

/** Descriptions of the texts in the pane that are cut off (empty when nothing is). */
export async function clippedPaneTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane")!;
    const problems: string[] = [];
    const describe = (el: Element, text: string) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(/\s+/)[0] : ""} "${text.slice(0, 80)}"`;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      const owner = node.parentElement;
      if (!text || !owner || owner.closest("select, option, [hidden], [aria-hidden='true']")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (lines.length === 0) continue; // not laid out (a closed panel)
      let found = "";
      for (let box: Element | null = owner; box && !found; box = box === pane ? null : box.parentElement) {
        const style = getComputedStyle(box);
        if (style.textOverflow === "ellipsis" && box.scrollWidth > box.clientWidth + 1) found = "ends in an ellipsis";
        const clipX = style.overflowX !== "visible";
        const clipY = style.overflowY === "hidden" || style.overflowY === "clip";
        if (!clipX && !clipY) continue;
        const outer = box.getBoundingClientRect();
        const left = outer.left + box.clientLeft;
        const top = outer.top + box.clientTop;
        const right = left + box.clientWidth;
        const bottom = top + box.clientHeight;
        for (const line of lines) {
          if (clipX && (line.left < left - 1 || line.right > right + 1))
            found = `cut at the side by ${box.tagName.toLowerCase()} (${Math.round(line.right - right)} px)`;
          else if (clipY && (line.top < top - 1 || line.bottom > bottom + 1))
            found = `cut at the bottom by ${box.tagName.toLowerCase()} (${Math.round(line.bottom - bottom)} px)`;
        }
      }
      if (found) problems.push(`${describe(owner, text)}: ${found}`);
    }
    return problems;
  });
}

export interface SelectShown {
  label: string;
  text: string;
  /** What fits before the arrow (the browser puts an ellipsis after it). */
  shown: string;
}

/** What each visible select of the pane shows of its chosen option, measured with the select's own font. */
export async function shownSelects(page: Page): Promise<SelectShown[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane")!;
    const context = document.createElement("canvas").getContext("2d")!;
    return Array.from(pane.querySelectorAll("select"))
      .filter((select) => select.getClientRects().length > 0)
      .map((select) => {
        const text = select.selectedOptions[0]?.textContent ?? "";
        const style = getComputedStyle(select);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        let shown = text;
        while (shown.length > 0 && context.measureText(shown === text ? shown : `${shown}…`).width > room) shown = shown.slice(0, -1);
        return { label: select.labels?.[0]?.textContent?.trim() ?? "", text, shown };
      });
  });
}

export interface GridCellFit {
  address: string;
  text: string;
  problem: string;
}

/**
 * The cells among `addresses` of the active sheet whose text the grid does not show whole: one-line
 * text wider than its cell (and the empty cells it spills into) or running from a frozen column past
 * the window's edge (the grid scrolled to its start), or wrapped text taller than the row
 * height the sheet sets; a row of automatic height grows to its text as in Excel, up to `maxLines`
 * lines (a header wrapping to ten lines is reported, though the HTML table would grow to hold it).
 */
export async function cutGridCells(page: Page, addresses: string[], maxLines = 3): Promise<GridCellFit[]> {
  return page.evaluate(
    ([list, lines]) => {
      const out: { address: string; text: string; problem: string }[] = [];
      const view = document.querySelector(".wb-grid-scroll")!.getBoundingClientRect();
      for (const address of list) {
        const td = document.querySelector<HTMLElement>(`.wb-grid td[data-a="${address}"]`);
        if (!td) throw new Error(`cell ${address} is not rendered`);
        const div = td.querySelector<HTMLElement>(".wb-text");
        if (!div) continue;
        const text = div.textContent ?? "";
        const lineHeight = parseFloat(getComputedStyle(div).lineHeight) || parseFloat(getComputedStyle(div).fontSize) * 1.25;
        if (div.scrollWidth > div.clientWidth + 1) {
          out.push({ address, text, problem: `${div.scrollWidth - div.clientWidth} px of text hidden at the cell's edge` });
          continue;
        }
        // Text running out of a frozen column past the window cannot be read: scrolling right cuts it at the freeze line.
        const range = document.createRange();
        range.selectNodeContents(div);
        const beyond = td.classList.contains("wb-frozen-col") ? range.getBoundingClientRect().right - view.right : 0;
        if (beyond > 1) {
          out.push({ address, text, problem: `${Math.round(beyond)} px of text beyond the window's right edge` });
          continue;
        }
        if (!div.classList.contains("wb-wrap")) continue;
        // A height the sheet sets is kept by Excel; an automatic row grows to its wrapped text (up to `lines`).
        const wb = window.__parWorkbench!.host.workbook;
        const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId)!;
        const set = sheet.rowHeights.get(Number(td.dataset.r));
        const allowed = set !== undefined ? parseFloat((td.parentElement as HTMLElement).style.height) : lineHeight * lines;
        if (div.scrollHeight > allowed + 1)
          out.push({
            address,
            text,
            problem: `${Math.round(div.scrollHeight / lineHeight)} lines, room for ${Math.floor(allowed / lineHeight)}`,
          });
      }
      return out;
    },
    [addresses, maxLines] as const,
  );
}
