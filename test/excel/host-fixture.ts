import { createExcelHost, type ExcelHost, createFormulaEvaluator } from "../../workbench/host";
import { parseRubric } from "../../src/core/rubric/parse-rubric";
import type { Rubric } from "../../src/core/rubric/schema";
import { bundledRubricFiles } from "../../src/rubrics";

/** An in-memory Excel installed as the global `Excel`, as the add-in sees it inside Office. */
export function installHost(options: Parameters<typeof createExcelHost>[0] = {}): ExcelHost {
  const host = createExcelHost(options);
  host.install();
  return host;
}

export function bundledRubric(id: string): Rubric {
  for (const file of bundledRubricFiles) {
    const result = parseRubric(file);
    if (result.ok && result.rubric.id === id) return result.rubric;
  }
  throw new Error(`no bundled rubric ${id}`);
}

import * as PAR from "../../src/functions/functions";

/** The PAR.* functions as Excel would call them, for the host's formula engine. */
export function parEvaluator() {
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(PAR)) functions[`PAR.${name.toUpperCase()}`] = fn as (...args: unknown[]) => unknown;
  return createFormulaEvaluator({ functions: functions as never });
}

/** Puts values in cells the way a paste does (data validation does not see pastes). */
export async function paste(sheet: string, address: string, values: unknown[][]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
    await context.sync();
  });
}
