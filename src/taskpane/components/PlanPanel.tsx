import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanView, ScoreColumnKind, WorkbookOperations } from "../../excel/operations";
import { readNumberInput } from "../form/number-input";
import { usePlanStrings } from "../i18n/plan-strings";
import { useOperation } from "../operation/use-operation";
import { FittedSelect } from "./FittedSelect";
import { OperationStatus } from "./OperationStatus";
import { PlanLeafList } from "./PlanLeafList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  departments: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * One unit's plan to target, before the meeting report is made: the figures, whether the leaves the
 * unit can win back reach the target, the leaves themselves (a click selects the leaf's score cell)
 * and the same by department. Reads the sheet; writes nothing.
 */
export function PlanPanel(props: {
  operations: WorkbookOperations;
  scoringSheet: string | undefined;
  units: readonly string[];
  /** The scores the report will use (its "automatic" choice when undefined), so both agree. */
  basis?: ScoreColumnKind;
}) {
  const styles = useStyles();
  const t = usePlanStrings();
  const { operations, scoringSheet, units } = props;
  const [unit, setUnit] = useState<string>("");
  const [targetText, setTargetText] = useState("");
  const [targetInvalid, setTargetInvalid] = useState(false);
  const plan = useOperation<PlanView>();
  const goTo = useOperation<void>();
  const chosen = units.includes(unit) ? unit : units[0];

  // A plan belongs to one sheet and one unit; choosing another starts afresh.
  const { reset } = plan;
  useEffect(() => reset(), [scoringSheet, chosen, reset]);

  const show = async () => {
    if (!scoringSheet || !chosen) return;
    const typed = targetText.trim();
    const points = typed === "" ? undefined : readNumberInput(typed);
    setTargetInvalid(typed !== "" && points === undefined);
    if (typed !== "" && points === undefined) return;
    await plan.run(() =>
      operations.planToTarget(scoringSheet, {
        unit: chosen,
        ...(props.basis ? { basis: props.basis } : {}),
        ...(points === undefined ? {} : { target: { kind: "points", value: points } }),
      }),
    );
  };

  return (
    <section className={styles.root} aria-label={t.title}>
      <Text as="h3" className={styles.title}>
        {t.title}
      </Text>
      <Text block>{t.intro}</Text>
      {units.length > 0 && (
        <Field label={t.unitLabel}>
          <FittedSelect value={chosen} onChange={(_, data) => setUnit(data.value)}>
            {units.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </FittedSelect>
        </Field>
      )}
      <Field label={t.targetLabel} hint={t.targetHint} validationMessage={targetInvalid ? t.targetInvalid : undefined}>
        <Input value={targetText} inputMode="decimal" onChange={(_, data) => setTargetText(data.value)} />
      </Field>
      <Button onClick={() => void show()} disabled={!scoringSheet || !chosen || plan.busy}>
        {t.button}
      </Button>
      <OperationStatus
        state={plan.state}
        intent={(view) => (view.skipped?.reason === "met" ? "success" : "warning")}
        success={(view) =>
          view.skipped
            ? t.report.skipped(view.skipped)
            : view.plan
              ? t.figures(view.plan.result.target, view.plan.result.currentTotal, view.plan.result.gap)
              : ""
        }
      />
      {plan.state.status === "succeeded" && plan.state.result.plan && (
        <PlanDetails view={plan.state.result} onSelect={(address) => void goTo.run(() => operations.selectCell(address))} />
      )}
      <OperationStatus state={goTo.state} />
    </section>
  );
}

function PlanDetails(props: { view: PlanView; onSelect: (address: string) => void }) {
  const styles = useStyles();
  const t = usePlanStrings();
  const { plan, cells } = props.view;
  if (!plan) return null;
  const { result } = plan;
  const rest = result.leaves.length - result.neededCount;
  return (
    <>
      <Text block className={styles.verdict}>
        {t.report.verdict(result.verdict, {
          needed: result.neededCount,
          direct: result.directRecoverable,
          missing: result.missing,
          missingWithoutSurvey: result.missingWithoutSurvey,
        })}
      </Text>
      <PlanLeafList plan={plan} cells={cells} count={result.neededCount} onSelect={props.onSelect} />
      {rest > 0 && (
        <Text block italic>
          {t.report.more(rest, result.beyondNeeded)}
        </Text>
      )}
      <Text block className={styles.verdict}>
        {t.departmentsTitle}
      </Text>
      <ul className={styles.departments}>
        {result.departments.map((department) => (
          <li key={department.responsible}>
            {t.department(department.responsible || t.report.unassigned, department.recoverable, department.towardsGap)}
          </li>
        ))}
      </ul>
    </>
  );
}
