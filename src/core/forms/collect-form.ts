import type { Bilingual } from "../bilingual";
import { fromMicro, ratio, toMicro } from "../decimal";
import type { Finding, Severity } from "../findings";
import { cellRef } from "../plan/a1";
import { ROW_KIND_LABEL } from "../rubric/row-kind";
import { rubricRows, type RubricRow } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import { evidenceMissing, explanationMissing, formScoreEntry } from "../rules/native-score-formulas";
import { LeafState } from "../scores/leaf-state";
import { readUnitScores } from "../scores/unit-scores";
import { computeUnitTotals } from "../engine/unit-totals";
import { buildRubricTable, type RubricTable } from "../table/rubric-table";
import { rubricFingerprint } from "./fingerprint";
import { FIRST_NODE_ROW, FORM_COLUMNS as C, FORM_KIND, FORM_SHEET_NAME, HEADERS, HEADER_ROW, type FormIdentity } from "./form-layout";
import { formMessages } from "./form-messages";

/**
 * What the xlsx reader found in a returned file, as plain values: the collector below decides
 * everything from this, so the same rules serve the command line, the pane and the tests.
 */
export type FormFile =
  | { kind: "unreadable"; fileName: string; reason: Bilingual }
  | {
      kind: "workbook";
      fileName: string;
      /** The identity sheet's key → value, or undefined when the workbook has none. */
      identity?: Partial<FormIdentity>;
      /** The form sheet's cells from the header row down, by 0-based row then column; undefined when missing. */
      grid?: FormGrid;
    };

export interface FormGrid {
  /** 0-based row → cells of that row (0-based columns), as plain values. */
  cellAt(row: number, column: number): FormCellValue;
  /** Last 0-based row holding anything. */
  lastRow: number;
}

/** A cell as read: numbers and text as typed, formulas as their text (never evaluated). */
export type FormCellValue = null | number | string | boolean | { formula: string };

export interface CollectedFinding {
  code:
    | Finding["code"]
    | "form.evidenceMissing"
    | "form.explanationMissing"
    | "form.scoreOnSurvey"
    | "form.scoreOnParent"
    | "form.scoreFormula"
    | "form.textNumberRead";
  severity: Severity;
  criterion?: string;
  cell?: string;
  message: Bilingual;
}

export interface CollectedForm {
  file: string;
  status: "ok" | "refused";
  unit?: string;
  rubric?: string;
  version?: string;
  reason?: Bilingual;
  total?: number;
  applicableMax?: number;
  assessedMax?: number;
  lost?: number;
  /** total ÷ applicable max, a fraction; null when nothing applies. */
  percent?: number | null;
  /** Code → the value typed, for every leaf that holds something. */
  scores: Record<string, number | string | boolean>;
  /** What goes into a scoring sheet: code → a valid score, or the N/A word as typed (trimmed). */
  accepted: Record<string, number | string>;
  /** How many leaves hold a valid score or N/A (what goes into the scoring sheet). */
  taken: number;
  /** How many score cells need fixing (the form shows the same count next to its total). */
  invalid: number;
  findings: CollectedFinding[];
  evidenceMissing: string[];
  explanationMissing: string[];
  /** Code → evidence / explanation text, for leaves where the unit wrote one. */
  evidence: Record<string, string>;
  explanations: Record<string, string>;
}

export interface RubricChoice {
  /** The rubric the collector was told to expect (--rubric, or the scoring sheet's). */
  expected?: Rubric;
  /** Rubrics to identify a form by when none is expected (the bundled ones). */
  known: readonly Rubric[];
}

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
    if (choice.expected.id !== rubricId) return refused(formMessages.otherRubric(fileName, rubricId, choice.expected.id), identity);
    if (choice.expected.version !== version)
      return refused(formMessages.otherVersion(fileName, rubricId, version, choice.expected.version), identity);
    rubric = choice.expected;
  } else {
    rubric = choice.known.find((known) => known.id === rubricId && known.version === version);
    if (!rubric) return refused(formMessages.unknownRubric(fileName, rubricId, version), identity);
  }
  const rows = rubricRows(rubric);
  if (identity.fingerprint !== undefined && identity.fingerprint !== rubricFingerprint(rows)) {
    return refused(formMessages.rubricChanged(fileName, rubricId, version), identity);
  }
  if (file.grid === undefined) return refused(formMessages.sheetMissing(fileName, FORM_SHEET_NAME), identity);
  const problem = checkStructure(fileName, file.grid, rows);
  if (problem) return refused(problem, identity);
  return { ...readScores(fileName, file.grid, rows), file: fileName, status: "ok", unit: identity.unit, rubric: rubricId, version };
}

