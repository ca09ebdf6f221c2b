import { fromMicro } from "../decimal";
import { cellRef, columnLetter } from "../plan/a1";
import { formula, text, type PlannedCell } from "../plan/workbook-plan";
import { ROW_KIND_LABEL } from "../rubric/row-kind";
import { rubricRows, type RubricRow } from "../rubric/rubric-rows";
import type { Rubric } from "../rubric/schema";
import {
  applicableMaxFormula,
  assessedLeafFormula,
  assessedMaxFormula,
  blankUntilAssessedFormula,
  entryValueFormula,
  evidenceMissingFormula,
  explanationMissingFormula,
  formulaInCellFormula,
  leafPointsFormula,
  leafStateFormula,
  nothingAssessedFormula,
  textNumberRestFormula,
} from "../rules/native-score-formulas";
import { acceptedEntryFormula, entryRuleValues } from "../rules/entry-validation";
import { notApplicableListText } from "../rules/not-applicable";
import { VALIDATION_LIMITS, clip } from "../rules/validation-limits";
import { scoreErrorMessage, scorePromptMessage } from "../rubric/score-entry-hint";
import { LeafState } from "../scores/leaf-state";
import { buildRubricTable, type RubricNode, type RubricTable } from "../table/rubric-table";
import {
  FIRST_HELPER_COLUMN,
  FIRST_NODE_ROW,
  FORM_COLUMNS as C,
  FORM_FORMAT_VERSION,
  FORM_KIND,
  FORM_SHEET_NAME,
  HEADERS,
  HEADER_ROW,
  IDENTITY_KEYS,
  IDENTITY_NAMES,
  IDENTITY_SHEET_NAME,
  INSTRUCTIONS_ROW,
  LAST_HELPER_COLUMN,
  NOT_APPLICABLE_LIST_CELL,
  PERIOD_ROW,
  RUBRIC_ROW,
  SUMMARY_LABELS,
  SUMMARY_NAMES,
  TITLE_ROW,
  UNIT_ROW,
  summaryRowOf,
  type FormIdentity,
  type SummaryName,
} from "./form-layout";
import { FORM_STYLE, FORM_TEXT, type FormCellStyle } from "./form-text";
import { rubricFingerprint } from "./fingerprint";

/** Defined with the styles it types (form-text.ts), so the two files do not import each other. */
export type { FormCellStyle } from "./form-text";

export interface FormRequest {
  rubric: Rubric;
  unit: string;
  /** "Năm 2026", "6 tháng đầu năm 2026"... */
  period?: string;
  /** yyyy-mm-dd */
  deadline?: string;
}

export interface FormCell {
  row: number;
  column: number;
  value: PlannedCell;
  style?: FormCellStyle;
}

