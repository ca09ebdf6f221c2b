import { loadFormsScript } from "../xlsx/load-forms-script";
import type { FormsOperations } from "./excel-operations";

/**
 * The forms' workbook operations live in the forms script (dist/xlsx.js), loaded the first time
 * one runs: only the pane imports this module, so neither its first render nor the ribbon's script
 * carries them.
 */
export const lazyFormsOperations: FormsOperations = {
  collectForms: async (scoringSheet, forms, overwrite, progress) =>
    (await loadFormsScript()).collectForms(scoringSheet, forms, overwrite, progress),
  openFormAsWorkbook: async (base64) => (await loadFormsScript()).openFormAsWorkbook(base64),
};
