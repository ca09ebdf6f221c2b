import { bilingual } from "../core/bilingual";
import { WorkbookOperationError, type WorkbookOperations } from "./operations";

/**
 * The ExcelApi version each command needs: the highest [Api set] among the Office.js calls of its
 * module and the modules it imports (test/manifest.test.ts derives them from @types/office-js and
 * fails when one here is too low). The manifest requires the highest of them, so a client that
 * loads the add-in normally has them all; where a client still reports one missing (an older build
 * that loads the add-in anyway), the command says which Excel it needs instead of failing halfway.
 */
export const EXCEL_API_FOR_COMMAND: Record<keyof WorkbookOperations, string> = {
  listScoringSheets: "1.7",
  readSelection: "1.7",
  createOrUpdateTemplate: "1.9",
  validate: "1.9",
  selectCell: "1.9",
  convertTextNumbers: "1.9",
  highlight: "1.9",
  makeSummary: "1.9",
  planToTarget: "1.7",
  pasteScores: "1.9",
  collectForms: "1.9",
  openFormAsWorkbook: "1.9",
};

/** Throws the pane's message when the running Excel reports the command's requirement set missing. */
export function requireExcelApi(command: keyof WorkbookOperations): void {
  const version = EXCEL_API_FOR_COMMAND[command];
  const context = typeof Office === "undefined" ? undefined : Office.context;
  // Only Excel itself can answer: outside Office (tests, the workbench, which loads office.js too)
  // there is no host, and office.js there reports every set as missing.
  if (!context?.host || typeof context.requirements?.isSetSupported !== "function") return;
  const requirements = context.requirements;
  if (requirements.isSetSupported("ExcelApi", version)) return;
  throw new WorkbookOperationError(
    bilingual(
      `Lệnh này cần ExcelApi ${version} (Excel 2021 trở lên, Microsoft 365, Excel trên web hoặc Mac); Excel này chưa có nên chưa ghi gì; hãy cập nhật Office.`,
      `This command needs ExcelApi ${version} (Excel 2021 or later, Microsoft 365, Excel on the web or Mac); this Excel lacks it, so nothing was written; update Office.`,
    ),
  );
}
