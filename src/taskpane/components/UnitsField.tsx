import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { bilingual } from "../../core/bilingual";
import { WorkbookOperationError, type WorkbookOperations } from "../../excel/operations";
import { firstColumnText } from "../form/units";
import { useStrings } from "../i18n/language";
import { strings } from "../i18n/strings";
import { useOperation } from "../operation/use-operation";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** The units to score, typed or pasted one per line, or taken from the first column of the selection. */
export function UnitsField(props: {
  operations: WorkbookOperations;
  value: string;
  onChange: (text: string) => void;
  error?: string;
  hint?: string;
}) {
  const styles = useStyles();
  const t = useStrings();
  const fromSelection = useOperation<void>();
  const { onChange } = props;

  const takeFromSelection = () =>
    void fromSelection.run(async () => {
      const selection = await props.operations.readSelection();
      const text = firstColumnText(selection.values);
      if (text === "") throw new WorkbookOperationError(bilingual(strings.vi.selectionEmpty, strings.en.selectionEmpty));
      onChange(text);
    });

  return (
    <div className={styles.root}>
      <Field label={t.unitsLabel} hint={props.hint ?? t.unitsHint} validationMessage={props.error}>
        <Textarea value={props.value} onChange={(_, data) => onChange(data.value)} rows={6} resize="vertical" />
      </Field>
      <Button onClick={takeFromSelection} disabled={fromSelection.busy}>
        {t.unitsFromSelection}
      </Button>
      <OperationStatus state={fromSelection.state} />
    </div>
  );
}
