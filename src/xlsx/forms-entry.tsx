import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createRoot } from "react-dom/client";
import { collectForms as collectIntoSheet, openFormAsWorkbook } from "../excel/forms-operation";
import { FormsPanel } from "../taskpane/components/FormsPanel";
import { LanguageProvider } from "../taskpane/i18n/language";
import { collectForms, makeForms } from "./forms";
import { FORMS_SCRIPT_GLOBAL, type FormsPanelMount, type FormsScript } from "./forms-script";

/** dist/xlsx.js: loaded by the pane the first time the forms section opens (see forms-script.ts). */
const script: FormsScript = {
  makeForms: (request) => makeForms(ExcelJS, JSZip, request),
  async zip(made) {
    const archive = new JSZip();
    for (const form of made) archive.file(form.fileName, form.bytes);
    return archive.generateAsync({ type: "uint8array", compression: "STORE" });
  },
  collect: (files, choice) => collectForms(ExcelJS, files, choice),
  collectForms: (scoringSheet, forms, overwrite, progress) => collectIntoSheet(scoringSheet, forms, overwrite, progress),
  openFormAsWorkbook,
  mountFormsPanel(element, initial) {
    // This React copy numbers its ids from zero as the pane's does: without a prefix the forms'
    // labels would point at the pane's fields of the same id.
    const root = createRoot(element, { identifierPrefix: "forms-" });
    const render = (props: FormsPanelMount) =>
      root.render(
        <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme}>
          {/* Keyed by language: the pane's language switch re-renders the section in the new language. */}
          <LanguageProvider key={props.language} initialLanguage={props.language}>
            <FormsPanel operations={props.operations} sheet={props.sheet} loadEngine={async () => script} />
          </LanguageProvider>
        </FluentProvider>,
      );
    render(initial);
    return { update: render, unmount: () => root.unmount() };
  },
};

(globalThis as unknown as Record<string, FormsScript>)[FORMS_SCRIPT_GLOBAL] = script;
