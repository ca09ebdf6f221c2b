import { makeStyles, tokens } from "@fluentui/react-components";
import { cellButtonStyle } from "./cell-button-style";
import { leafNotes } from "../../core/summary/plan-labels";
import type { UnitPlan } from "../../excel/operations";
import { usePlanStrings } from "../i18n/plan-strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  button: {
    display: "flex",
    flexDirection: "column",
    ...cellButtonStyle,
  },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The plan's leaves, in order; choosing one selects its score cell on the scoring sheet. */
export function PlanLeafList(props: { plan: UnitPlan; cells: readonly string[]; count: number; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const t = usePlanStrings();
  const { plan } = props;
  const notes = (leaf: UnitPlan["result"]["leaves"][number]) => leafNotes(leaf, t.report.notes);
  return (
    <ol className={styles.list} aria-label={t.leavesLabel}>
      {plan.result.leaves.slice(0, props.count).map((leaf, i) => (
        <li key={leaf.code}>
          <button type="button" className={styles.button} onClick={() => props.onSelect(props.cells[i])}>
            <span>{t.leafLabel(leaf.code, plan.names[i])}</span>
            <span className={styles.detail}>{t.leafDetail(leaf.recoverable, leaf.cumulative, leaf.responsible)}</span>
            {notes(leaf) && <span className={styles.detail}>{notes(leaf)}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}
