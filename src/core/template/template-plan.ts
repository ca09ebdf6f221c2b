import { cellRef, quoteSheet } from "../plan/a1";
import type { BandCells } from "../rules";
import { bilingual, type Bilingual, type Language } from "../bilingual";
import { ROW_KIND_LABEL } from "../rubric/row-kind";
import { buildRubricTable } from "../table/rubric-table";
import { rubricRows } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import { emptySheetPlan, text, type NamePlan, type WorkbookPlan } from "../plan/workbook-plan";
import { bandsOf, bandsRangeOf, planRubricSheet } from "./rubric-sheet-plan";
import {
  CODE_COLUMN,
  FIRST_CRITERION_ROW,
  REGISTRY_SETTING,
  summaryRow,
  type ScoreColumnKind,
  type ScoringSheetRecord,
} from "./scoring-layout";
import { COLUMN_KIND_LABELS, ORPHAN_SHEET_BASE_NAME, rubricSheetBaseName, scoringSheetBaseName } from "./sheet-labels";
import { freeDefinedName, freeSheetName } from "./sheet-names";
import { SHEET_STYLE } from "./sheet-style";
import { carryKey, planScoringSheet, TARGET_KIND_CODE, TARGET_VALUE_CODE, type TargetSpec } from "./scoring-sheet-plan";

export type { TargetSpec };
import { layoutOf, layoutProblem } from "./verify-layout";
import { RECORD_VERSION } from "./sheet-record";
import { rubricFamily } from "../rubric/rubric-family";
import { TemplateError } from "./template-error";
import { carryByCode, type CodeCarryProblem } from "./carry-by-code";
import { unitDisplayName, unitNameKey } from "../text-match";

export interface TemplateRequest {
  rubric: Rubric;
  units: string[];
  columns: ScoreColumnKind[];
  unitGroup?: string;
  target?: TargetSpec;
  /** The language of the sheets' labels (the pane's); Vietnamese by default. */
  language?: Language;
}

export interface WorkbookState {
  /** Sheet names in workbook order. */
  sheets: string[];
  /** Workbook-scoped defined names and their formulas ("='Chấm điểm'!$A$5:$D$90"). */
  definedNames: { name: string; formula: string }[];
  registry: ScoringSheetRecord[];
}

/** Registry records whose sheet still exists, with the sheet's current name (users rename sheets). */
export function liveRecords(state: WorkbookState): ScoringSheetRecord[] {
  const sheets = new Set(state.sheets);
  const formulas = new Map(state.definedNames.map((item) => [item.name.toLowerCase(), item.formula]));
  return state.registry.flatMap((record) => {
    const name = sheetOfReference(formulas.get(record.rubricName.toLowerCase()) ?? "");
    return name !== undefined && sheets.has(name) ? [{ ...record, scoringSheet: name }] : [];
  });
}

/** The rubric sheet of a record as it is now (found through its bands name), or undefined when it was deleted. */
function liveRubricSheet(record: ScoringSheetRecord, state: WorkbookState): string | undefined {
  const formula = state.definedNames.find((item) => item.name.toLowerCase() === record.bandsName.toLowerCase())?.formula;
  const sheet = sheetOfReference(formula ?? "");
  return sheet !== undefined && state.sheets.includes(sheet) ? sheet : undefined;
}

/** The sheet a reference formula points at, or undefined for #REF! and anything else. */
export function sheetOfReference(formula: string): string | undefined {
  // A deleted sheet leaves "=#REF!$A$5:…": an unquoted name never starts with "#" there.
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'=#][^!']*))!\$?[A-Z]+\$?\d+/.exec(formula.trim());
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/**
 * Which existing scoring sheet matters for this request: the same rubric, version, units and columns
 * (the command was run again: rewrite in place, keep every input), or the latest sheet of the same
 * rubric family (a new version or new units: make a new sheet and carry the scores over).
 */
export function findPredecessor(
  request: TemplateRequest,
  state: WorkbookState,
): { record: ScoringSheetRecord; inPlace: boolean } | undefined {
  const records = liveRecords(state);
  const unitKeys = request.units.map(unitNameKey);
  const same = records.find(
    (record) =>
      record.rubricId === request.rubric.id &&
      record.rubricVersion === request.rubric.version &&
      sameList(record.units.map(unitNameKey), unitKeys) &&
      sameList(record.columns, orderedColumns(request.columns)),
  );
  if (same) return { record: same, inPlace: true };
  const family = rubricFamily(request.rubric.id);
  const previous = records.filter((record) => rubricFamily(record.rubricId) === family).pop();
  return previous ? { record: previous, inPlace: false } : undefined;
}

