import { bilingual, type Bilingual } from "../../core/bilingual";
import { WorkbookOperationError } from "../../excel/operations";
import { strings } from "../i18n/strings";

/**
 * What the user reads when an operation fails. A WorkbookOperationError already says what happened
 * and what to do; anything else is unexpected, so the message gives its detail and the general way out.
 */
export function describeError(error: unknown): Bilingual {
  if (error instanceof WorkbookOperationError) return error.userMessage;
  const detail = error instanceof Error ? error.message : String(error);
  return bilingual(strings.vi.genericError(detail), strings.en.genericError(detail));
}