export interface FormValidation {
  row: number;
  column: number;
  /** Formula relative to this cell, without "=". */
  formula: string;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface FormConditionalFormat {
  /** "H8:H160" */
  range: string;
  /** Relative to the range's top-left cell, without "=". */
  formula: string;
  fill: string;
  fontColor: string;
  purpose: string;
}

/**
 * Everything a form workbook holds, as plain data: the xlsx writer (src/xlsx) only translates it.
 * Tests read formulas, validations and identity here without any spreadsheet library.
 */
export interface FormPlan {
  sheetName: string;
  cells: FormCell[];
  /** Width of each column in characters (what Excel shows as the column width). */
  columnWidths: number[];
  hiddenColumns: number[];
  /** Rows that need more height than one line, with their height in points. */
  rowHeights: { row: number; height: number }[];
  merges: { row: number; column: number; rowCount: number; columnCount: number }[];
  validations: FormValidation[];
  conditionalFormats: FormConditionalFormat[];
  freezeRows: number;
  printTitleRow: number;
  identitySheetName: string;
  identity: FormIdentity;
  /** Workbook names pointing at the identity values (row in the identity sheet). */
  names: { name: string; identityRow: number }[];
  /** Where the collector and the LibreOffice tests find things. */
  layout: FormLayoutInfo;
}

export interface FormLayoutInfo {
  firstNodeRow: number;
  nodeCount: number;
  codes: string[];
  leafRows: number[];
  summaryRows: Record<SummaryName, number>;
}

export function planForm(request: FormRequest): FormPlan {
  const { rubric } = request;
  const rows = rubricRows(rubric);
  const table = buildRubricTable(rows.map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]));
  const cells: FormCell[] = [];
  const put = (row: number, column: number, value: PlannedCell, style?: FormCellStyle) => cells.push({ row, column, value, style });

  planHeading(request, put);
  HEADERS.forEach((label, column) => put(HEADER_ROW, column, text(label), FORM_STYLE.header));
  // Read by every score cell's data validation (entry-validation.ts), generated from the N/A words.
  put(NOT_APPLICABLE_LIST_CELL.row, NOT_APPLICABLE_LIST_CELL.column, text(notApplicableListText({ blank: true })));

  const validations: FormValidation[] = [];
  rows.forEach((row, index) => planNodeRow(row, table.nodes[index], index, table, put, validations));

  const summaryRows = {} as Record<SummaryName, number>;
  for (const name of SUMMARY_NAMES) summaryRows[name] = summaryRowOf(rows.length, name);
  planSummary(table, summaryRows, rows.length, put);

  const lastNodeRow = FIRST_NODE_ROW + rows.length - 1;
  const identity = formIdentity(request, rows);
  const columnWidths = [7, 9, 7, 12, 44, 16, 18, 10, 22, 24, 22, 2, 4, 6, 6, 6, 6, 4, 4, 4, 6, 4, 4, 8, 8, 12];
  return {
    sheetName: FORM_SHEET_NAME,
    cells,
    columnWidths,
    hiddenColumns: range(FIRST_HELPER_COLUMN, LAST_HELPER_COLUMN),
    rowHeights: [
      { row: INSTRUCTIONS_ROW, height: 58 },
      { row: HEADER_ROW, height: 32 },
      ...wrappedRowHeights(cells, columnWidths),
      // The note beside the total (entries to fix, the first one's cell and criterion) gets two lines.
      { row: summaryRows.total, height: 28 },
    ],
    merges: [
      ...[TITLE_ROW, UNIT_ROW, RUBRIC_ROW, PERIOD_ROW, INSTRUCTIONS_ROW].map((row) => ({
        row,
        column: 0,
        rowCount: 1,
        columnCount: C.check + 1,
      })),
      { row: summaryRows.total, column: C.evidence, rowCount: 1, columnCount: C.check - C.evidence + 1 },
    ],
    validations,
    conditionalFormats: conditionalFormats(lastNodeRow, summaryRows),
    freezeRows: HEADER_ROW + 1,
    printTitleRow: HEADER_ROW,
    identitySheetName: IDENTITY_SHEET_NAME,
    identity,
    names: Object.entries(IDENTITY_NAMES).map(([key, name]) => ({
      name: name as string,
      identityRow: identityRowOf(key as keyof FormIdentity),
    })),
    layout: {
      firstNodeRow: FIRST_NODE_ROW,
      nodeCount: rows.length,
      codes: rows.map((row) => row.code),
      leafRows: rows.flatMap((row, index) => (row.isLeaf ? [FIRST_NODE_ROW + index] : [])),
      summaryRows,
    },
  };
}

type Put = (row: number, column: number, value: PlannedCell, style?: FormCellStyle) => void;

function planHeading(request: FormRequest, put: Put): void {
  const { rubric } = request;
  put(TITLE_ROW, 0, text(FORM_TEXT.title), FORM_STYLE.title);
  put(UNIT_ROW, 0, text(`${FORM_TEXT.unit}: ${request.unit}`), FORM_STYLE.unit);
  put(
    RUBRIC_ROW,
    0,
    text(`${FORM_TEXT.rubric}: ${rubric.title.vi} (${rubric.id}, ${FORM_TEXT.version} ${rubric.version})`),
    FORM_STYLE.plain,
  );
  const period = [
    request.period ? `${FORM_TEXT.period}: ${request.period}` : "",
    request.deadline ? `${FORM_TEXT.deadline}: ${vietnameseDate(request.deadline)}` : "",
  ]
    .filter(Boolean)
    .join("    ");
  put(PERIOD_ROW, 0, text(period), FORM_STYLE.plain);
  put(INSTRUCTIONS_ROW, 0, text(FORM_TEXT.instructions), FORM_STYLE.instructions);
}

