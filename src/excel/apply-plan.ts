import { cellRef, quoteSheet } from "../core/plan/a1";
import type {
  CellBlock,
  ConditionalFormatPlan,
  FormatPlan,
  PlannedCell,
  RangeRef,
  SheetPlan,
  ValidationPlan,
  WorkbookPlan,
} from "../core/plan/workbook-plan";

/**
 * Queues a whole plan on one request context: nothing here syncs, so a command pays one round trip
 * for all its writes whatever the workbook's size. Order matters and is kept: formats (text number
 * format "@" first) before values, so text lands as text; protection last.
 */
/** Our sheets are protected without a password: formatting stays free, structure does not. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: false,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowInsertColumns: false,
  allowDeleteColumns: false,
};

export interface QueuedPlan {
  /** Conditional formats added, by purpose, so their ids can be read after the sync. */
  conditionalFormats: { purpose: string; format: Excel.ConditionalFormat }[];
}

export function queuePlan(context: Excel.RequestContext, plan: WorkbookPlan): QueuedPlan {
  const queued: QueuedPlan = { conditionalFormats: [] };
  const worksheets = context.workbook.worksheets;
  for (const sheetPlan of plan.sheets) {
    const sheet = sheetPlan.create ? worksheets.add(sheetPlan.name) : worksheets.getItem(sheetPlan.name);
    if (!sheetPlan.create) sheet.protection.unprotect();
    queueSheet(sheet, sheetPlan, queued);
  }
  for (const name of plan.names) {
    if (name.repoint) {
      // Formulas that use the name keep working: it is the same name with a new reference.
      const { row, column, rowCount, columnCount } = name.range;
      const reference = `${cellRef(row, column, { row: true, column: true })}:${cellRef(row + rowCount - 1, column + columnCount - 1, { row: true, column: true })}`;
      context.workbook.names.getItem(name.name).formula = `=${quoteSheet(name.sheet)}!${reference}`;
      continue;
    }
    const range = worksheets
      .getItem(name.sheet)
      .getRangeByIndexes(name.range.row, name.range.column, name.range.rowCount, name.range.columnCount);
    context.workbook.names.add(name.name, range, name.comment);
  }
  for (const setting of plan.settings) context.workbook.settings.add(setting.key, setting.value);
  if (plan.activate) worksheets.getItem(plan.activate).activate();
  return queued;
}

function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan, queued: QueuedPlan): void {
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  for (const format of plan.formats) queueFormat(sheet, format);
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const copy of plan.copies) {
    rangeOf(sheet, copy.target).copyFrom(rangeOf(sheet, copy.source), copy.what === "formulas" ? "Formulas" : "Formats", false, false);
  }
  for (const validation of plan.validations) queueValidation(sheet, validation);
  for (const rule of plan.conditionalFormats)
    queued.conditionalFormats.push({ purpose: rule.purpose, format: queueConditionalFormat(sheet, rule) });
  for (const { column, width } of plan.columnWidths) sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
  for (const { row, rowCount, height } of plan.rowHeights) sheet.getRangeByIndexes(row, 0, rowCount, 1).format.rowHeight = height;
  if (plan.freeze) {
    sheet.freezePanes.unfreeze();
    if (plan.freeze.rows > 0 && plan.freeze.columns > 0) {
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
    } else if (plan.freeze.rows > 0) {
      sheet.freezePanes.freezeRows(plan.freeze.rows);
    }
  }
  for (const chart of plan.charts) {
    const source = rangeOf(sheet, chart.source);
    const added = sheet.charts.add(chart.type as Excel.ChartType, source, Excel.ChartSeriesBy.columns);
    added.name = chart.name;
    added.title.text = chart.title;
    const place = chart.placeAt;
    added.setPosition(
      sheet.getRangeByIndexes(place.row, place.column, 1, 1),
      sheet.getRangeByIndexes(place.row + place.rowCount - 1, place.column + place.columnCount - 1, 1, 1),
    );
  }
  if (plan.pageSetup) {
    const layout = sheet.pageLayout;
    layout.orientation = plan.pageSetup.orientation === "Landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    layout.paperSize = Excel.PaperType.a4;
    layout.zoom = { horizontalFitToPages: plan.pageSetup.fitToPagesWide, verticalFitToPages: 0 };
    const titles = plan.pageSetup.printTitleRows;
    if (titles) layout.setPrintTitleRows(`$${titles.first + 1}:$${titles.last + 1}`);
  }
  if (plan.protect) sheet.protection.protect(PROTECTION);
}

