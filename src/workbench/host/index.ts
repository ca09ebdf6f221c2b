/** Public entry point of the in-memory Excel host. */
export { createExcelHost, DEFAULT_MAX_REQUEST_BYTES } from "./host";
export type { ExcelHost, ExcelHostOptions, ExcelNamespace } from "./host";
export { HostError, HostErrorCodes } from "./errors";
export type { HostStats, RequestStat } from "./host-state";
export { createWorkbookModel, addSheet, findSheet, getCell, getValue, cellKey, defaultCellFormat } from "./model";
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
export { parseAddress, formatRect, fullAddress, quoteSheetName, columnToLetters, lettersToColumn } from "./address";
export { formatValue } from "./number-format";
export { RequestContext } from "./request-context";
