import { createExcelHost, type ExcelHost } from "../../src/workbench/host";
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