function rangeOf(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(ref.row, ref.column, ref.rowCount, ref.columnCount);
}

function queueFormat(sheet: Excel.Worksheet, plan: FormatPlan): void {
  if (plan.rowCount === 0 || plan.columnCount === 0) return;
  const range = rangeOf(sheet, plan);
  if (plan.numberFormat !== undefined) range.numberFormat = filled(plan.rowCount, plan.columnCount, plan.numberFormat);
  if (plan.fill !== undefined) range.format.fill.color = plan.fill;
  if (plan.fontColor !== undefined) range.format.font.color = plan.fontColor;
  if (plan.bold !== undefined) range.format.font.bold = plan.bold;
  if (plan.italic !== undefined) range.format.font.italic = plan.italic;
  if (plan.wrap !== undefined) range.format.wrapText = plan.wrap;
  if (plan.horizontalAlignment !== undefined) range.format.horizontalAlignment = plan.horizontalAlignment as Excel.HorizontalAlignment;
  if (plan.verticalAlignment !== undefined) range.format.verticalAlignment = plan.verticalAlignment as Excel.VerticalAlignment;
  if (plan.locked !== undefined) range.format.protection.locked = plan.locked;
}

/**
 * Writes a block with `formulas` (constants and formulas alike; null leaves a cell as it is). Text
 * cells get the text number format first, run by run, so "=HYPERLINK(…)", "1.10" or "TRUE" typed as a
 * unit or criterion name lands as that text and never as a formula, a number or a boolean.
 */
function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  if (block.cells.length === 0) return;
  const width = Math.max(...block.cells.map((row) => row.length));
  const range = sheet.getRangeByIndexes(block.row, block.column, block.cells.length, width);
  // One number-format array for the whole block, null where a cell keeps its format: one operation
  // instead of one per run of text cells (a 300-unit report had 34 000 of them, 5 MB of a request).
  const textFormats = block.cells.map((row) => Array.from({ length: width }, (_, c) => (needsTextFormat(row[c] ?? null) ? "@" : null)));
  if (textFormats.some((row) => row.some((format) => format !== null))) range.numberFormat = textFormats;
  range.formulas = block.cells.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c] ?? null)));
}

function needsTextFormat(cell: PlannedCell): boolean {
  return cell !== null && typeof cell === "object" && "text" in cell && cell.input !== true;
}

function cellInput(cell: PlannedCell): string | number | null {
  if (cell === null || typeof cell === "number") return cell;
  // An input cell's text: the apostrophe makes it text without changing the cell's number format.
  if ("text" in cell) return cell.input === true ? `'${cell.text}` : cell.text;
  return cell.formula;
}

function queueValidation(sheet: Excel.Worksheet, plan: ValidationPlan): void {
  const validation = rangeOf(sheet, plan).dataValidation;
  validation.clear();
  validation.rule =
    plan.rule.kind === "custom" ? { custom: { formula: plan.rule.formula } } : { list: { inCellDropDown: true, source: plan.rule.source } };
  validation.ignoreBlanks = true;
  validation.prompt = { showPrompt: true, title: plan.promptTitle, message: plan.prompt };
  validation.errorAlert = {
    showAlert: true,
    style: plan.errorStyle === "stop" ? Excel.DataValidationAlertStyle.stop : Excel.DataValidationAlertStyle.warning,
    title: plan.errorTitle,
    message: plan.errorMessage,
  };
}

export function queueConditionalFormat(sheet: Excel.Worksheet, plan: ConditionalFormatPlan): Excel.ConditionalFormat {
  const format = rangeOf(sheet, plan).conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = plan.formula;
  format.custom.format.fill.color = plan.fill;
  if (plan.fontColor) format.custom.format.font.color = plan.fontColor;
  if (plan.bold !== undefined) format.custom.format.font.bold = plan.bold;
  return format;
}

function filled(rows: number, columns: number, value: string): string[][] {
  return Array.from({ length: rows }, () => Array(columns).fill(value));
}
