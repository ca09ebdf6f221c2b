import { parseRubric } from "../../src/core/rubric/parse-rubric";
import type { Rubric } from "../../src/core/rubric/schema";
import { bundledRubrics } from "../../src/taskpane/form/bundled-rubrics";

/**
 * A next version of the bundled commune-2025 rubric, for collecting forms of the older version:
 * version 2025.2, where criterion 1.3 is replaced by 1.6 (same max) and 1.1.2 no longer has the 1.5 band.
 */
export function communeSecondVersion(): Rubric {
  const v1 = bundledRubrics().find((rubric) => rubric.id === "commune-2025")!;
  const data = structuredClone(v1) as unknown as { version: string; criteria: Record<string, unknown>[] };
  data.version = "2025.2";
  const c13 = data.criteria.findIndex((criterion) => criterion.code === "1.3");
  const moved = { ...data.criteria[c13], code: "1.6" };
  data.criteria.splice(c13, 1);
  data.criteria.splice(data.criteria.findIndex((criterion) => criterion.code === "1.5") + 1, 0, moved);
  const c112 = data.criteria.find((criterion) => criterion.code === "1.1.2")!;
  const rule = c112.rule as { bands: { score: number }[] };
  rule.bands = rule.bands.filter((band) => band.score !== 1.5);
  const parsed = parseRubric(data);
  if (!parsed.ok) throw new Error(parsed.findings.map((finding) => finding.message.en).join("; "));
  return parsed.rubric;
}
