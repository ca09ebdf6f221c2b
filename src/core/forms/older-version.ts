import type { Bilingual } from "../bilingual";
import { cellRef } from "../plan/a1";
import { readRowKind } from "../rubric/row-kind";
import { rubricRows } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import { leafFlags } from "../rules/leaf";
import { formScoreEntry } from "../rules/native-score-formulas";
import { ROW_KIND_LABEL } from "../rubric/row-kind";
import { buildRubricTable } from "../table/rubric-table";
import { carryByCode } from "../template/carry-by-code";
import { textOf, type CollectedFinding, type CollectedForm, type FormGrid } from "./collected-form";
import { rubricFingerprint } from "./fingerprint";
import { FIRST_NODE_ROW, FORM_COLUMNS as C, type FormIdentity } from "./form-layout";
import { formMessages } from "./form-messages";
import { readScores } from "./form-scores";
import { checkHeaders, checkStructure, type FormRow } from "./form-structure";

/**
 * A form made from another version of the rubric it is collected into (the province moved to new
 * criteria while a unit still filled last version's form). Its scores move by code, with the rule
 * the scoring sheet's template upgrade uses (core/template/carry-by-code): to the same code when it
 * is still a criterion and its max, step or levels still allow the score. Every score that cannot
 * move is reported by criterion and cell, with what to do; its value stays in `scores` and its
 * evidence in `evidence`, so nothing is dropped silently.
 *
 * The older version need not be at hand (bundled, or given): the form itself carries its rows'
 * codes, kinds, maxima and steps, and the identity sheet a fingerprint of them. When the rows read
 * back give the same fingerprint they are the rubric the form was made from; when not, the form
 * was edited and is refused, precisely when that version is known, in general terms otherwise.
 */
export function collectOtherVersion(
  fileName: string,
  grid: FormGrid,
  identity: Partial<FormIdentity>,
  rubric: Rubric,
  known: readonly Rubric[],
): Omit<CollectedForm, "file" | "status"> | { refused: Bilingual } {
  const formVersion = identity.rubricVersion ?? "";
  const headers = checkHeaders(fileName, grid);
  if (headers) return { refused: headers };
  const formRows = rowsOfForm(grid, identity);
  if (formRows === undefined) {
    const original = known.find((other) => other.id === (identity.rubricId ?? rubric.id) && other.version === formVersion);
    const precise = original ? checkStructure(fileName, grid, rubricRows(original)) : undefined;
    return { refused: precise ?? formMessages.olderFormChanged(fileName, rubric.id, formVersion, rubric.version) };
  }

  const rows = rubricRows(rubric);
  const table = buildRubricTable(rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]));
  const formRowOf = new Map(formRows.map((row, index) => [row.code, { row: FIRST_NODE_ROW + index, isLeaf: row.isLeaf }]));
  const notCarried: CollectedFinding[] = [];
  const notCarriedCodes = new Set<string>();
  const orphanScores: Record<string, number | string | boolean> = {};
  const orphanEvidence: Record<string, string> = {};
  const orphanExplanations: Record<string, string> = {};
  const versions = { from: formVersion, to: rubric.version };
  formRows.forEach((formRow, index) => {
    if (!formRow.isLeaf) return;
    const r = FIRST_NODE_ROW + index;
    const read = grid.cellAt(r, C.score);
    const formula = typeof read === "object" && read !== null ? read.formula : undefined;
    const typed = formula !== undefined ? `=${formula}` : (read as number | string | boolean | null);
    const blank = typed === null || (typeof typed === "string" && typed.trim() === "");
    const verdict = carryByCode(table, formRow.code, blank ? null : formScoreEntry(typed, formula));
    if (verdict.carried) return;
    // The row has no place in the current version: keep what the unit wrote, and say so.
    const evidence = textOf(grid.cellAt(r, C.evidence)),
      explanation = textOf(grid.cellAt(r, C.explanation));
    if (evidence !== "") orphanEvidence[formRow.code] = evidence;
    if (explanation !== "") orphanExplanations[formRow.code] = explanation;
    if (blank) return;
    orphanScores[formRow.code] = typed;
    notCarriedCodes.add(formRow.code);
    const cell = cellRef(r, C.score);
    const message =
      verdict.reason === "codeRemoved"
        ? formMessages.codeRemoved(formRow.code, typed, versions)
        : formMessages.notValidInVersion(formRow.code, typed, versions, verdict.detail!);
    notCarried.push({
      code: "form.notCarried",
      severity: "error",
      criterion: formRow.code,
      cell,
      message: formMessages.inCell(message, fileName, cell),
    });
  });

  // Each current row reads the form's row of the same code, leaf for leaf and parent for parent;
  // a score that could not move is reported once, above, and its row stays pending here.
  const fileRow = (index: number) => {
    const at = formRowOf.get(rows[index].code);
    if (at === undefined || at.isLeaf !== rows[index].isLeaf || notCarriedCodes.has(rows[index].code)) return undefined;
    return at.row;
  };
  const read = readScores(fileName, grid, rows, fileRow);
  const newLeaves = rows.filter((row) => row.isLeaf && row.kind !== "survey" && !formRowOf.has(row.code)).map((row) => row.code);
  const carried = Object.keys(read.accepted).length;
  const summary: CollectedFinding = {
    code: "form.carriedOver",
    severity: "warning",
    message: formMessages.carriedOver(fileName, rubric.id, versions, carried, notCarried.length, newLeaves),
  };
  return {
    ...read,
    carriedInto: rubric.version,
    scores: { ...read.scores, ...orphanScores },
    evidence: { ...read.evidence, ...orphanEvidence },
    explanations: { ...read.explanations, ...orphanExplanations },
    findings: [summary, ...notCarried, ...read.findings],
  };
}

/**
 * The rubric rows the form was made from, read back from its own code, kind, max and step columns,
 * or undefined when they do not give the fingerprint its identity sheet holds (a row was inserted,
 * deleted, moved, or a code, kind, max or step edited).
 */
function rowsOfForm(grid: FormGrid, identity: Partial<FormIdentity>): FormRow[] | undefined {
  const count = Number(identity.nodeCount);
  if (!Number.isInteger(count) || count <= 0 || identity.fingerprint === undefined) return undefined;
  const read: Omit<FormRow, "isLeaf">[] = [];
  for (let index = 0; index < count; index++) {
    const r = FIRST_NODE_ROW + index;
    const kind = readRowKind(grid.cellAt(r, C.kind));
    const max = grid.cellAt(r, C.max);
    if (kind === undefined || typeof max !== "number") return undefined;
    read.push({ code: textOf(grid.cellAt(r, C.code)), kind, max, stepOrAllowed: stepOrAllowedOf(textOf(grid.cellAt(r, C.stepOrAllowed))) });
  }
  // A row inserted below the last one is not covered by the fingerprint.
  if (textOf(grid.cellAt(FIRST_NODE_ROW + count, C.code)) !== "") return undefined;
  if (rubricFingerprint(read) !== identity.fingerprint) return undefined;
  const leaves = leafFlags(read.map((row) => row.code));
  return read.map((row, index) => ({ ...row, isLeaf: leaves[index] }));
}

/** The form writes a step as "0,25" and allowed scores as "0;0,5;1" (form-plan.ts): back to the rubric row's value. */
function stepOrAllowedOf(text: string): number | string | null {
  if (text === "") return null;
  if (text.includes(";")) return text;
  const step = Number(text.replace(",", "."));
  return Number.isFinite(step) ? step : text;
}
