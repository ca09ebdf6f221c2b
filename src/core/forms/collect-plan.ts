import { bilingual, type Bilingual } from "../bilingual";
import { toMicro } from "../decimal";
import { emptySheetPlan, text, type PlannedCell, type SheetPlan, type WorkbookPlan } from "../plan/workbook-plan";
import { FIRST_CRITERION_ROW } from "../template/scoring-layout";
import type { ScoringSheetData } from "../template/sheet-reading";
import { foldText } from "../text-match";
import type { CollectedFinding, CollectedForm } from "./collect-form";

/**
 * Collecting returned forms into a scoring sheet (thu phiếu), planned without Excel: each form's
 * accepted scores go into its unit's self-assessed column, its evidence and explanations into a
 * sheet of their own keyed by unit and code. A score already in the sheet is never replaced unless
 * the user chose to (`overwrite`); an equal one is not written at all, so collecting the same files
 * twice changes nothing.
 */
export const EVIDENCE_SHEET_NAME = "Minh chứng tự đánh giá";
export const EVIDENCE_HEADERS = ["Đơn vị", "Mã", "Tài liệu kiểm chứng", "Giải trình", "Tệp", "Thu lúc"] as const;

export interface ScoreDifference {
  /** Key for the user's choice: unit and code. */
  key: string;
  unit: string;
  code: string;
  current: unknown;
  incoming: number | string;
  /** True when the user chose the incoming score and it is written. */
  overwritten: boolean;
}

export interface FileReport {
  file: string;
  unit?: string;
  status: "collected" | "refused";
  reason?: Bilingual;
  /** Scores now in the sheet from this file (written, or already equal). */
  taken: number;
  written: number;
  findings: CollectedFinding[];
  evidenceMissing: string[];
  explanationMissing: string[];
  differences: ScoreDifference[];
}

export interface CollectPlanInput {
  data: ScoringSheetData;
  forms: readonly CollectedForm[];
  /** The evidence sheet's current values, when it exists. */
  evidenceValues?: readonly (readonly unknown[])[];
  overwrite: ReadonlySet<string>;
  /** "2026-12-16 09:30", written beside each evidence row. */
  collectedAt: string;
}

export interface CollectPlan {
  reports: FileReport[];
  plan: WorkbookPlan;
  scoresWritten: number;
  evidenceRowsWritten: number;
}

export function differenceKey(unit: string, code: string): string {
  return `${unit}\u0000${code}`;
}

export function planCollect(input: CollectPlanInput): CollectPlan {
  const { data } = input;
  const selfColumns = new Map(
    data.layout.scoreColumns.filter((column) => column.kind === "self").map((column) => [unitKey(column.unit), column]),
  );
  const rowOfCode = new Map(data.record.codes.map((code, index) => [code, FIRST_CRITERION_ROW + index]));
  // The sheet as it will be after each file, so a second file for the same unit is compared with the first.
  const pending = new Map<string, number | string>();
  const scoreBlocks = new Map<number, PlannedCell[]>();
  const evidence = new EvidenceTable(input.evidenceValues);
  const reports: FileReport[] = [];
  let scoresWritten = 0;

  for (const form of input.forms) {
    const base = {
      file: form.file,
      unit: form.unit,
      taken: 0,
      written: 0,
      findings: form.findings,
      evidenceMissing: form.evidenceMissing,
      explanationMissing: form.explanationMissing,
      differences: [] as ScoreDifference[],
    };
    if (form.status === "refused") {
      reports.push({ ...base, status: "refused", reason: form.reason });
      continue;
    }
    const column = form.unit === undefined ? undefined : selfColumns.get(unitKey(form.unit));
    if (column === undefined) {
      reports.push({
        ...base,
        status: "refused",
        reason: unknownUnit(form.file, form.unit ?? "", data.record.scoringSheet, selfColumns.size > 0),
      });
      continue;
    }
    const report: FileReport = { ...base, unit: column.unit, status: "collected" };
    const cells = scoreBlocks.get(column.column) ?? data.record.codes.map((): PlannedCell => null);
    for (const [code, incoming] of Object.entries(form.accepted)) {
      const row = rowOfCode.get(code);
      if (row === undefined) continue;
      const key = differenceKey(column.unit, code);
      const current = pending.has(key) ? pending.get(key) : blankToNull(data.values[row]?.[column.column]);
      if (sameScore(current, incoming)) {
        report.taken++;
        continue;
      }
      const isBlank = current === null || current === undefined;
      const overwritten = !isBlank && input.overwrite.has(key);
      if (!isBlank) report.differences.push({ key, unit: column.unit, code, current, incoming, overwritten });
      if (isBlank || overwritten) {
        cells[row - FIRST_CRITERION_ROW] = typeof incoming === "number" ? incoming : text(incoming);
        pending.set(key, incoming);
        report.taken++;
        report.written++;
        scoresWritten++;
      }
    }
    scoreBlocks.set(column.column, cells);
    for (const code of new Set([...Object.keys(form.evidence), ...Object.keys(form.explanations)])) {
      evidence.put(column.unit, code, form.evidence[code] ?? "", form.explanations[code] ?? "", form.file, input.collectedAt);
    }
    reports.push(report);
  }

  const sheets: SheetPlan[] = [];
  const blocks = [...scoreBlocks].filter(([, cells]) => cells.some((cell) => cell !== null));
  if (blocks.length > 0) {
    const scoring = emptySheetPlan(data.record.scoringSheet, false);
    for (const [column, cells] of blocks) scoring.blocks.push({ row: FIRST_CRITERION_ROW, column, cells: cells.map((cell) => [cell]) });
    scoring.protect = true;
    sheets.push(scoring);
  }
  const evidencePlan = evidence.plan();
  if (evidencePlan) sheets.push(evidencePlan);
  return { reports, plan: { sheets, names: [], settings: [] }, scoresWritten, evidenceRowsWritten: evidence.written };
}

