import { highlight } from "./highlight-operation";
import { pasteScores } from "./paste-scores-operation";
import { WorkbookOperationError, type WorkbookOperations } from "./operations";
import { bilingual } from "../core/bilingual";
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
const formsFromThePaneOnly: FormsOperations = {
  collectForms: () => Promise.reject(paneOnly()),
  openFormAsWorkbook: () => Promise.reject(paneOnly()),
};

function paneOnly(): WorkbookOperationError {
  return new WorkbookOperationError(bilingual("Dùng ngăn PAR INDEX → Phiếu tự đánh giá.", "Use the PAR INDEX pane → Self-assessment forms."));
}

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