/** Headers, codes and maxima as the form was made: a moved column or row would be read wrongly. */
function checkStructure(fileName: string, grid: FormGrid, rows: readonly RubricRow[]): Bilingual | undefined {
  for (const column of [C.code, C.max, C.score, C.evidence, C.explanation]) {
    const found = textOf(grid.cellAt(HEADER_ROW, column));
    if (found !== HEADERS[column]) return formMessages.headerMoved(fileName, cellRef(HEADER_ROW, column), HEADERS[column], found);
  }
  const codes = rows.map((row) => row.code);
  for (let index = 0; index < rows.length; index++) {
    const r = FIRST_NODE_ROW + index;
    const found = textOf(grid.cellAt(r, C.code));
    const expected = codes[index];
    if (found === expected) {
      const max = grid.cellAt(r, C.max);
      if (typeof max !== "number" || toMicro(max) !== toMicro(rows[index].max)) {
        return formMessages.maxEdited(fileName, expected, cellRef(r, C.max), max === null ? "" : String(max), rows[index].max);
      }
      continue;
    }
    const foundAt = codes.indexOf(found);
    if (found === "" || foundAt === -1) {
      // A row that is not the rubric's: inserted, unless the expected code simply is not there any more.
      const expectedLater = findCodeRow(grid, expected, r);
      if (expectedLater === undefined && !codesBelow(grid, r).includes(expected))
        return formMessages.rowDeleted(fileName, expected, cellRef(r, C.code));
      return formMessages.rowInserted(fileName, cellRef(r, C.code), found || rowText(grid, r));
    }
    const expectedAt = findCodeRow(grid, expected, FIRST_NODE_ROW);
    if (expectedAt === undefined) return formMessages.rowDeleted(fileName, expected, cellRef(r, C.code));
    return formMessages.rowMoved(fileName, expected, cellRef(expectedAt, C.code), cellRef(r, C.code));
  }
  const after = FIRST_NODE_ROW + rows.length;
  const extra = textOf(grid.cellAt(after, C.code));
  if (extra !== "") return formMessages.rowInserted(fileName, cellRef(after, C.code), extra);
  return undefined;
}

function findCodeRow(grid: FormGrid, code: string, from: number): number | undefined {
  for (let r = from; r <= grid.lastRow; r++) if (textOf(grid.cellAt(r, C.code)) === code) return r;
  return undefined;
}

function codesBelow(grid: FormGrid, from: number): string[] {
  const codes: string[] = [];
  for (let r = from; r <= grid.lastRow; r++) codes.push(textOf(grid.cellAt(r, C.code)));
  return codes;
}

