import { Button, Checkbox, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useState } from "react";
import type { Rubric } from "../../core/rubric/schema";
import type { ScoreColumnKind, TemplateResult, WorkbookOperations } from "../../excel/operations";
import { defaultUnitGroup } from "../form/rubric-choices";
import { readTemplateForm, SCORE_COLUMNS, type TemplateFormErrors } from "../form/template-request";
import { readUnits } from "../form/units";
import { useLanguage, useStrings } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { FittedSelect } from "./FittedSelect";
import { OperationStatus } from "./OperationStatus";
import { RubricSourcePicker } from "./RubricSourcePicker";
import { TargetFields, type TargetInput } from "./TargetFields";
import { TemplateResultSummary } from "./TemplateResultSummary";
import { UnitsField } from "./UnitsField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Builds (or updates) the scoring sheet for a rubric and a list of units. */
export function TemplateForm(props: { operations: WorkbookOperations; onTemplateCreated?: (result: TemplateResult) => void }) {
  const styles = useStyles();
  const t = useStrings();
  const { language } = useLanguage();
  const [rubric, setRubric] = useState<Rubric | undefined>();
  const [unitsText, setUnitsText] = useState("");
  const [columns, setColumns] = useState<ReadonlySet<ScoreColumnKind>>(new Set(["self", "appraised"]));
  const [unitGroup, setUnitGroup] = useState("default");
  const [target, setTarget] = useState<TargetInput>({ kind: "none", value: "" });
  const [errors, setErrors] = useState<TemplateFormErrors | undefined>();
  const create = useOperation<TemplateResult>({ writes: true });
  const columnsErrorId = useId();

  const onRubricChange = useCallback((next: Rubric | undefined) => {
    setRubric(next);
    if (next) setUnitGroup(defaultUnitGroup(next));
    setTarget((current) => (current.kind === "grade" ? { kind: "none", value: "" } : current));
  }, []);

  const input = { rubric, unitsText, columns, unitGroup, target };
  // Once the user has tried to submit, messages follow their edits; a duplicate shows at once.
  const shownErrors: TemplateFormErrors = errors ? readErrors() : duplicateOnly();
  function readErrors(): TemplateFormErrors {
    const reading = readTemplateForm(input, t);
    return reading.ok ? {} : reading.errors;
  }
  function duplicateOnly(): TemplateFormErrors {
    const units = readUnits(unitsText);
    return !units.ok && units.problem === "duplicate" ? { units: t.unitsDuplicate(units.name, units.firstLine, units.line) } : {};
  }

  const toggleColumn = (column: ScoreColumnKind, checked: boolean) =>
    setColumns((current) => {
      const next = new Set(current);
      if (checked) next.add(column);
      else next.delete(column);
      return next;
    });

  const changeUnitGroup = (key: string) => {
    setUnitGroup(key);
    // A grade belongs to one set of bands; keep the choice valid when the bands change.
    if (target.kind === "grade") setTarget({ kind: "grade", value: rubric?.gradeBands[key]?.[0]?.label.vi ?? "" });
  };

  const submit = async () => {
    const reading = readTemplateForm(input, t);
    if (!reading.ok) {
      setErrors(reading.errors);
      create.reset();
      return;
    }
    setErrors(undefined);
    // The sheets' labels follow the pane's language.
    const request = { ...reading.request, language };
    const outcome = await create.run((progress) => props.operations.createOrUpdateTemplate(request, progress));
    if (outcome.ok) props.onTemplateCreated?.(outcome.value);
  };

  const bands = rubric ? (rubric.gradeBands[unitGroup] ?? []) : [];
  const hasErrors = Object.values(shownErrors).some(Boolean);

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <RubricSourcePicker operations={props.operations} onChange={onRubricChange} />
      {shownErrors.rubric && (
        <div className={styles.error} role="alert">
          {shownErrors.rubric}
        </div>
      )}

      <UnitsField
        operations={props.operations}
        value={unitsText}
        onChange={setUnitsText}
        error={shownErrors.units}
        hint={readUnitsCount(unitsText) > 0 ? `${t.unitsHint} ${t.unitsCount(readUnitsCount(unitsText))}.` : undefined}
      />

      <fieldset className={styles.fieldset} aria-describedby={shownErrors.columns ? columnsErrorId : undefined}>
        <legend className={styles.legend}>{t.columnsLabel}</legend>
        {SCORE_COLUMNS.map((column) => (
          <Checkbox
            key={column}
            label={t.columnNames[column]}
            checked={columns.has(column)}
            onChange={(_, data) => toggleColumn(column, data.checked === true)}
          />
        ))}
        {shownErrors.columns && (
          <div id={columnsErrorId} className={styles.error}>
            {shownErrors.columns}
          </div>
        )}
      </fieldset>

      {rubric && (
        <Field label={t.unitGroupLabel}>
          <FittedSelect value={unitGroup} onChange={(_, data) => changeUnitGroup(data.value)}>
            {Object.keys(rubric.gradeBands).map((key) => (
              <option key={key} value={key}>
                {t.unitGroupName(key)}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}

      <TargetFields bands={bands} totalMax={rubric?.totalMax ?? 100} value={target} onChange={setTarget} error={shownErrors.target} />

      <Button appearance="primary" type="submit" disabled={create.busy}>
        {t.createTemplate}
      </Button>
      {errors && hasErrors && (
        <div className={styles.error} role="alert">
          {t.fixErrors}
        </div>
      )}
      <OperationStatus state={create.state} describesWorkbook={false} success={(result) => <TemplateResultSummary result={result} />} />
    </form>
  );
}

function readUnitsCount(text: string): number {
  const units = readUnits(text);
  return units.ok ? units.units.length : 0;
}