export interface TemplatePlanResult {
  plan: WorkbookPlan;
  record: ScoringSheetRecord;
  keptScores: number;
  orphaned: OrphanedScore[];
  orphanSheet?: string;
  /** The same sheet was rewritten in place (the command was run again). */
  updated: boolean;
  /** A new sheet took its scores from this earlier one (a newer rubric version, other units). */
  carriedFrom?: string;
}

/** Why a score found no place in the new sheet. It stays on the old sheet and is listed, never lost. */
export type OrphanReason = CodeCarryProblem | "columnRemoved";

export interface OrphanedScore {
  code: string;
  unit: string;
  column: ScoreColumnKind;
  value: unknown;
  reason: OrphanReason;
  /** For notValidUnderNewRubric: what the new rubric says, in both languages. */
  detail?: Bilingual;
}

export function planTemplate(
  request: TemplateRequest,
  state: WorkbookState,
  predecessor?: { record: ScoringSheetRecord; inPlace: boolean; values: readonly (readonly unknown[])[] },
  now: Date = new Date(),
): TemplatePlanResult {
  checkRequest(request);
  // One spelling per unit: the sheet's own when it is rewritten in place (its headers must match),
  // else the canonical one, so "Xã An Bình" pasted with NFD accents or a non-breaking space is
  // the same unit as the one typed.
  const units = predecessor?.inPlace ? [...predecessor.record.units] : request.units.map(unitDisplayName);
  request = { ...request, units };
  if (predecessor) {
    const problem = layoutProblem(predecessor.record, predecessor.values);
    if (problem) throw new TemplateError(problem);
  }
  const { rubric } = request;
  const unitGroup =
    request.unitGroup && rubric.gradeBands[request.unitGroup]
      ? request.unitGroup
      : Object.keys(rubric.gradeBands).includes("default")
        ? "default"
        : Object.keys(rubric.gradeBands)[0];
  const taken = state.sheets;
  const definedNames = state.definedNames.map((item) => item.name);
  const inPlace = predecessor?.inPlace === true;
  const scoringName = inPlace ? predecessor.record.scoringSheet : freeSheetName(scoringSheetBaseName(rubric), taken);
  // A rerun finds the rubric sheet through its bands name; if the user deleted it (the name reads
  // #REF! and every grade #VALUE!), the rerun builds it again and points the name at it.
  const rubricSheetGone = inPlace && liveRubricSheet(predecessor.record, state) === undefined;
  const rubricSheetName =
    inPlace && !rubricSheetGone
      ? liveRubricSheet(predecessor.record, state)!
      : freeSheetName(rubricSheetBaseName(rubric), [...taken, scoringName]);
  const rubricName = inPlace ? predecessor.record.rubricName : freeDefinedName(`${rubric.id}_Rubric`, definedNames);
  const bandsName = inPlace ? predecessor.record.bandsName : freeDefinedName(`${rubric.id}_Bands`, [...definedNames, rubricName]);

  const carry =
    predecessor && !inPlace
      ? carryOver(predecessor.record, predecessor.values, request)
      : { values: new Map<string, unknown>(), kept: 0, orphaned: [] };
  const { sheet, layout, rows } = planScoringSheet({
    rubric,
    units: request.units,
    columns: request.columns,
    target: request.target,
    sheetName: scoringName,
    rubricName,
    bandsName,
    carried: carry.values,
    inPlace,
    language: request.language,
    bands: bandsReference(
      inPlace ? predecessor.record.rubricSheet : rubricSheetName,
      inPlace ? predecessor.record.bands.length : bandsOf(rubric, unitGroup).length,
      inPlace ? state.definedNames.find((item) => item.name.toLowerCase() === bandsName.toLowerCase())?.formula : undefined,
    ),
  });
  const sheets = [sheet];
  const names: NamePlan[] = [];
  if (!inPlace) {
    const rubricSheet = planRubricSheet(rubric, unitGroup, rubricSheetName, request.language);
    sheets.push(rubricSheet.sheet);
    names.push(
      {
        name: rubricName,
        sheet: scoringName,
        range: { row: FIRST_CRITERION_ROW, column: CODE_COLUMN, rowCount: rows.length, columnCount: 4 },
        comment: `PAR INDEX: bộ tiêu chí ${rubric.id} (mã, loại, tối đa, bước)`,
      },
      {
        name: bandsName,
        sheet: rubricSheetName,
        range: rubricSheet.bandsRange,
        comment: `PAR INDEX: xếp loại ${rubric.id} (${unitGroup})`,
      },
    );
  } else if (rubricSheetGone) {
    const rubricSheet = planRubricSheet(rubric, unitGroup, rubricSheetName, request.language);
    sheets.push(rubricSheet.sheet);
    const exists = state.definedNames.some((item) => item.name.toLowerCase() === bandsName.toLowerCase());
    names.push({
      name: bandsName,
      sheet: rubricSheetName,
      range: rubricSheet.bandsRange,
      comment: `PAR INDEX: xếp loại ${rubric.id} (${unitGroup})`,
      repoint: exists,
    });
  }
  let orphanSheet: string | undefined;
  if (carry.orphaned.length > 0 && predecessor) {
    orphanSheet = freeSheetName(ORPHAN_SHEET_BASE_NAME, [...taken, scoringName, rubricSheetName]);
    sheets.push(orphanSheetPlan(orphanSheet, predecessor.record, carry.orphaned));
  }
  const record: ScoringSheetRecord = {
    version: RECORD_VERSION,
    scoringSheet: scoringName,
    rubricSheet: rubricSheetName,
    rubricId: rubric.id,
    rubricTitle: { vi: rubric.title.vi, en: rubric.title.en ?? rubric.title.vi },
    rubricVersion: rubric.version,
    rubricYear: rubric.year,
    unitGroup,
    bands: bandsOf(rubric, unitGroup).map((band) => ({ label: band.label.vi, min: band.minPercent / 100 })),
    units: [...request.units],
    columns: layout.scoreColumns.length > 0 ? orderedColumns(request.columns) : [],
    codes: rows.map((row) => row.code),
    rubricName,
    bandsName,
    createdAt: inPlace ? predecessor.record.createdAt : now.toISOString(),
    highlightRuleIds: inPlace ? predecessor.record.highlightRuleIds : undefined,
  };
  return {
    plan: { sheets, names, settings: [registrySetting(state.registry, record)], activate: scoringName },
    record,
    keptScores: carry.kept,
    orphaned: carry.orphaned,
    orphanSheet,
    updated: inPlace,
    carriedFrom: predecessor && !inPlace ? predecessor.record.scoringSheet : undefined,
  };
}

