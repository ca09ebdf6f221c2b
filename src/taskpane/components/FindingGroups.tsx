import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellFinding } from "../../excel/operations";
import { groupFindings } from "../form/group-findings";
import { useStrings } from "../i18n/language";
import { FindingButton } from "./FindingButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  unit: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  area: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** Findings under a heading per unit and a sub-heading per area, as meetings discuss them. */
export function FindingGroups(props: { findings: CellFinding[]; onSelect: (finding: CellFinding) => void }) {
  const styles = useStyles();
  const t = useStrings();
  return (
    <div className={styles.root}>
      {groupFindings(props.findings).map((unit) => (
        <section key={unit.unit} aria-label={unit.unit}>
          <h3 className={styles.unit}>{t.unitHeading(unit.unit, unit.count)}</h3>
          {unit.areas.map((area) => (
            <div key={area.area ?? ""}>
              <h4 className={styles.area}>{area.area === undefined ? t.areaOther : t.areaHeading(area.area)}</h4>
              <ul className={styles.list}>
                {area.findings.map((finding, index) => (
                  <li key={`${finding.address}-${finding.code}-${index}`}>
                    <FindingButton finding={finding} onSelect={props.onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
