import type { Bilingual, Language } from "../core/bilingual";
import type { SummaryNotice } from "../core/summary/summary-model";
import type { SheetFinding } from "../core/validation/validate-sheet";

/**
 * What the task pane and the ribbon can ask of the workbook. Components receive these as props, so
 * they are tested with fakes; `createExcelOperations()` implements them with Office.js. Every
 * operation is awaited by its caller and fails with a `WorkbookOperationError` whose message says
 * what happened and what to do.
 */
import type { ScoreColumnKind } from "../core/template/scoring-layout";

export type { ScoreColumnKind, SummaryNotice };

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
}

/** A failure the user can act on; `message` says what happened and what to do, in both languages. */
export class WorkbookOperationError extends Error {
  constructor(readonly userMessage: Bilingual, override readonly cause?: unknown) {
    super(userMessage.en);
    this.name = "WorkbookOperationError";
  }
}
