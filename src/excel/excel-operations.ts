import { highlight } from "./highlight-operation";
import { pasteScores } from "./paste-scores-operation";
import type { WorkbookOperations } from "./operations";
import { requireExcelApi } from "./requirements";
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
  return checked({
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
  });
}

/** Each operation first checks that this Excel has the requirement set it needs (requirements.ts). */
function checked(operations: WorkbookOperations): WorkbookOperations {
  const wrapped = {} as Record<keyof WorkbookOperations, unknown>;
  for (const command of Object.keys(operations) as (keyof WorkbookOperations)[]) {
    const operation = operations[command] as (...args: unknown[]) => Promise<unknown>;
    wrapped[command] = async (...args: unknown[]) => {
      requireExcelApi(command);
      return operation(...args);
    };
  }
  return wrapped as WorkbookOperations;
}
