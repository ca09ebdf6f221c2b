/**
 * A plain description of what a command writes to the workbook: built by core (pure, testable cell by
 * cell), applied by src/excel/apply-plan in one batch. Rows and columns are 0-based.
 */

/** Text is always written as text: a unit called "=HYPERLINK(...)" must not become a formula. */
export type PlannedCell =
  | null // leave the cell as it is (a score someone typed)
  | number
  /** `input`: a cell the user types into later (a target): see inputText. */
  | { text: string; input?: true }
  | { formula: string };

export interface CellBlock {
  row: number;
  column: number;
  cells: PlannedCell[][];
}

export interface RangeRef {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface FormatPlan extends RangeRef {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
  /** false marks input cells that stay editable when the sheet is protected. */
  locked?: boolean;
}

export type ValidationRulePlan = { kind: "custom"; formula: string } | { kind: "list"; source: string };

export interface ValidationPlan extends RangeRef {
  rule: ValidationRulePlan;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  errorMessage: string;
  /** "stop" refuses the entry; "warning" lets the user keep it. */
  errorStyle: "stop" | "warning";
}

export interface ConditionalFormatPlan extends RangeRef {
  /** A formula relative to the top-left cell of the range. */
  formula: string;
  fill: string;
  fontColor?: string;
  bold?: boolean;
  /** What the rule is for, kept in the registry so that a rerun replaces only our own rules. */
  purpose: string;
}

export interface ChartPlan {
  name: string;
  title: string;
  type: "ColumnClustered" | "BarClustered";
  source: RangeRef;
  /** Where the chart sits: its top-left and bottom-right cells. */
  placeAt: RangeRef;
}

export interface PageSetupPlan {
  orientation: "Landscape" | "Portrait";
  paper: "A4";
  fitToPagesWide: number;
  /** 0-based rows repeated at the top of every printed page. */
  printTitleRows?: { first: number; last: number };
}

/**
 * Copy a range over another like Paste Special (formulas move their relative references; the source
 * tiles a larger destination). One unit's column is written and copied across, so a request's size
 * does not grow with the number of units.
 */
export interface CopyPlan {
  what: "formulas" | "formats";
  source: RangeRef;
  target: RangeRef;
}

export interface SheetPlan {
  name: string;
  /** Add the sheet (its name is known to be free); false writes into an existing sheet. */
  create: boolean;
  tabColor?: string;
  blocks: CellBlock[];
  formats: FormatPlan[];
  /** Applied after blocks and formats. */
  copies: CopyPlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  columnWidths: { column: number; width: number }[];
  /**
   * Rows given a height (points), set after the column widths: rows whose wrapped text must show
   * whole, or must not grow past a few lines. Excel then keeps that height as it is.
   */
  rowHeights: { row: number; rowCount: number; height: number }[];
  freeze?: { rows: number; columns: number };
  /** Protect (without password) once written; input cells were unlocked by the formats. */
  protect: boolean;
  charts: ChartPlan[];
  pageSetup?: PageSetupPlan;
}

export interface NamePlan {
  name: string;
  sheet: string;
  range: RangeRef;
  comment: string;
  /** The name exists already (its sheet was deleted, so it reads #REF!): point it at the range again. */
  repoint?: boolean;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
  settings: { key: string; value: string }[];
  activate?: string;
}

export function emptySheetPlan(name: string, create: boolean): SheetPlan {
  return {
    name,
    create,
    blocks: [],
    formats: [],
    copies: [],
    validations: [],
    conditionalFormats: [],
    columnWidths: [],
    rowHeights: [],
    protect: false,
    charts: [],
  };
}

/** Text cell helper: every string from a rubric or a user goes through here. */
export const text = (value: string): PlannedCell => ({ text: value });

/**
 * Text in an input cell the user may later overwrite with a number (a target "Tốt" replaced by 88):
 * written as text with a leading apostrophe instead of the text number format, which would stay on
 * the cell and store a typed 88 as the text "88".
 */
export const inputText = (value: string): PlannedCell => ({ text: value, input: true });
export const formula = (value: string): PlannedCell => ({ formula: value });