/** Equal scores are not written again: numbers to the micro-point, N/A words however spelled. */
function sameScore(current: unknown, incoming: number | string): boolean {
  if (typeof incoming === "number") return typeof current === "number" && toMicro(current) === toMicro(incoming);
  return typeof current === "string" && foldText(current) === foldText(incoming);
}

function blankToNull(value: unknown): unknown {
  return value === undefined || value === "" ? null : value;
}

function unitKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

function unknownUnit(file: string, unit: string, sheet: string, hasSelf: boolean): Bilingual {
  if (!hasSelf) {
    return bilingual(
      `Trang "${sheet}" không có cột Tự đánh giá để nhận điểm; tạo lại mẫu chấm điểm có cột Tự đánh giá.`,
      `Sheet "${sheet}" has no self-assessed column to take the scores; make the scoring template again with a self-assessed column.`,
    );
  }
  return bilingual(
    `Phiếu "${file}" của đơn vị "${unit}", không có trong trang "${sheet}"; thêm đơn vị vào mẫu chấm điểm (chạy lại Tạo mẫu) rồi thu lại.`,
    `Form "${file}" is for unit "${unit}", which is not in sheet "${sheet}"; add the unit to the scoring template (run Create template again) and collect again.`,
  );
}

/** The evidence sheet: one row per unit and code, updated in place, new rows appended. */
class EvidenceTable {
  private readonly rows: string[][];
  private readonly rowOf = new Map<string, number>();
  private readonly changed = new Set<number>();
  private readonly exists: boolean;
  written = 0;

  constructor(values?: readonly (readonly unknown[])[]) {
    this.exists = values !== undefined;
    const body = (values ?? [])
      .slice(1)
      .map((row) => EVIDENCE_HEADERS.map((_, c) => (row[c] === null || row[c] === undefined ? "" : String(row[c]))));
    this.rows = body;
    body.forEach((row, index) => this.rowOf.set(differenceKey(unitKey(row[0]), row[1]), index));
  }

  put(unit: string, code: string, evidence: string, explanation: string, file: string, at: string): void {
    const key = differenceKey(unitKey(unit), code);
    const index = this.rowOf.get(key);
    if (index !== undefined) {
      const row = this.rows[index];
      if (row[2] === evidence && row[3] === explanation) return;
      this.rows[index] = [unit, code, evidence, explanation, file, at];
      this.changed.add(index);
      return;
    }
    this.rowOf.set(key, this.rows.length);
    this.changed.add(this.rows.length);
    this.rows.push([unit, code, evidence, explanation, file, at]);
  }

  plan(): SheetPlan | undefined {
    if (this.changed.size === 0) return undefined;
    const sheet = emptySheetPlan(EVIDENCE_SHEET_NAME, !this.exists);
    if (!this.exists) {
      sheet.blocks.push({ row: 0, column: 0, cells: [EVIDENCE_HEADERS.map((header) => text(header))] });
      sheet.formats.push({ row: 0, column: 0, rowCount: 1, columnCount: EVIDENCE_HEADERS.length, bold: true, fill: "#DDEBF7" });
      sheet.columnWidths = [140, 50, 260, 260, 160, 110].map((width, column) => ({ column, width }));
      sheet.freeze = { rows: 1, columns: 0 };
    }
    // Changed rows in runs, so the request grows with what changed, not with the sheet.
    const indexes = [...this.changed].sort((a, b) => a - b);
    for (let i = 0; i < indexes.length; i++) {
      let end = i;
      while (end + 1 < indexes.length && indexes[end + 1] === indexes[end] + 1) end++;
      const cells = indexes
        .slice(i, end + 1)
        .map((index) => this.rows[index].map((value): PlannedCell => (value === "" ? text("") : text(value))));
      sheet.blocks.push({ row: 1 + indexes[i], column: 0, cells });
      i = end;
    }
    this.written = indexes.length;
    return sheet;
  }
}
