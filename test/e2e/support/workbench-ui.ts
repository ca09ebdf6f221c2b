/**
 * Acting in the workbench page as a user does: the Name box, typing into the grid, sheet tabs,
 * accordion sections of the pane; and reading what the grid shows on screen.
 */
import type { Locator, Page } from "playwright-core";

/** Opens a pane section (an accordion header) unless it is open already. */
export async function openSection(pane: Locator, name: string): Promise<void> {
  const header = pane.getByRole("button", { name, exact: true });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

/** The pane section under a header: its fields are looked up inside it (labels repeat across sections). */
export function section(pane: Locator, name: string): Locator {
  return pane.locator(".fui-AccordionItem").filter({ has: pane.page().getByRole("button", { name, exact: true }) });
}

export async function activeSheetName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wb = window.__parWorkbench!.host.workbook;
    return wb.sheets.find((s) => s.id === wb.activeSheetId)?.name ?? "";
  });
}

/** Goes to a cell through the Name box, as in Excel. */
export async function goToCell(page: Page, address: string): Promise<void> {
  const nameBox = page.locator(".wb-namebox");
  await nameBox.click();
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await page.locator(`.wb-grid-scroll[data-active="${address.replace(/^.*!/, "")}"]`).waitFor();
}

/**
 * Goes to a cell, types and confirms with Enter. A text starting with a letter no key makes alone
 * ("Đ", which a Vietnamese keyboard composes) is typed after F2, as an input method's text arrives.
 */
export async function typeIntoCell(page: Page, address: string, text: string): Promise<void> {
  await goToCell(page, address);
  if (!/^[\x20-\x7e]/.test(text)) {
    await page.keyboard.press("F2");
    await page.locator(".wb-editor").waitFor();
    await page.keyboard.press("ControlOrMeta+A");
  }
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/**
 * Types into a cell and answers the alert if the entry is refused (data validation, protection):
 * the alert's text, or null when the entry went in (Enter moved the selection on).
 */
export async function typeOrRefused(page: Page, address: string, text: string, cancel: string): Promise<string | null> {
  await typeIntoCell(page, address, text);
  const alert = page.getByRole("alertdialog");
  await page.waitForFunction(
    (from) =>
      document.querySelector("[role=alertdialog]") !== null ||
      document.querySelector(".wb-grid-scroll")?.getAttribute("data-active") !== from,
    address,
  );
  if ((await alert.count()) === 0) return null;
  const message = (await alert.textContent()) ?? "";
  await alert.getByRole("button", { name: cancel }).click();
  await alert.waitFor({ state: "detached" });
  return message;
}

export async function clickTab(page: Page, sheet: string): Promise<void> {
  await page.locator(`.wb-tab[data-sheet="${sheet.replace(/"/g, '\\"')}"]`).click();
  await page.locator(`.wb-grid-scroll[data-sheet="${sheet.replace(/"/g, '\\"')}"]`).waitFor();
}

/** The text the grid shows in a cell of the active sheet (number formats and decimal mark applied). */
export async function shownText(page: Page, address: string): Promise<string> {
  return ((await page.locator(`.wb-grid td[data-a="${address}"]`).textContent()) ?? "").trim();
}
