import { collectForms, openFormAsWorkbook } from "./forms-operation";
import { highlight } from "./highlight-operation";
import { pasteScores } from "./paste-scores-operation";
import type { WorkbookOperations } from "./operations";
import { makeSummary } from "./summary-operation";
import { planToTarget } from "./plan-operation";
import { createOrUpdateTemplate } from "./template-operation";
import { convertTextNumbers, selectCell, validate } from "./validate-operation";
import { listScoringSheets, readSelection } from "./workbook-queries";

/** The workbook operations on the `Excel` global: real Excel inside Office, the in-memory host elsewhere. */
export function createExcelOperations(): WorkbookOperations {
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
    collectForms: (scoringSheet, forms, overwrite, progress) => collectForms(scoringSheet, forms, overwrite, progress),
    openFormAsWorkbook,
  };
}