/**
 * The grade bands' cells as a reference for the scoring sheet's formulas. On an in-place rerun the
 * rubric sheet is not rewritten and may have been renamed: its bands name tells where it is now.
 */
function bandsReference(rubricSheet: string, count: number, nameFormula: string | undefined): BandCells[] {
  const sheet = quoteSheet((nameFormula === undefined ? undefined : sheetOfReference(nameFormula)) ?? rubricSheet);
  const range = bandsRangeOf(count);
  const at = (band: number, column: number) => `${sheet}!${cellRef(range.row + band, range.column + column, { row: true, column: true })}`;
  return Array.from({ length: count }, (_, band) => ({ label: at(band, 0), min: at(band, 1) }));
}

/** The registry with `record` put in place of the one with the same key (its rubric range name). */
export function registrySetting(registry: readonly ScoringSheetRecord[], record: ScoringSheetRecord): { key: string; value: string } {
  const others = registry.filter((existing) => existing.rubricName.toLowerCase() !== record.rubricName.toLowerCase());
  return { key: REGISTRY_SETTING, value: JSON.stringify([...others, record]) };
}

function checkRequest(request: TemplateRequest): void {
  const units = request.units.map(unitDisplayName);
  if (units.length === 0 || units.some((unit) => unit === "")) {
    throw new TemplateError(
      bilingual("Chưa có đơn vị nào; nhập tên đơn vị, mỗi dòng một đơn vị.", "No units yet; enter the unit names, one per line."),
    );
  }
  // Compared as the pane compares them: case, Unicode composition and spacing do not make two units.
  const seen = new Map<string, number>();
  units.forEach((unit, index) => {
    const first = seen.get(unitNameKey(unit));
    if (first !== undefined) {
      throw new TemplateError(
        bilingual(
          `Đơn vị "${unit}" bị trùng (dòng ${first + 1} và ${index + 1}, chỉ khác chữ hoa, dấu cách hoặc cách gõ dấu); mỗi đơn vị chỉ nhập một lần.`,
          `Unit "${unit}" is listed twice (lines ${first + 1} and ${index + 1}, differing only in case, spacing or how the accents were typed); list each unit once.`,
        ),
      );
    }
    seen.set(unitNameKey(unit), index);
  });
  if (request.columns.length === 0) {
    throw new TemplateError(
      bilingual(
        "Chọn ít nhất một cột điểm (tự đánh giá, thẩm định hoặc dự kiến).",
        "Choose at least one score column (self-assessed, appraised or projected).",
      ),
    );
  }
  const columns = request.units.length * new Set(request.columns).size;
  if (columns > 3000) {
    throw new TemplateError(
      bilingual(
        `Quá nhiều cột điểm (${columns}); chia các đơn vị thành nhiều mẫu.`,
        `Too many score columns (${columns}); split the units over several templates.`,
      ),
    );
  }
}

