import { bilingual } from "../bilingual";
import { isError, type Finding } from "../findings";
import { rubricSchema, type Rubric } from "./schema";
import { validateRubric } from "./validate-rubric";
import { findingsFromZod } from "./zod-findings";

export type RubricParseResult = { ok: true; rubric: Rubric; warnings: Finding[] } | { ok: false; findings: Finding[] };

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
    const where = syntaxErrorPlace(text, error instanceof Error ? error.message : String(error));
    return {
      ok: false,
      findings: [
        {
          code: "rubric.shape",
          severity: "error",
          path: "",
          message: bilingual(
            `Tệp không phải JSON hợp lệ${where ? `: lỗi cú pháp ở dòng ${where.line}, cột ${where.column}` : ""}. Hãy mở tệp bằng một trình soạn thảo văn bản để sửa, hoặc xin lại tệp từ nơi đã gửi.`,
            `The file is not valid JSON${where ? `: a syntax error at line ${where.line}, column ${where.column}` : ""}. Open it in a text editor to fix it, or ask for the file again.`,
          ),
        },
      ],
    };
  }
  return parseRubric(data);
}

/**
 * Where JSON.parse stopped, from its message: the parser's English wording is not shown to users,
 * only the line and column ("at position 42", or "(line 3 column 5)" in newer engines).
 */
function syntaxErrorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.replace(/^\uFEFF/, "").slice(0, Number(position[1]));
    const lines = before.split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  if (/end of (JSON|data) input/i.test(message)) {
    const lines = text.trimEnd().split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  return undefined;
}
