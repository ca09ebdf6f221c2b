/**
 * The alerts the grid shows, as Excel does: a data-validation error alert (Stop: Retry / Cancel;
 * Warning: "Continue?" Yes / No / Cancel; Information: OK / Cancel), the protected-cell alert and a
 * refused write. Plain data; AlertDialog.tsx shows it.
 */
import type { WriteOutcome } from "../host";
import type { WorkbenchStrings } from "./strings";

export interface AlertButton {
  label: string;
  primary?: boolean;
  onClick: () => void;
}

export interface Alert {
  kind: "stop" | "warning" | "information" | "protected";
  title: string;
  message: string;
  question?: string;
  buttons: AlertButton[];
}

const EXCEL_TITLE = "Microsoft Excel";

export function protectedAlert(t: WorkbenchStrings): Alert {
  return {
    kind: "protected",
    title: EXCEL_TITLE,
    // The host's message is Excel's English one; the user reads the alert in the page's language.
    message: t.protectedMessage,
    buttons: [{ label: t.ok, primary: true, onClick: () => undefined }],
  };
}

/**
 * The alert for a refused write. `retry` reopens the editor with the typed text; `keep` writes it
 * anyway (a Warning answered Yes, an Information answered OK).
 */
export function alertForRefusal(
  outcome: Exclude<WriteOutcome, { ok: true }>,
  t: WorkbenchStrings,
  actions: { retry: () => void; keep: () => void },
): Alert {
  const cancel = { label: t.cancel, onClick: () => undefined };
  if (outcome.kind === "protected") return protectedAlert(t);
  if (outcome.kind === "error")
    return {
      kind: "stop",
      title: EXCEL_TITLE,
      message: outcome.message,
      buttons: [{ label: t.ok, primary: true, onClick: () => undefined }],
    };
  if (outcome.style === "Stop")
    return {
      kind: "stop",
      title: outcome.title,
      message: outcome.message,
      buttons: [{ label: t.retry, primary: true, onClick: actions.retry }, cancel],
    };
  if (outcome.style === "Warning")
    return {
      kind: "warning",
      title: outcome.title,
      message: outcome.message,
      question: t.continueQuestion,
      buttons: [{ label: t.yes, primary: true, onClick: actions.keep }, { label: t.no, onClick: actions.retry }, cancel],
    };
  return {
    kind: "information",
    title: outcome.title,
    message: outcome.message,
    buttons: [{ label: t.ok, primary: true, onClick: actions.keep }, cancel],
  };
}
