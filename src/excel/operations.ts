import type { Bilingual, Language } from "../core/bilingual";
import type { SummaryNotice } from "../core/summary/summary-model";
import type { PlanSkip, SheetTarget, UnitPlan } from "../core/summary/summary-plans";
import type { SheetFinding } from "../core/validation/validate-sheet";

/**
 * What the task pane and the ribbon can ask of the workbook. Components receive these as props, so
 * they are tested with fakes; `createExcelOperations()` implements them with Office.js. Every
 * operation is awaited by its caller and fails with a `WorkbookOperationError` whose message says
 * what happened and what to do.
 */
import type { ScoreColumnKind } from "../core/template/scoring-layout";

export type { ScoreColumnKind, SummaryNotice, PlanSkip, SheetTarget, UnitPlan };

import type { OrphanedScore, TargetSpec, TemplateRequest } from "../core/template/template-plan";

export type { OrphanedScore, TargetSpec, TemplateRequest };
export type TargetKind = TargetSpec["kind"];

export interface TemplateResult {
  scoringSheet: string;
  rubricSheet: string;
  /** True when the same scoring sheet was rewritten in place (the command was run again). */
  updated: boolean;
  /** The earlier sheet a new one took its scores from (a newer rubric version, other units). */
  carriedFrom?: string;
  /** Scores carried over from the previous version of the sheet. */
  keptScores: number;
  /** Scores whose criterion code no longer exists: copied to `orphanSheet`, never deleted. */
  orphaned: OrphanedScore[];
  orphanSheet?: string;
  syncs: number;
}

/** A finding located in a scoring sheet: unit, score column and the cell's full address. */
export type CellFinding = SheetFinding;

export interface ValidationReport {
  scoringSheet: string;
  findings: CellFinding[];
  /** How many score cells were read. */
  cellsRead: number;
  syncs: number;
}

export interface HighlightResult {
  scoringSheet: string;
  rulesAdded: number;
  rulesReplaced: number;
  syncs: number;
}

export interface SummaryRequest {
  /** "Quý III/2026", "6 tháng đầu năm 2026"... */
  period: string;
  /** How many leaves that lost most points to list. */
  topLost: number;
  /** Last year's (or last period's) rank per unit name, for rank movement. */
  previousRanks?: Record<string, number>;
  /** Which scores the report uses; by default the latest kind that has entries. */
  basis?: ScoreColumnKind;
  /** The report's language (the pane's); Vietnamese by default. */
  language?: Language;
  /** Units to write a plan to target for; by default every unit below its target. */
  planUnits?: string[];
}

export interface PlanRequest {
  unit: string;
  /** The scores to start from, as for the report; by default the latest kind that has entries. */
  basis?: ScoreColumnKind;
  /** A target to try instead of the one on the sheet. */
  target?: SheetTarget;
}

/** One unit's plan to target, as the pane shows it before the report is made. */
export interface PlanView {
  unit: string;
  basis: ScoreColumnKind;
  /** The plan, or why there is none (met, no target, nothing assessed). */
  plan?: UnitPlan;
  skipped?: PlanSkip;
  /** The address of each plan leaf's score cell ("'Chấm điểm'!G12"), in plan order, to select it. */
  cells: string[];
  syncs: number;
}

export interface SummaryResult {
  sheetName: string;
  /** The scores the report used, and whether the user chose them or they were the latest with entries. */
  basis: ScoreColumnKind;
  basisChosen: "user" | "latest";
  /** What the report warns about (also written on the sheet). */
  notices: SummaryNotice[];
  syncs: number;
}

export interface PasteScoresRequest {
  unit: string;
  kind: ScoreColumnKind;
  /** What was copied: one score per line in the rubric's order, or "code<TAB>score" lines. */
  text: string;
}

export interface PasteScoresResult {
  scoringSheet: string;
  /** Leaf cells whose value changed, and how many of those held a score before. */
  written: number;
  replaced: number;
  /** Blank lines: their cells were left as they were. */
  keptBlank: number;
  syncs: number;
}

export interface ScoringSheetInfo {
  scoringSheet: string;
  rubricSheet: string;
  rubricId: string;
  rubricTitle: Bilingual;
  rubricVersion: string;
  units: string[];
  columns: ScoreColumnKind[];
}

export interface ProgressUpdate {
  /** 0..1 */
  fraction: number;
  step: Bilingual;
}

export type ProgressListener = (update: ProgressUpdate) => void;

import type { CollectedForm } from "../core/forms/collect-form";
import type { FileReport } from "../core/forms/collect-plan";

export interface CollectResult {
  scoringSheet: string;
  evidenceSheet?: string;
  reports: FileReport[];
  scoresWritten: number;
  evidenceRowsWritten: number;
  syncs: number;
}

export interface WorkbookOperations {
  /** Scoring sheets made by this add-in in the open workbook, the active one first. */
  listScoringSheets(): Promise<ScoringSheetInfo[]>;
  createOrUpdateTemplate(request: TemplateRequest, progress?: ProgressListener): Promise<TemplateResult>;
  /** The values of the user's selected range (to read units or a rubric laid out on a sheet). */
  readSelection(): Promise<{ address: string; values: unknown[][] }>;
  validate(scoringSheet: string): Promise<ValidationReport>;
  selectCell(address: string): Promise<void>;
  /** Writes the numbers that text cells mean ("8,25" → 8.25); returns how many cells changed. */
  convertTextNumbers(findings: CellFinding[]): Promise<number>;
  highlight(scoringSheet: string): Promise<HighlightResult>;
  makeSummary(scoringSheet: string, request: SummaryRequest, progress?: ProgressListener): Promise<SummaryResult>;
  /** One unit's plan to target, read from the sheet (nothing is written). */
  planToTarget(scoringSheet: string, request: PlanRequest): Promise<PlanView>;
  /** Writes a copied column of one unit's scores into its leaf cells only. */
  pasteScores(scoringSheet: string, request: PasteScoresRequest): Promise<PasteScoresResult>;
  /** Writes returned self-assessment forms into the scoring sheet; `overwrite` lists the differences the user chose. */
  collectForms(
    scoringSheet: string,
    forms: readonly CollectedForm[],
    overwrite: readonly string[],
    progress?: ProgressListener,
  ): Promise<CollectResult>;
  /** Opens one form (.xlsx as base64) as a new workbook. */
  openFormAsWorkbook(base64: string): Promise<void>;
}

/** A failure the user can act on; `message` says what happened and what to do, in both languages. */
export class WorkbookOperationError extends Error {
  constructor(
    readonly userMessage: Bilingual,
    override readonly cause?: unknown,
  ) {
    super(userMessage.en);
    this.name = "WorkbookOperationError";
  }
}