function planNodeRow(row: RubricRow, node: RubricNode, index: number, table: RubricTable, put: Put, validations: FormValidation[]): void {
  const r = FIRST_NODE_ROW + index;
  const criterion = row.criterion;
  const parentStyle = row.isLeaf ? {} : { bold: true, fill: row.depth === 1 ? FORM_STYLE.areaFill : FORM_STYLE.criterionFill };
  const fixed = (extra: FormCellStyle = {}): FormCellStyle => ({ ...FORM_STYLE.fixed, ...parentStyle, ...extra });
  put(r, C.code, text(row.code), fixed({ numberFormat: "@" }));
  put(r, C.kind, text(ROW_KIND_LABEL[row.kind]), fixed({ numberFormat: "@" }));
  put(r, C.max, row.max, fixed({ numberFormat: FORM_STYLE.points }));
  const step = row.stepOrAllowed;
  put(
    r,
    C.stepOrAllowed,
    step === null ? null : text(typeof step === "number" ? String(step).replace(".", ",") : step),
    fixed({ numberFormat: "@", horizontal: "right" }),
  );
  put(r, C.name, text(criterion.name.vi), fixed({ numberFormat: "@", wrap: true }));
  put(r, C.responsible, criterion.responsible ? text(criterion.responsible) : null, fixed({ numberFormat: "@", wrap: true }));
  put(r, C.evidenceHint, criterion.evidence ? text(criterion.evidence) : null, fixed({ numberFormat: "@", wrap: true }));

  const at = (column: number) => cellRef(r, column);
  const state = at(C.state),
    points = at(C.points);
  if (!row.isLeaf) {
    const childCells = (column: number) => node.children.map((child) => cellRef(FIRST_NODE_ROW + table.nodes[child].row, column));
    put(r, C.points, formula(`=${parentPointsFormula(node, childCells(C.points))}`));
    put(r, C.assessedLeaves, formula(`=${sumOf(childCells(C.assessedLeaves))}`));
    // Blank until something under it is assessed, as the scoring sheet's subtotals (PAR.AREA).
    put(
      r,
      C.score,
      formula(`=${blankUntilAssessedFormula(`${at(C.assessedLeaves)}=0`, points)}`),
      fixed({ numberFormat: FORM_STYLE.points }),
    );
    for (const column of [C.evidence, C.explanation, C.check]) put(r, column, null, fixed());
    return;
  }
  const rule = { maxMicro: node.maxMicro, stepMicro: node.stepMicro, allowedMicro: node.allowedMicro };
  const score = at(C.score);
  // Survey points come from the province's survey, not from the unit: the cell is not an input.
  const selfScored = row.kind !== "survey";
  put(r, C.score, null, selfScored ? FORM_STYLE.scoreInput : fixed({ fill: FORM_STYLE.surveyFill }));
  put(r, C.evidence, null, selfScored ? FORM_STYLE.textInput : fixed({ fill: FORM_STYLE.surveyFill }));
  put(r, C.explanation, null, selfScored ? FORM_STYLE.textInput : fixed({ fill: FORM_STYLE.surveyFill }));
  const value = at(C.entryValue),
    typedFormula = at(C.typedFormula);
  put(r, C.textRest, formula(`=${textNumberRestFormula(score)}`));
  put(r, C.entryValue, formula(`=${entryValueFormula(score, at(C.textRest))}`));
  put(r, C.typedFormula, formula(`=${formulaInCellFormula(score)}`));
  put(r, C.state, formula(`=${leafStateFormula(score, value, typedFormula, rule)}`));
  put(r, C.points, formula(`=${leafPointsFormula(value, state)}`));
  put(r, C.assessedLeaves, formula(`=${assessedLeafFormula(state)}`));
  const onScale = node.category === "normal";
  put(r, C.scalePoints, onScale ? formula(`=${points}`) : 0);
  put(r, C.applicableMax, onScale ? formula(`=${applicableMaxFormula(state, node.maxMicro)}`) : 0);
  put(r, C.assessedMax, onScale ? formula(`=${assessedMaxFormula(state, node.maxMicro)}`) : 0);
  const needsEvidence = node.category !== "penalty";
  put(r, C.evidenceMissing, needsEvidence ? formula(`=IF(${evidenceMissingFormula(state, points, at(C.evidence))},1,0)`) : 0);
  put(
    r,
    C.explanationMissing,
    onScale ? formula(`=IF(${explanationMissingFormula(state, points, node.maxMicro, at(C.explanation))},1,0)`) : 0,
  );
  put(
    r,
    C.check,
    formula(
      `=IF(${typedFormula}=1,"${FORM_TEXT.checkFormula}",IF(${state}=${LeafState.Invalid},"${FORM_TEXT.checkInvalid}${formatPoints(row.max)}${FORM_TEXT.checkInvalidEnd}",` +
        `IF(${at(C.evidenceMissing)}=1,"${FORM_TEXT.checkEvidence}",IF(${at(C.explanationMissing)}=1,"${FORM_TEXT.checkExplanation}",""))))`,
    ),
    fixed({ fontColor: FORM_STYLE.checkFont, wrap: true }),
  );
  if (!selfScored) return;
  // The rule's constants for the validation, which Excel limits to 255 characters of formula.
  const constants = entryRuleValues(rule);
  put(r, C.ruleMax, constants.maxMicro);
  put(r, C.ruleStep, constants.stepMicro);
  put(r, C.ruleAllowed, text(constants.allowedText));
  const ending = `. ${FORM_TEXT.prompt}`;
  validations.push({
    row: r,
    column: C.score,
    formula: acceptedEntryFormula(score, {
      max: at(C.ruleMax),
      step: at(C.ruleStep),
      allowed: at(C.ruleAllowed),
      notApplicableList: cellRef(NOT_APPLICABLE_LIST_CELL.row, NOT_APPLICABLE_LIST_CELL.column, { row: true, column: true }),
    }),
    promptTitle: clip(`${FORM_TEXT.criterion} ${row.code} (${FORM_TEXT.max} ${formatPoints(row.max)})`, VALIDATION_LIMITS.title),
    prompt: scorePromptMessage(criterion, "vi", ending),
    errorTitle: clip(`${FORM_TEXT.invalidScore} ${row.code}`, VALIDATION_LIMITS.title),
    error: scoreErrorMessage(criterion, "vi", ending),
  });
}

