/**
 * The in-memory Excel host's one entry point: tests, the bench and the workbench page import the host
 * only from here, so its files can change shape without touching them.
 */
export { createExcelHost, DEFAULT_MAX_REQUEST_BYTES } from "./host";
export type { ExcelHost, ExcelHostOptions, ExcelNamespace } from "./host";
export { createFormulaEvaluator } from "./formula-evaluator";
export type { CustomFunction, FormulaEvaluatorOptions } from "./formula-evaluator";
export { HostError, HostErrorCodes } from "./errors";
export type { HostStats, RequestStat } from "./host-state";
export {
  createWorkbookModel,
  addSheet,
  findSheet,
  getCell,
  getValue,
  peekCell,
  cellKey,
  keyToRowCol,
  defaultCellFormat,
  effectiveEmptyFormat,
  selectCells,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
} from "./model";
export type {
  WorkbookModel,
  SheetModel,
  CellModel,
  CellValue,
  CellFormat,
  DataValidationModel,
  ConditionalFormatModel,
  ChartModel,
  NamedItemModel,
  PageLayoutModel,
} from "./model";
export { isFormulaError, EXCEL_ERROR_CODES } from "./evaluator";
export type { FormulaEvaluator, FormulaEvaluatorFn, EvaluationResult, FormulaErrorResult, CellReader, ExcelErrorCode } from "./evaluator";
export {
  parseAddress,
  formatRect,
  fullAddress,
  quoteSheetName,
  columnToLetters,
  lettersToColumn,
  rectContains,
  rectIntersection,
} from "./address";
export type { Rect } from "./address";
export { renameSheetInFormula, shiftFormula } from "./formula-refs";
export { formatValue } from "./number-format";
export { RequestContext, utf8Length } from "./request-context";
export { evaluateConditionalFormats, ruleMatches } from "./conditional-format-styles";
export type { CfStyle } from "./conditional-format-styles";
export { satisfiesOperator } from "./rule-evaluation";
export { validationAt } from "./data-validation";
export { DEFAULT_ALERT_MESSAGE, DEFAULT_ALERT_TITLE } from "./user-edits";
export type { WriteOutcome } from "./user-edits";
export { isCellLocked, PROTECTED_MESSAGE } from "./protection";
