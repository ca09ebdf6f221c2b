import type { CollectedForm, RubricChoice } from "../core/forms/collect-form";
import type { WorkbookOperations } from "../excel/operations";
import type { MadeForm, MakeFormsRequest } from "./forms";

/**
 * What the forms script (dist/xlsx.js: ExcelJS, JSZip, src/xlsx and the forms' workbook operations)
 * offers the pane once loaded. It is a webpack compilation of its own, not a chunk of the pane: the
 * pane's first render neither loads it nor shares modules with it (shared modules would no longer
 * be inlined into the pane's bundle, which made the first render bigger than the whole forms panel).
 * It holds no React or Fluent: the forms panel is the pane's own component, so it shares the pane's
 * theme, language and ids, and the script does not carry a second copy of them.
 */
export interface FormsScript {
  makeForms(request: MakeFormsRequest): Promise<MadeForm[]>;
  /** All forms in one .zip, for one download. */
  zip(forms: readonly MadeForm[]): Promise<Uint8Array>;
  collect(files: readonly { fileName: string; bytes: Uint8Array }[], choice: RubricChoice): Promise<CollectedForm[]>;
  collectForms: WorkbookOperations["collectForms"];
  openFormAsWorkbook: WorkbookOperations["openFormAsWorkbook"];
}

export type { CollectedForm };

/** The global the script sets. */
export const FORMS_SCRIPT_GLOBAL = "PARFormsScript";
export const FORMS_SCRIPT_FILE = "xlsx.js";
