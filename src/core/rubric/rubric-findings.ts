import { bilingual, type Bilingual } from "../bilingual";
import type { Finding, FindingCode } from "../findings";

/** A problem in a rubric file: the message names the criterion code and the field. */
export function rubricFinding(
  code: FindingCode,
  path: string,
  criterion: string | undefined,
  message: Bilingual,
  severity: Finding["severity"] = "error",
): Finding {
  const where = criterion
    ? bilingual(`Tiêu chí ${criterion}`, `Criterion ${criterion}`)
    : bilingual(`Trường ${path || "(gốc)"}`, `Field ${path || "(root)"}`);
  return {
    code,
    severity,
    path,
    criterion,
    message: bilingual(`${where.vi}: ${message.vi}`, `${where.en}: ${message.en}`),
  };
}
