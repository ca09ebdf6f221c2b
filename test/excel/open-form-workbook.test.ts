import { openFormAsWorkbook } from "../../src/excel/forms-operation";
import { formsStrings } from "../../src/taskpane/i18n/forms-strings";

/**
 * Where Excel cannot open a form as a new workbook (an older Excel, or the in-memory host), the
 * message sends the user to the pane's download button, by the name the button really has.
 */
test("a form Excel cannot open as a workbook points to the download button by its name", async () => {
  (globalThis as { Excel?: unknown }).Excel = {
    createWorkbook: () => Promise.reject(new Error("ApiNotFound")),
  };
  try {
    const error = (await openFormAsWorkbook("UEsDBA==").catch((e: unknown) => e)) as { userMessage: { vi: string; en: string } };
    const button = { vi: formsStrings.vi.makeButton(1), en: formsStrings.en.makeButton(1) };
    expect(error.userMessage.vi).toContain("ApiNotFound");
    expect(button.vi.startsWith("Tạo phiếu và tải về")).toBe(true);
    expect(error.userMessage.vi).toContain('"Tạo phiếu và tải về"');
    expect(button.en.startsWith("Make the form and download")).toBe(true);
    expect(error.userMessage.en).toContain('"Make the form and download"');
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});
