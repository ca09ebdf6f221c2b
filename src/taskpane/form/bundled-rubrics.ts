import type { Rubric } from "../../core/rubric/schema";
import { bundledRubricFiles } from "../../rubrics";
import { parseBundledRubrics } from "./rubric-choices";

export { defaultUnitGroup } from "./rubric-choices";

let parsed: Rubric[] | undefined;

/**
 * The shipped rubrics, parsed once on first use, for code that may hold their data from the start
 * (the command line, the forms engine, tests). The pane loads them with `loadBundledRubrics`.
 */
export function bundledRubrics(): Rubric[] {
  parsed ??= parseBundledRubrics(bundledRubricFiles);
  return parsed;
}
