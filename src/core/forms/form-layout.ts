/**
 * Where things are on a self-assessment form (phiếu tự đánh giá). The maker writes here and the
 * collector reads here; a form whose columns or rows moved is recognised by its headers and codes,
 * never read blindly. Rows and columns are 0-based.
 */
export const FORM_SHEET_NAME = "Phiếu tự đánh giá";
/** The identity sheet: very hidden, so a user does not meet it (nor break it) by accident. */
export const IDENTITY_SHEET_NAME = "PAR_FORM";
/** What the identity sheet's `kind` says: the collector refuses any workbook without it. */
export const FORM_KIND = "PAR INDEX self-assessment form";
export const FORM_FORMAT_VERSION = "1";

export const FORM_COLUMNS = {
  code: 0,
  kind: 1,
  max: 2,
  stepOrAllowed: 3,
  name: 4,
  responsible: 5,
  evidenceHint: 6,
  score: 7,
  evidence: 8,
  explanation: 9,
  check: 10,
  // Helper columns, hidden and locked: each leaf's state and shares of the totals, so that every
  // total is a plain SUM or COUNTIF that any spreadsheet program computes alike.
  state: 12,
  points: 13,
  scalePoints: 14,
  applicableMax: 15,
  assessedMax: 16,
  evidenceMissing: 17,
  explanationMissing: 18,
  // What the score cell counts as (core/rules/form-entry): a text number's leftover characters, the
  // value counted, whether the cell holds a formula; then 1 per assessed leaf, summed on parent rows
  // so that a subtotal stays blank until something under it is assessed.
  textRest: 19,
  entryValue: 20,
  typedFormula: 21,
  assessedLeaves: 22,
  // The leaf's rule as constants, read by the score cell's data validation (core/rules/entry-validation):
  // max and step in micro-points, allowed scores as "|0|500000|". Added after the others so that forms
  // made before them keep every column the collector and the older helpers use.
  ruleMax: 23,
  ruleStep: 24,
  ruleAllowed: 25,
} as const;

export const FIRST_HELPER_COLUMN = 11;
export const LAST_HELPER_COLUMN = FORM_COLUMNS.ruleAllowed;
export const LAST_VISIBLE_COLUMN = FORM_COLUMNS.check;

export const TITLE_ROW = 0;
export const UNIT_ROW = 1;
export const RUBRIC_ROW = 2;
export const PERIOD_ROW = 3;
export const INSTRUCTIONS_ROW = 4;
export const HEADER_ROW = 6;
export const FIRST_NODE_ROW = 7;

/**
 * The not-applicable words as the data validations look them up (notApplicableListText), in one
 * hidden, locked cell: the header row of a helper column, above the rule constants.
 */
export const NOT_APPLICABLE_LIST_CELL = { row: HEADER_ROW, column: FORM_COLUMNS.ruleMax } as const;

/** The input columns' headers, exactly as the issue and the province's staff name them. */
export const INPUT_HEADERS = {
  score: "Điểm tự đánh giá",
  evidence: "Tài liệu kiểm chứng",
  explanation: "Giải trình",
} as const;

export const HEADERS: readonly string[] = [
  "Mã",
  "Loại",
  "Điểm tối đa",
  "Mức điểm / bước",
  "Nội dung tiêu chí",
  "Cơ quan chủ trì",
  "Tài liệu cần có",
  INPUT_HEADERS.score,
  INPUT_HEADERS.evidence,
  INPUT_HEADERS.explanation,
  "Kiểm tra",
];

export type SummaryName =
  "total" | "applicableMax" | "assessedMax" | "lost" | "percent" | "invalid" | "evidenceMissing" | "explanationMissing";

export const SUMMARY_NAMES: readonly SummaryName[] = [
  "total",
  "applicableMax",
  "assessedMax",
  "lost",
  "percent",
  "invalid",
  "evidenceMissing",
  "explanationMissing",
];

export const SUMMARY_LABELS: Record<SummaryName, string> = {
  total: "Tổng điểm",
  applicableMax: "Điểm tối đa áp dụng (trừ tiêu chí không áp dụng)",
  assessedMax: "Điểm tối đa của các tiêu chí đã chấm",
  lost: "Điểm bị mất",
  percent: "Chỉ số (tổng điểm ÷ điểm tối đa áp dụng)",
  invalid: "Số ô điểm cần sửa (chưa được tính vào tổng)",
  evidenceMissing: "Số tiêu chí có điểm nhưng thiếu tài liệu kiểm chứng",
  explanationMissing: "Số tiêu chí bị mất điểm nhưng chưa giải trình",
};

/** The first summary row: one blank row after the rubric. */
export function firstSummaryRow(nodeCount: number): number {
  return FIRST_NODE_ROW + nodeCount + 1;
}

export function summaryRowOf(nodeCount: number, name: SummaryName): number {
  return firstSummaryRow(nodeCount) + SUMMARY_NAMES.indexOf(name);
}

/** Keys of the identity sheet (column A), each with its value in column B. */
export const IDENTITY_KEYS = [
  "kind",
  "formatVersion",
  "rubricId",
  "rubricVersion",
  "rubricTitle",
  "unit",
  "period",
  "deadline",
  "nodeCount",
  "fingerprint",
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];
export type FormIdentity = Record<IdentityKey, string>;

/** Workbook names that point at the identity values, for other programs and for Excel users. */
export const IDENTITY_NAMES: Partial<Record<IdentityKey, string>> = {
  rubricId: "PAR_Form_RubricId",
  rubricVersion: "PAR_Form_RubricVersion",
  unit: "PAR_Form_Unit",
};
