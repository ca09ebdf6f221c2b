import ExcelJS from "exceljs";
import JSZip from "jszip";
import { collectForms as collectIntoSheet, openFormAsWorkbook } from "../excel/forms-operation";
import { collectForms, makeForms } from "./forms";
import { FORMS_SCRIPT_GLOBAL, type FormsScript } from "./forms-script";

/** dist/xlsx.js: loaded by the pane the first time a forms command runs (see forms-script.ts). */
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
};

(globalThis as unknown as Record<string, FormsScript>)[FORMS_SCRIPT_GLOBAL] = script;