function rowText(grid: FormGrid, r: number): string {
  for (let column = 0; column <= C.check; column++) {
    const text = textOf(grid.cellAt(r, column));
    if (text !== "") return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  return "";
}

function readScores(fileName: string, grid: FormGrid, rows: readonly RubricRow[]): Omit<CollectedForm, "file" | "status"> {
  const table: RubricTable = buildRubricTable(rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]));
  const findings: CollectedFinding[] = [];
  const scores: Record<string, number | string | boolean> = {};
  const evidence: Record<string, string> = {};
  const explanations: Record<string, string> = {};
  const formulaRows = new Set<number>();
  const column: unknown[] = rows.map((row, index) => {
    const r = FIRST_NODE_ROW + index;
    const read = grid.cellAt(r, C.score);
    if (!row.isLeaf) {
      // A parent's cell holds its subtotal formula; anything typed there replaced it.
      if (read === null || typeof read !== "object")
        findings.push(located("form.scoreOnParent", "warning", row.code, r, formMessages.scoreOnParent(row.code, cellRef(r, C.score))));
      return null;
    }
    // A formula typed into an input cell is what the unit wrote: it stays text, and is never evaluated.
    const formulaText = typeof read === "object" && read !== null ? read.formula : undefined;
    const cell = formulaText !== undefined ? `=${formulaText}` : (read as Exclude<FormCellValue, object>);
    const evidenceText = textOf(grid.cellAt(r, C.evidence));
    const explanationText = textOf(grid.cellAt(r, C.explanation));
    if (evidenceText !== "") evidence[row.code] = evidenceText;
    if (explanationText !== "") explanations[row.code] = explanationText;
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) return null;
    if (row.kind === "survey") {
      findings.push(located("form.scoreOnSurvey", "warning", row.code, r, formMessages.scoreOnSurvey(row.code, cellRef(r, C.score))));
      return null;
    }
    scores[row.code] = cell;
    // What the form's own formulas count (core/rules/form-entry): a text number as its number, a
    // formula as an entry to fix. Both are said by criterion and cell.
    const entry = formScoreEntry(cell, formulaText);
    const at = cellRef(r, C.score);
    if (formulaText !== undefined) {
      formulaRows.add(index);
      findings.push(
        located(
          "form.scoreFormula",
          "error",
          row.code,
          r,
          formMessages.inCell(formMessages.scoreFormula(row.code, String(cell)), fileName, at),
        ),
      );
    } else if (typeof cell === "string" && typeof entry === "number") {
      findings.push(
        located(
          "form.textNumberRead",
          "warning",
          row.code,
          r,
          formMessages.inCell(formMessages.textNumberRead(row.code, cell, entry), fileName, at),
        ),
      );
    }
    return entry;
  });
  const unitScores = readUnitScores(table, column);
  for (const finding of unitScores.findings) {
    // A formula is reported above, in its own words.
    if (finding.row !== undefined && formulaRows.has(finding.row)) continue;
    const r = FIRST_NODE_ROW + (finding.row ?? 0);
    const cell = cellRef(r, C.score);
    findings.push({
      code: finding.code,
      severity: finding.severity,
      criterion: finding.criterion,
      cell,
      message: formMessages.inCell(finding.message, fileName, cell),
    });
  }
  const totals = computeUnitTotals(table, unitScores);
  const missingEvidence: string[] = [];
  const missingExplanation: string[] = [];
  const accepted: Record<string, number | string> = {};
  table.nodes.forEach((node, index) => {
    if (!node.isLeaf) return;
    const state = unitScores.states[index] as LeafState;
    if (state === LeafState.Assessed) accepted[node.code] = fromMicro(unitScores.micro[index]);
    if (state === LeafState.NotApplicable) accepted[node.code] = String(scores[node.code]).trim();
    const r = FIRST_NODE_ROW + node.row;
    const points = unitScores.micro[index];
    if (node.category !== "penalty" && evidenceMissing(state, points, evidence[node.code] ?? "")) {
      missingEvidence.push(node.code);
      findings.push(
        located("form.evidenceMissing", "warning", node.code, r, formMessages.evidenceMissing(node.code, cellRef(r, C.evidence))),
      );
    }
    if (node.category === "normal" && explanationMissing(state, points, node.maxMicro, explanations[node.code] ?? "")) {
      missingExplanation.push(node.code);
      findings.push(
        located("form.explanationMissing", "warning", node.code, r, formMessages.explanationMissing(node.code, cellRef(r, C.explanation))),
      );
    }
  });
  return {
    unit: undefined,
    total: fromMicro(totals.totalMicro),
    applicableMax: fromMicro(totals.applicableMaxMicro),
    assessedMax: fromMicro(totals.assessedMaxMicro),
    lost: fromMicro(totals.lostMicro),
    percent: totals.applicableMaxMicro > 0 ? ratio(totals.totalMicro, totals.applicableMaxMicro) : null,
    scores,
    accepted,
    taken: Object.keys(accepted).length,
    invalid: totals.invalidCount,
    findings,
    evidenceMissing: missingEvidence,
    explanationMissing: missingExplanation,
    evidence,
    explanations,
  };
}

function located(code: CollectedFinding["code"], severity: Severity, criterion: string, row: number, message: Bilingual): CollectedFinding {
  const column = code === "form.evidenceMissing" ? C.evidence : code === "form.explanationMissing" ? C.explanation : C.score;
  return { code, severity, criterion, cell: cellRef(row, column), message };
}

function textOf(cell: FormCellValue): string {
  if (cell === null) return "";
  if (typeof cell === "object") return `=${cell.formula}`.trim();
  return String(cell).trim();
}
