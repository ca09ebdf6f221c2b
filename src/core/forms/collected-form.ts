import type { Bilingual } from "../bilingual";
import type { Finding, Severity } from "../findings";
import type { Rubric } from "../rubric/schema";
import type { FormIdentity } from "./form-layout";

/**
 * What the xlsx reader found in a returned file, as plain values: the collector (collect-form.ts) decides
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
    | "form.textNumberRead"
    | "form.carriedOver"
    | "form.notCarried";
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
  /** The form's own rubric version. */
  version?: string;
  /** Set when the form was of another version of the rubric: the version its scores were carried into, by code. */
  carriedInto?: string;
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

/** A cell's text as the collector compares it: trimmed; a formula as "=" and its text. */
export function textOf(cell: FormCellValue): string {
  if (cell === null) return "";
  if (typeof cell === "object") return `=${cell.formula}`.trim();
  return String(cell).trim();
}
