import { bilingual } from "../bilingual";
import { isError, type Finding } from "../findings";
import { rubricSchema, type Rubric } from "./schema";
import { validateRubric } from "./validate-rubric";
import { findingsFromZod } from "./zod-findings";

export type RubricParseResult =
  | { ok: true; rubric: Rubric; warnings: Finding[] }
  | { ok: false; findings: Finding[] };

/** Shape (zod) then meaning (tree, sums, rules, bands): what every rubric, bundled or not, must pass. */
export function parseRubric(data: unknown): RubricParseResult {
  const shape = rubricSchema.safeParse(data);
  if (!shape.success) return { ok: false, findings: findingsFromZod(shape.error, data) };
  const findings = validateRubric(shape.data);
  if (findings.some(isError)) return { ok: false, findings };
  return { ok: true, rubric: shape.data, warnings: findings };
}

export function parseRubricJson(text: string): RubricParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      findings: [{
        code: "rubric.shape",
        severity: "error",
        path: "",
        message: bilingual(
          `Tệp không phải JSON hợp lệ (${detail}); xuất lại bộ tiêu chí hoặc sửa tệp.`,
          `The file is not valid JSON (${detail}); export the rubric again or fix the file.`,
        ),
      }],
    };
  }
  return parseRubric(data);
}
