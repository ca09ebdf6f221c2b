import { highlight } from "./highlight-operation";
import { pasteScores } from "./paste-scores-operation";
import type { WorkbookOperations } from "./operations";
import { makeSummary } from "./summary-operation";
import { planToTarget } from "./plan-operation";
import { createOrUpdateTemplate } from "./template-operation";
import { convertTextNumbers, selectCell, validate } from "./validate-operation";
import { listScoringSheets, readSelection } from "./workbook-queries";

export type FormsOperations = Pick<WorkbookOperations, "collectForms" | "openFormAsWorkbook">;

/**
 * The ribbon's commands have no forms command; the pane passes the forms operations, which come
 * with the .xlsx chunk (see forms-operations-lazy), so the ribbon's script carries none of it.
 */
const paneOnly = () => Promise.reject(new Error("forms: PAR INDEX pane only"));
const formsFromThePaneOnly: FormsOperations = { collectForms: paneOnly, openFormAsWorkbook: paneOnly };

/** The workbook operations on the `Excel` global: real Excel inside Office, the in-memory host elsewhere. */
export function createExcelOperations(forms: FormsOperations = formsFromThePaneOnly): WorkbookOperations {
  return {
    listScoringSheets,
    createOrUpdateTemplate,
    readSelection,
    validate,
    selectCell,
    convertTextNumbers,
    highlight,
    makeSummary: (scoringSheet, request, progress) => makeSummary(scoringSheet, request, progress),
    planToTarget,
    pasteScores,
    ...forms,
  };
}
