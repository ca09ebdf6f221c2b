import type { Bilingual } from "../bilingual";
import { rubricRows } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import type { CollectedForm, FormFile, RubricChoice } from "./collected-form";
import { rubricFingerprint } from "./fingerprint";
import { FORM_KIND, FORM_SHEET_NAME, type FormIdentity } from "./form-layout";
import { formMessages } from "./form-messages";
import { readScores } from "./form-scores";
import { checkStructure } from "./form-structure";
import { collectOtherVersion } from "./older-version";
import { rubricFamily } from "../rubric/rubric-family";

export type { CollectedFinding, CollectedForm, FormCellValue, FormFile, FormGrid, RubricChoice } from "./collected-form";

/**
 * Identifies a returned form (unit, rubric, version) and reads it against the rubric it is collected
 * into: the expected one (the scoring sheet's, or --rubric), or the bundled rubric of the same id.
 * Another rubric is refused; another version of the same rubric is carried over by code
 * (older-version.ts); a form whose rows, codes or maxima were edited is refused with the cell.
 */
/** A file that is not collected: why, and what of its identity could be read; nothing taken from it. */
export function refusedForm(fileName: string, reason: Bilingual, identity?: Partial<FormIdentity>): CollectedForm {
  return {
    file: fileName,
    status: "refused",
    unit: identity?.unit,
    rubric: identity?.rubricId,
    version: identity?.rubricVersion,
    reason,
    scores: {},
    accepted: {},
    taken: 0,
    invalid: 0,
    findings: [],
    evidenceMissing: [],
    explanationMissing: [],
    evidence: {},
    explanations: {},
  };
}

export function collectForm(file: FormFile, choice: RubricChoice): CollectedForm {
  const refused = (reason: Bilingual, identity?: Partial<FormIdentity>) => refusedForm(file.fileName, reason, identity);
  if (file.kind === "unreadable") return refused(file.reason);
  const { identity, fileName } = file;
  if (
    identity === undefined ||
    identity.kind !== FORM_KIND ||
    !identity.rubricId ||
    !identity.rubricVersion ||
    identity.unit === undefined
  ) {
    return refused(formMessages.notAForm(fileName), identity);
  }
  const rubricId = identity.rubricId,
    version = identity.rubricVersion;
  let rubric: Rubric | undefined;
  if (choice.expected) {
    // Another year of the same rubric (commune-2025 into commune-2026) is an older or newer version,
    // carried over by code as the template upgrade carries a sheet (rubricFamily is its rule).
    if (rubricFamily(choice.expected.id) !== rubricFamily(rubricId)) {
      return refused(formMessages.otherRubric(fileName, rubricId, choice.expected.id), identity);
    }
    rubric = choice.expected;
  } else {
    // The form's own version when it is bundled; else the bundled version of the same rubric (the last, as --rubric <id> takes).
    const sameId = choice.known.filter((known) => known.id === rubricId);
    rubric = sameId.find((known) => known.version === version) ?? sameId[sameId.length - 1];
    if (!rubric) return refused(formMessages.unknownRubric(fileName, rubricId, version), identity);
  }
  if (file.grid === undefined) return refused(formMessages.sheetMissing(fileName, FORM_SHEET_NAME), identity);
  const identified = { file: fileName, status: "ok" as const, unit: identity.unit, rubric: rubricId, version };
  if (rubric.id !== rubricId || rubric.version !== version) {
    const carried = collectOtherVersion(fileName, file.grid, identity, rubric, choice.known);
    return "refused" in carried ? refused(carried.refused, identity) : { ...carried, ...identified };
  }
  const rows = rubricRows(rubric);
  if (identity.fingerprint !== undefined && identity.fingerprint !== rubricFingerprint(rows)) {
    return refused(formMessages.rubricChanged(fileName, rubricId, version), identity);
  }
  const problem = checkStructure(fileName, file.grid, rows);
  if (problem) return refused(problem, identity);
  return { ...readScores(fileName, file.grid, rows), ...identified };
}
