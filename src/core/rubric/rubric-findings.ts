import type { Bilingual } from "../bilingual";
import type { Finding } from "../findings";
import { rubricCheckFinding, type RubricCheckCode } from "./rubric-checks";

/** A problem in a rubric file: the message names the criterion code and the field. */
export function rubricFinding(code: RubricCheckCode, path: string, criterion: string | undefined, message: Bilingual): Finding {
  const finding = rubricCheckFinding(code, "file", { ...(criterion !== undefined ? { criterion } : {}), path }, message);
  if (finding === undefined) throw new Error(`${code} is always reported for rubric files`);
  return finding;
}