/**
 * A parent's points: the sum of its children's. Inside a bonus or penalty group every level is capped
 * at its max, as bonusAndPenalty caps it.
 */
function parentPointsFormula(node: RubricNode, children: readonly string[]): string {
  const sum = `ROUND(${sumOf(children)},6)`;
  return node.category === "normal" ? sum : `MIN(${sum},${fromMicro(node.maxMicro)})`;
}

/** SUM takes at most 255 arguments in Excel 2010; longer lists are summed in chunks. */
function sumOf(refs: readonly string[]): string {
  if (refs.length === 0) return "0";
  if (refs.length <= 200) return `SUM(${refs.join(",")})`;
  const chunks: string[] = [];
  for (let at = 0; at < refs.length; at += 200) chunks.push(`SUM(${refs.slice(at, at + 200).join(",")})`);
  return `SUM(${chunks.join(",")})`;
}

function planSummary(table: RubricTable, rows: Record<SummaryName, number>, nodeCount: number, put: Put): void {
  const column = (c: number) => `${columnLetter(c)}${FIRST_NODE_ROW + 1}:${columnLetter(c)}${FIRST_NODE_ROW + nodeCount}`;
  const value = (name: SummaryName) => cellRef(rows[name], C.score);
  const pointsOf = (index: number) => cellRef(FIRST_NODE_ROW + table.nodes[index].row, C.points);
  const bonus = table.bonusGroups.map((group) => pointsOf(group.node));
  const penalty = table.penaltyGroups.map((group) => pointsOf(group.node));
  const total = [`SUM(${column(C.scalePoints)})`, ...bonus.map((ref) => `+${ref}`), ...penalty.map((ref) => `-${ref}`)].join("");
  // Blank is not zero: total, lost points and index stay empty until a leaf is assessed, as on the
  // scoring sheet (the maxima are known before: they show).
  const nothing = nothingAssessedFormula(column(C.state));
  const formulas: Record<SummaryName, string> = {
    total: `=${blankUntilAssessedFormula(nothing, `ROUND(${total},6)`)}`,
    applicableMax: `=ROUND(SUM(${column(C.applicableMax)}),6)`,
    assessedMax: `=ROUND(SUM(${column(C.assessedMax)}),6)`,
    lost: `=${blankUntilAssessedFormula(nothing, `ROUND(SUM(${column(C.assessedMax)})-SUM(${column(C.scalePoints)}),6)`)}`,
    percent: `=${blankUntilAssessedFormula(nothing, `IF(${value("applicableMax")}>0,${value("total")}/${value("applicableMax")},"")`)}`,
    invalid: `=COUNTIF(${column(C.state)},${LeafState.Invalid})`,
    evidenceMissing: `=SUM(${column(C.evidenceMissing)})`,
    explanationMissing: `=SUM(${column(C.explanationMissing)})`,
  };
  for (const name of SUMMARY_NAMES) {
    const r = rows[name];
    put(r, C.name, text(SUMMARY_LABELS[name]), FORM_STYLE.summaryLabel);
    put(r, C.score, formula(formulas[name]), {
      ...FORM_STYLE.summaryValue,
      numberFormat: name === "percent" ? "0.00%" : name === "invalid" || name.endsWith("Missing") ? "0" : FORM_STYLE.points,
    });
  }
  // Next to the total: how many entries it leaves out and where the first one is (cell and criterion),
  // so a total never silently skips one.
  const invalid = value("invalid");
  const first = `MATCH(${LeafState.Invalid},${column(C.state)},0)`;
  const firstCell = `"${columnLetter(C.score)}"&(${FIRST_NODE_ROW}+${first})`;
  const firstCode = `INDEX(${column(C.code)},${first})`;
  put(
    rows.total,
    C.evidence,
    formula(
      `=IF(${invalid}>0,"${FORM_TEXT.totalSkips1}"&${invalid}&"${FORM_TEXT.totalSkips2}"&${firstCell}&"${FORM_TEXT.totalSkips3}"&${firstCode}&"${FORM_TEXT.totalSkips4}","")`,
    ),
    FORM_STYLE.totalWarning,
  );
}

