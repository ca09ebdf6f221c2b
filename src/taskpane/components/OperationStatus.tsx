import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useBilingual, useStrings } from "../i18n/language";
import type { OperationState } from "../operation/use-operation";
import { useWorkbookEpoch } from "../operation/workbook-epoch";

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  message: {
    overflowWrap: "anywhere",
  },
});

/**
 * The one place an operation's progress, result and failure are shown. A result made before the
 * workbook may have changed (another command wrote to it, or the user went to the sheet and came
 * back) is marked as possibly out of date, not shown as the sheet's state. The region is always in the
 * page, so a screen reader announces what appears in it.
 */
export function OperationStatus<T>(props: {
  state: OperationState<T>;
  success?: (result: T) => ReactNode;
  /**
   * How the result reads: a command that ran but found problems is not shown as a green success.
   * Success by default.
   */
  intent?: (result: T) => "success" | "warning" | "error";
  /**
   * The result describes the workbook as it was (findings, a plan), so it may go out of date; true by
   * default. A record of what a command did ("Đã ghi 54 điểm") stays true whatever happens next:
   * marking it out of date and asking to run it again would only make the user run it twice.
   */
  describesWorkbook?: boolean;
}) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  const { state } = props;
  const epoch = useWorkbookEpoch();
  const stale = state.status === "succeeded" && state.epoch < epoch && props.describesWorkbook !== false;
  const intent = (result: T) => props.intent?.(result) ?? "success";
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {state.status === "running" && (
        <Field label={state.progress ? pick(state.progress.step) : t.working}>
          <ProgressBar value={state.progress?.fraction} thickness="large" />
        </Field>
      )}
      {state.status === "succeeded" && props.success && (
        <MessageBar intent={stale ? "info" : intent(state.result)} data-intent={stale ? "stale" : intent(state.result)} layout="multiline">
          <MessageBarBody className={styles.message}>
            {stale && <MessageBarTitle>{t.staleResult}</MessageBarTitle>}
            {props.success(state.result)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" data-intent="error" layout="multiline">
          <MessageBarBody className={styles.message}>
            {/* The generic message already opens with the title; saying it twice reads badly. */}
            {!pick(state.error).startsWith(t.errorTitle) && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
            <div>{pick(state.error)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
