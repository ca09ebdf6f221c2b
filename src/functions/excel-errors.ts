import { NotAvailableError, ScoringInputError } from "../core/engine/scoring-error";

/**
 * Turns core errors into the errors Excel shows. Only #VALUE! and #N/A carry a message, which Excel
 * shows when the user points at the cell. Outside Excel (tests, other runtimes) CustomFunctions.Error
 * may not exist; an Error with the same `code` and message stands in for it.
 */
const VALUE = "#VALUE!";
const NOT_AVAILABLE = "#N/A";

export function toExcelError(error: unknown): Error {
  if (error instanceof NotAvailableError) return excelError(NOT_AVAILABLE, error.message);
  if (error instanceof ScoringInputError) return excelError(VALUE, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(VALUE, `Lỗi không mong đợi trong PAR INDEX: ${detail} / Unexpected error in PAR INDEX: ${detail}`);
}

function excelError(code: typeof VALUE | typeof NOT_AVAILABLE, message: string): Error {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error && runtime.ErrorCode) {
    const errorCode = code === VALUE ? runtime.ErrorCode.invalidValue : runtime.ErrorCode.notAvailable;
    return new runtime.Error(errorCode, message) as unknown as Error;
  }
  return Object.assign(new Error(message), { code });
}

/** Runs a formula's computation and converts whatever it throws. */
export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
