import type JSZip from "jszip";
import { collectForm, type CollectedForm, type RubricChoice } from "../core/forms/collect-form";
import { formFileNames } from "../core/forms/file-name";
import { planForm } from "../core/forms/form-plan";
import type { Rubric } from "../core/rubric/schema";
import { readFormXlsx } from "./read-form";
import { writeFormXlsx, type ExcelJSModule } from "./write-form";

/** JSZip, passed in like ExcelJS so that the pane loads both only when a forms command runs. */
export type JSZipModule = typeof JSZip;

/** The two forms commands, shared by the command line and the task pane: same code, same results. */
export interface MadeForm {
  unit: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface MakeFormsRequest {
  rubric: Rubric;
  units: readonly string[];
  period?: string;
  deadline?: string;
}

/**
 * Forms differ only in their unit's name, which ExcelJS writes into the shared strings table (the
 * heading and the identity) and the document title. The rubric's form is therefore written once
 * with a placeholder unit, and each unit's file is that zip with those two small parts replaced:
 * the large sheet part is reused as compressed. 120 forms cost about one form's writing plus 120
 * small zips instead of 120 full writes.
 */
const UNIT_PLACEHOLDER = "PAR_UNIT_PLACEHOLDER_7f3a";
const UNIT_PARTS = ["xl/sharedStrings.xml", "docProps/core.xml"];

export async function makeForms(excel: ExcelJSModule, zipLibrary: JSZipModule, request: MakeFormsRequest): Promise<MadeForm[]> {
  const names = formFileNames(request.units);
  const plan = planForm({ rubric: request.rubric, unit: UNIT_PLACEHOLDER, period: request.period, deadline: request.deadline });
  const template = await zipLibrary.loadAsync(await writeFormXlsx(excel, plan));
  const parts = await Promise.all(UNIT_PARTS.map(async (name) => [name, await template.file(name)!.async("string")] as const));
  for (const [name, xml] of parts) {
    if (!xml.includes(UNIT_PLACEHOLDER)) throw new Error(`the unit placeholder is missing from ${name}`);
  }
  const forms: MadeForm[] = [];
  for (let i = 0; i < request.units.length; i++) {
    const unit = request.units[i];
    for (const [name, xml] of parts) template.file(name, xml.split(UNIT_PLACEHOLDER).join(escapeXml(unit)));
    const bytes = await template.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    forms.push({ unit, fileName: names[i], bytes });
  }
  return forms;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export async function collectForms(
  excel: ExcelJSModule,
  files: readonly { fileName: string; bytes: Uint8Array }[],
  choice: RubricChoice,
): Promise<CollectedForm[]> {
  const results: CollectedForm[] = [];
  for (const file of files) results.push(collectForm(await readFormXlsx(excel, file.fileName, file.bytes), choice));
  return results;
}