function conditionalFormats(lastNodeRow: number, summaryRows: Record<SummaryName, number>): FormConditionalFormat[] {
  const span = (column: number) => `${cellRef(FIRST_NODE_ROW, column)}:${cellRef(lastNodeRow, column)}`;
  const top = (column: number) => cellRef(FIRST_NODE_ROW, column, { column: true });
  return [
    { range: span(C.score), formula: `${top(C.state)}=${LeafState.Invalid}`, ...FORM_STYLE.invalid, purpose: "invalidScore" },
    { range: span(C.evidence), formula: `${top(C.evidenceMissing)}=1`, ...FORM_STYLE.missing, purpose: "evidenceMissing" },
    { range: span(C.explanation), formula: `${top(C.explanationMissing)}=1`, ...FORM_STYLE.missing, purpose: "explanationMissing" },
    {
      range: cellRef(summaryRows.invalid, C.score),
      formula: `${cellRef(summaryRows.invalid, C.score)}>0`,
      ...FORM_STYLE.invalid,
      purpose: "invalidCount",
    },
  ];
}

function formIdentity(request: FormRequest, rows: RubricRow[]): FormIdentity {
  return {
    kind: FORM_KIND,
    formatVersion: FORM_FORMAT_VERSION,
    rubricId: request.rubric.id,
    rubricVersion: request.rubric.version,
    rubricTitle: request.rubric.title.vi,
    unit: request.unit,
    period: request.period ?? "",
    deadline: request.deadline ?? "",
    nodeCount: String(rows.length),
    fingerprint: rubricFingerprint(rows),
  };
}

/** Identity values sit in column B of the identity sheet, one key per row, in IDENTITY_KEYS order. */
export function identityRowOf(key: keyof FormIdentity): number {
  return IDENTITY_KEYS.indexOf(key);
}

/**
 * Spreadsheet programs do not all grow a row to fit wrapped text when they open a file (LibreOffice
 * keeps the stored height), so each rubric row gets the height its longest wrapped text needs.
 */
function wrappedRowHeights(cells: readonly FormCell[], widths: readonly number[]): { row: number; height: number }[] {
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (cell.row < FIRST_NODE_ROW || !cell.style?.wrap || cell.value === null || typeof cell.value === "number" || !("text" in cell.value))
      continue;
    // About 1.3 characters of Vietnamese text per unit of column width in 10-point Arial.
    const needed = Math.ceil(cell.value.text.length / (widths[cell.column] * 1.3));
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, needed));
  }
  return [...lines].filter(([, count]) => count > 1).map(([row, count]) => ({ row, height: count * 12.75 + 2 }));
}

function vietnameseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function formatPoints(value: number): string {
  return String(value).replace(".", ",");
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