function orderedColumns(columns: readonly ScoreColumnKind[]): ScoreColumnKind[] {
  return (["self", "appraised", "projected"] as const).filter((kind) => columns.includes(kind));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

interface Carry {
  values: Map<string, unknown>;
  kept: number;
  orphaned: TemplatePlanResult["orphaned"];
}

/**
 * Reads every entered score (and target) of the old sheet and decides where each one goes: to the
 * same unit, column and code in the new sheet when the new rubric accepts it there; otherwise to the
 * list of scores without a place (a removed code, a removed unit or column, or a number the new
 * rubric's maximum, step or levels no longer allow). Text is carried as typed: Validate reports it.
 */
function carryOver(record: ScoringSheetRecord, values: readonly (readonly unknown[])[], request: TemplateRequest): Carry {
  const layout = layoutOf(record);
  const oldParents = new Set(record.codes.map((code) => code.slice(0, Math.max(0, code.lastIndexOf(".")))).filter(Boolean));
  const newRows = rubricRows(request.rubric);
  const newTable = buildRubricTable(newRows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]));
  // The old sheet's unit found by key: the same unit even if it was spelled with other spaces or accents.
  const newUnit = new Map(request.units.map((unit) => [unitNameKey(unit), unit]));
  const carry: Carry = { values: new Map(), kept: 0, orphaned: [] };
  for (const column of layout.scoreColumns) {
    const unit = newUnit.get(unitNameKey(column.unit));
    const columnKept = unit !== undefined && request.columns.includes(column.kind);
    record.codes.forEach((code, index) => {
      if (oldParents.has(code)) return;
      const value = values[FIRST_CRITERION_ROW + index]?.[column.column];
      if (value === null || value === undefined || value === "") return;
      const orphan = (reason: OrphanReason, detail?: Bilingual) =>
        carry.orphaned.push({ code, unit: column.unit, column: column.kind, value, reason, detail });
      if (!columnKept) return orphan("columnRemoved");
      const verdict = carryByCode(newTable, code, value);
      if (!verdict.carried) return orphan(verdict.reason, verdict.detail);
      carry.values.set(carryKey(unit ?? column.unit, column.kind, code), value);
      carry.kept++;
    });
    for (const [field, row] of [
      [TARGET_KIND_CODE, summaryRow(layout, "targetKind")],
      [TARGET_VALUE_CODE, summaryRow(layout, "targetValue")],
    ] as const) {
      const value = values[row]?.[column.column];
      if (columnKept && value !== null && value !== undefined && value !== "")
        carry.values.set(carryKey(unit ?? column.unit, column.kind, field), value);
    }
  }
  return carry;
}

const ORPHAN_REASON: Record<OrphanReason, Bilingual> = {
  codeRemoved: { vi: "Mã không còn trong bộ tiêu chí mới", en: "Code no longer in the new rubric" },
  columnRemoved: { vi: "Đơn vị hoặc cột điểm không còn trong mẫu mới", en: "Unit or score column not in the new template" },
  notValidUnderNewRubric: { vi: "Không hợp lệ theo thang điểm mới", en: "Not valid under the new scale" },
};

function orphanSheetPlan(name: string, record: ScoringSheetRecord, orphaned: TemplatePlanResult["orphaned"]) {
  const sheet = emptySheetPlan(name, true);
  sheet.tabColor = SHEET_STYLE.scoringTab;
  sheet.blocks.push({
    row: 0,
    column: 0,
    cells: [
      [
        text(
          `Điểm không còn chỗ trong mẫu mới — chép từ trang "${record.scoringSheet}" (vẫn giữ nguyên ở đó), không bị xóa. / Scores with no place in the new template, copied from "${record.scoringSheet}" (still there), not deleted.`,
        ),
      ],
    ],
  });
  sheet.blocks.push({
    row: 2,
    column: 0,
    cells: [
      ["Đơn vị (Unit)", "Cột (Column)", "Mã (Code)", "Điểm (Score)", "Lý do (Reason)"].map(text),
      ...orphaned.map((item) => [
        text(item.unit),
        text(`${COLUMN_KIND_LABELS.vi[item.column]} (${COLUMN_KIND_LABELS.en[item.column]})`),
        text(item.code),
        typeof item.value === "number" ? item.value : text(String(item.value)),
        text(
          item.detail
            ? `${ORPHAN_REASON[item.reason].vi}: ${item.detail.vi}`
            : `${ORPHAN_REASON[item.reason].vi} (${ORPHAN_REASON[item.reason].en})`,
        ),
      ]),
    ],
  });
  sheet.formats.push(
    { row: 0, column: 0, rowCount: 1, columnCount: 1, bold: true },
    { row: 2, column: 0, rowCount: 1, columnCount: 5, bold: true, fill: SHEET_STYLE.header },
    { row: 3, column: 0, rowCount: orphaned.length, columnCount: 3, numberFormat: "@" },
  );
  sheet.columnWidths = [180, 180, 80, 90, 420].map((width, column) => ({ column, width }));
  return sheet;
}
