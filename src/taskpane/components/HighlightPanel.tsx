import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HighlightResult, WorkbookOperations } from "../../excel/operations";
import { useStrings } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Adds (or refreshes) the colours that show lost points and units below their target. */
export function HighlightPanel(props: { operations: WorkbookOperations; scoringSheet: string | undefined }) {
  const styles = useStyles();
  const t = useStrings();
  const highlight = useOperation<HighlightResult>({ writes: true });
  const { scoringSheet } = props;
  return (
    <div className={styles.root}>
      <Text block>{t.highlightIntro}</Text>
      {!scoringSheet && <Text block>{t.needSheet}</Text>}
      <Button
        appearance="primary"
        disabled={!scoringSheet || highlight.busy}
        onClick={() => {
          if (scoringSheet) void highlight.run(() => props.operations.highlight(scoringSheet));
        }}
      >
        {t.highlightButton}
      </Button>
      <OperationStatus
        state={highlight.state}
        describesWorkbook={false}
        success={(result) => t.highlightDone(result.scoringSheet, result.rulesAdded, result.rulesReplaced)}
      />
    </div>
  );
}
