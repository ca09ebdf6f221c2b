import { parseRubric } from "../../core/rubric/parse-rubric";
import type { Rubric } from "../../core/rubric/schema";
import { bundledRubricFiles } from "../../rubrics";

let parsed: Rubric[] | undefined;

/**
 * The shipped rubrics, parsed once on first use. A bundled file that fails its checks is left out
 * here; test/rubrics catches it before release.
 */
export function bundledRubrics(): Rubric[] {
  parsed ??= bundledRubricFiles.flatMap((data) => {
    const result = parseRubric(data);
    return result.ok ? [result.rubric] : [];
  });
  return parsed;
}

/** The grade bands a rubric applies by default: its own level's, else "default", else the only ones. */
export function defaultUnitGroup(rubric: Rubric): string {
  const keys = Object.keys(rubric.gradeBands);
  if (keys.includes(rubric.level)) return rubric.level;
  if (keys.includes("default")) return "default";
  return keys[0] ?? "default";
}
