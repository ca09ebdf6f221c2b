import { parseRubric } from "../../core/rubric/parse-rubric";
import type { Rubric } from "../../core/rubric/schema";

/**
 * The shipped rubric files parsed. A bundled file that fails its checks is left out here;
 * test/rubrics catches it before release.
 */
export function parseBundledRubrics(files: readonly unknown[]): Rubric[] {
  return files.flatMap((data) => {
    const result = parseRubric(data);
    return result.ok ? [result.rubric] : [];
  });
}

/** The grade bands a rubric applies by default: its own level's, else "default", else the only ones. */
export function defaultUnitGroup(rubric: Rubric): string {
  const keys = Object.keys(rubric.gradeBands);
  if (keys.includes(rubric.level)) return rubric.level;
  if (keys.includes("default")) return "default";
  return keys[0] ?? "default";
}
