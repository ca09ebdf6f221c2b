import { Button, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ScoringSheetInfo } from "../../excel/operations";
import { useBilingual, useStrings } from "../i18n/language";
import { FittedSelect } from "./FittedSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Which scoring sheet Check, Highlight and the meeting report work on. */
export function ScoringSheetPicker(props: {
  sheets: ScoringSheetInfo[] | undefined;
  selected: string | undefined;
  onSelect: (sheet: string) => void;
  onRefresh: () => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  const { sheets } = props;
  return (
    <div className={styles.root}>
      {sheets === undefined ? (
        <Text block>{t.sheetPickerLoading}</Text>
      ) : sheets.length === 0 ? (
        <Text block>{t.sheetPickerEmpty}</Text>
      ) : (
        <Field label={t.sheetPickerLabel}>
          <FittedSelect value={props.selected ?? ""} onChange={(_, data) => props.onSelect(data.value)}>
            {sheets.map((sheet) => (
              <option key={sheet.scoringSheet} value={sheet.scoringSheet}>
                {t.sheetOption(sheet.scoringSheet, pick(sheet.rubricTitle))}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}
      <Button size="small" onClick={props.onRefresh} disabled={props.busy}>
        {t.refreshSheets}
      </Button>
    </div>
  );
}
