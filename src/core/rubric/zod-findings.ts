import type { z } from "zod";
import { bilingual, type Bilingual } from "../bilingual";
import type { Finding } from "../findings";
import { rubricFinding } from "./rubric-findings";

/**
 * zod reports shape errors as data (path + issue); this names the criterion (by its code when the
 * file has one at that index) and the field, and says what is expected in both languages.
 */
export function findingsFromZod(error: z.ZodError, data: unknown): Finding[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const criterion = criterionCodeAt(issue.path, data);
    const field = fieldName(issue.path);
    return rubricFinding("rubric.shape", path, criterion, describeIssue(issue, field, valueAt(data, issue.path)));
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function criterionCodeAt(path: readonly PropertyKey[], data: unknown): string | undefined {
  if (path[0] !== "criteria" || typeof path[1] !== "number") return undefined;
  const criteria = (data as { criteria?: unknown[] } | null)?.criteria;
  const entry = Array.isArray(criteria) ? criteria[path[1]] : undefined;
  const code = (entry as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code.trim() !== "" ? code.trim() : `#${path[1] + 1}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  const start = path[0] === "criteria" && typeof path[1] === "number" ? 2 : 0;
  return formatPath(path.slice(start)) || formatPath(path);
}

/** zod leaves the offending input out of issues unless asked; the file itself tells what is there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, field: string, value: unknown): Bilingual {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) {
        return bilingual(`thiếu trường "${field}".`, `the field "${field}" is missing.`);
      }
      return bilingual(`trường "${field}" phải là ${typeVi(issue.expected)}.`, `the field "${field}" must be ${typeEn(issue.expected)}.`);
    case "too_small":
      return bilingual(
        `trường "${field}" quá nhỏ (tối thiểu ${String(issue.minimum)}).`,
        `the field "${field}" is too small (minimum ${String(issue.minimum)}).`,
      );
    case "too_big":
      return bilingual(
        `trường "${field}" quá lớn (tối đa ${String(issue.maximum)}).`,
        `the field "${field}" is too large (maximum ${String(issue.maximum)}).`,
      );
    case "invalid_value":
      return bilingual(
        `trường "${field}" phải là một trong: ${issue.values.map(String).join(", ")}.`,
        `the field "${field}" must be one of: ${issue.values.map(String).join(", ")}.`,
      );
    case "invalid_union":
      return bilingual(
        `trường "${field}" không đúng dạng (quy tắc chấm: yesNo, levels, thresholds, proportional hoặc survey).`,
        `the field "${field}" has the wrong form (scoring rules: yesNo, levels, thresholds, proportional or survey).`,
      );
    case "unrecognized_keys":
      return bilingual(`có trường không được hỗ trợ: ${issue.keys.join(", ")}.`, `unsupported fields: ${issue.keys.join(", ")}.`);
    default:
      // zod's own message is English and technical: the field and what it holds say enough.
      return bilingual(`trường "${field}" có giá trị không hợp lệ.`, `the field "${field}" holds a value that is not valid.`);
  }
}

function typeVi(expected: string): string {
  return (
    (
      { string: "văn bản", number: "một số", boolean: "true/false", array: "một danh sách", object: "một đối tượng" } as Record<
        string,
        string
      >
    )[expected] ?? expected
  );
}

function typeEn(expected: string): string {
  return (
    ({ string: "text", number: "a number", boolean: "true/false", array: "a list", object: "an object" } as Record<string, string>)[
      expected
    ] ?? expected
  );
}
