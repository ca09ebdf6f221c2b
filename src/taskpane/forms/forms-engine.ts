import type { CollectedForm, RubricChoice } from "../../core/forms/collect-form";
import type { MadeForm, MakeFormsRequest } from "../../xlsx/forms";

/**
 * The .xlsx engine (ExcelJS, JSZip and our forms code) loads as its own chunk the first time a
 * forms command runs: the pane's first render does not carry it (a test and `npm run bench` hold
 * that). Loaded once, then reused.
 */
export interface FormsEngine {
  makeForms(request: MakeFormsRequest): Promise<MadeForm[]>;
  /** All forms in one .zip, for one download. */
  zip(forms: readonly MadeForm[]): Promise<Uint8Array>;
  collect(files: readonly { fileName: string; bytes: Uint8Array }[], choice: RubricChoice): Promise<CollectedForm[]>;
}

let loading: Promise<FormsEngine> | undefined;

export function loadFormsEngine(): Promise<FormsEngine> {
  loading ??= (async () => {
    const [excelModule, zipModule, forms] = await Promise.all([
      import(/* webpackChunkName: "xlsx" */ "exceljs"),
      import(/* webpackChunkName: "xlsx" */ "jszip"),
      import(/* webpackChunkName: "xlsx" */ "../../xlsx/forms"),
    ]);
    // Both ship CommonJS builds: the module object is the library, or its default export is.
    const excel = ((excelModule as { default?: unknown }).default ?? excelModule) as Parameters<typeof forms.makeForms>[0];
    const JSZip = ((zipModule as { default?: unknown }).default ?? zipModule) as Parameters<typeof forms.makeForms>[1];
    return {
      makeForms: (request) => forms.makeForms(excel, JSZip, request),
      async zip(made) {
        const archive = new JSZip();
        for (const form of made) archive.file(form.fileName, form.bytes);
        return archive.generateAsync({ type: "uint8array", compression: "STORE" });
      },
      collect: (files, choice) => forms.collectForms(excel, files, choice),
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
