import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { usePlanStrings } from "../i18n/plan-strings";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalXXS },
  // A sheet may hold a hundred communes: the list scrolls rather than pushing the button away.
  list: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "160px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Which units get a plan to target in the meeting report: none ticked means every unit below its
 * target, the usual case; a meeting may also want a plan for units it names (one close to its target).
 */
export function PlanUnitsField(props: { units: readonly string[]; chosen: readonly string[]; onChange: (units: string[]) => void }) {
  const styles = useStyles();
  const t = usePlanStrings();
  const toggle = (unit: string, on: boolean) =>
    props.onChange(props.units.filter((candidate) => (candidate === unit ? on : props.chosen.includes(candidate))));
  return (
    <div role="group" aria-label={t.reportUnitsLabel} className={styles.group}>
      <Text className={styles.label}>{t.reportUnitsLabel}</Text>
      <Text size={200} className={styles.hint}>
        {t.reportUnitsHint}
      </Text>
      <div className={styles.list}>
        {props.units.map((unit) => (
          <Checkbox
            key={unit}
            label={unit}
            checked={props.chosen.includes(unit)}
            onChange={(_, data) => toggle(unit, data.checked === true)}
          />
        ))}
      </div>
    </div>
  );
}
