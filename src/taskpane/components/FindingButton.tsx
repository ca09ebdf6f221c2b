import { makeStyles, tokens } from "@fluentui/react-components";
import { cellButtonStyle } from "./cell-button-style";
import type { CellFinding } from "../../excel/operations";
import { useBilingual, useStrings } from "../i18n/language";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  button: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    ...cellButtonStyle,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  cell: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** One problem in a score cell; choosing it selects the cell in the sheet. */
export function FindingButton(props: { finding: CellFinding; onSelect: (finding: CellFinding) => void }) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  const { finding } = props;
  return (
    <button type="button" className={styles.button} onClick={() => props.onSelect(finding)}>
      <SeverityIcon severity={finding.severity} />
      <span className={styles.text}>
        <span>
          <strong>{t.severity[finding.severity]}:</strong> {pick(finding.message)}
        </span>
        <span className={styles.cell}>{t.findingCell(finding.address, t.columnNames[finding.column])}</span>
      </span>
    </button>
  );
}
