import { collectForm, type CollectedForm, type RubricChoice } from "../core/forms/collect-form";
import { formFileNames } from "../core/forms/file-name";
import { planForm } from "../core/forms/form-plan";
import type { Rubric } from "../core/rubric/schema";
import { readFormXlsx } from "./read-form";
import { writeFormXlsx, type ExcelJSModule } from "./write-form";

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

export async function makeForms(excel: ExcelJSModule, request: MakeFormsRequest): Promise<MadeForm[]> {
  const names = formFileNames(request.units);
  const forms: MadeForm[] = [];
  for (let i = 0; i < request.units.length; i++) {
    const unit = request.units[i];
    const plan = planForm({ rubric: request.rubric, unit, period: request.period, deadline: request.deadline });
    forms.push({ unit, fileName: names[i], bytes: await writeFormXlsx(excel, plan) });
  }
  return forms;
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
