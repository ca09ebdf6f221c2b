import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { GradeBand } from "../../core/rubric/schema";
import type { TargetKind } from "../../excel/operations";
import { useBilingual, useStrings } from "../i18n/language";
import { FittedSelect } from "./FittedSelect";

export interface TargetInput {
  kind: TargetKind | "none";
  /** A grade's Vietnamese label, or the typed points or rank. */
  value: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** The optional target every unit gets: a grade of the chosen bands, a point total or a rank. */
export function TargetFields(props: {
  bands: GradeBand[];
  totalMax: number;
  value: TargetInput;
  onChange: (value: TargetInput) => void;
  error?: string;
}) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  const { value, onChange } = props;

  const changeKind = (kind: TargetInput["kind"]) => onChange({ kind, value: kind === "grade" ? (props.bands[0]?.label.vi ?? "") : "" });

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t.targetLabel}</legend>
      <Field label={t.targetKindLabel}>
        <FittedSelect value={value.kind} onChange={(_, data) => changeKind(data.value as TargetInput["kind"])}>
          {(["none", "grade", "points", "rank"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t.targetKinds[kind]}
            </option>
          ))}
        </FittedSelect>
      </Field>
      {value.kind === "grade" && (
        <Field label={t.targetGradeLabel} validationMessage={props.error}>
          <FittedSelect value={value.value} onChange={(_, data) => onChange({ kind: "grade", value: data.value })}>
            {props.bands.map((band) => (
              <option key={band.label.vi} value={band.label.vi}>
                {pick({ vi: band.label.vi, en: band.label.en ?? "" })}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}
      {value.kind === "points" && (
        <Field label={t.targetPointsLabel(props.totalMax)} validationMessage={props.error}>
          <Input inputMode="decimal" value={value.value} onChange={(_, data) => onChange({ kind: "points", value: data.value })} />
        </Field>
      )}
      {value.kind === "rank" && (
        <Field label={t.targetRankLabel} validationMessage={props.error}>
          <Input inputMode="numeric" value={value.value} onChange={(_, data) => onChange({ kind: "rank", value: data.value })} />
        </Field>
      )}
    </fieldset>
  );
}
