import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ScoreColumnKind, SummaryResult, WorkbookOperations } from "../../excel/operations";
import { readPositiveInteger } from "../form/number-input";
import { defaultPeriod } from "../../core/summary/period";
import { readPreviousRanks, type RankProblem } from "../form/previous-ranks";
import { useLanguage, useStrings } from "../i18n/language";
import { FittedSelect } from "./FittedSelect";
import type { Strings } from "../i18n/strings";
import { useOperation } from "../operation/use-operation";
import { OperationStatus } from "./OperationStatus";
import { PlanPanel } from "./PlanPanel";
import { PlanUnitsField } from "./PlanUnitsField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What is wrong, kept as data so the messages follow a language switch. */
interface SummaryErrors {
  period?: boolean;
  topLost?: boolean;
  previousRanks?: RankProblem[];
}

/** Makes the report sheet for the quarterly meeting. */
export function SummaryPanel(props: {
  operations: WorkbookOperations;
  scoringSheet: string | undefined;
  /** The score columns the chosen sheet has (self-assessed, appraised, projected). */
  columns?: readonly ScoreColumnKind[];
  /** The sheet's units, for the plan to target. */
  units?: readonly string[];
  /** For tests and the workbench: the day the default period is computed from. */
  today?: Date;
}) {
  const styles = useStyles();
  const t = useStrings();
  const { language } = useLanguage();
  const [basis, setBasis] = useState<ScoreColumnKind | "latest">("latest");
  const [period, setPeriod] = useState(() => defaultPeriod(props.today ?? new Date(), language));
  // The suggested period follows a language switch; a period the user typed stays as typed.
  useEffect(() => {
    const today = props.today ?? new Date();
    setPeriod((current) => (current === defaultPeriod(today, language === "vi" ? "en" : "vi") ? defaultPeriod(today, language) : current));
  }, [language, props.today]);
  const [topLost, setTopLost] = useState("10");
  const [ranksText, setRanksText] = useState("");
  const [errors, setErrors] = useState<SummaryErrors>({});
  const [planUnits, setPlanUnits] = useState<string[]>([]);
  const summary = useOperation<SummaryResult>({ writes: true });
  const { scoringSheet } = props;
  const columns = props.columns ?? [];
  const units = props.units ?? [];
  // A kind the newly chosen sheet lacks falls back to automatic.
  const chosenBasis = basis !== "latest" && columns.includes(basis) ? basis : undefined;

  const submit = async () => {
    if (!scoringSheet) return;
    const next: SummaryErrors = {};
    if (period.trim() === "") next.period = true;
    const count = readPositiveInteger(topLost);
    if (count === undefined || count > 50) next.topLost = true;
    const ranks = readPreviousRanks(ranksText);
    if (!ranks.ok) next.previousRanks = ranks.problems;
    setErrors(next);
    if (next.period || next.topLost || next.previousRanks || count === undefined || !ranks.ok) {
      summary.reset();
      return;
    }
    await summary.run((progress) =>
      props.operations.makeSummary(
        scoringSheet,
        {
          period: period.trim(),
          topLost: count,
          ...(ranks.ranks ? { previousRanks: ranks.ranks } : {}),
          ...(chosenBasis ? { basis: chosenBasis } : {}),
          ...(planUnits.some((unit) => units.includes(unit)) ? { planUnits: planUnits.filter((unit) => units.includes(unit)) } : {}),
          language,
        },
        progress,
      ),
    );
  };

  return (
    <div className={styles.root}>
      <PlanPanel operations={props.operations} scoringSheet={scoringSheet} units={units} basis={chosenBasis} />
      <form
        className={styles.root}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Text block>{t.summaryIntro}</Text>
        {!scoringSheet && <Text block>{t.needSheet}</Text>}
        {columns.length > 1 && (
          <Field label={t.summaryBasisLabel}>
            <FittedSelect value={chosenBasis ?? "latest"} onChange={(_, data) => setBasis(data.value as ScoreColumnKind | "latest")}>
              <option value="latest">{t.summaryBasisLatest}</option>
              {columns.map((kind) => (
                <option key={kind} value={kind}>
                  {t.columnNames[kind]}
                </option>
              ))}
            </FittedSelect>
          </Field>
        )}
        <Field label={t.periodLabel} validationMessage={errors.period ? t.periodRequired : undefined}>
          <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
        </Field>
        <Field label={t.topLostLabel} validationMessage={errors.topLost ? t.topLostInvalid : undefined}>
          <Input type="number" min={1} max={50} step={1} value={topLost} onChange={(_, data) => setTopLost(data.value)} />
        </Field>
        <Field
          label={t.previousRanksLabel}
          hint={t.previousRanksHint}
          validationMessage={
            errors.previousRanks ? (
              <ul className={styles.problems}>
                {errors.previousRanks.map((problem) => (
                  <li key={problem.line}>{describeRankProblem(problem, t)}</li>
                ))}
              </ul>
            ) : undefined
          }
        >
          <Textarea value={ranksText} onChange={(_, data) => setRanksText(data.value)} rows={4} resize="vertical" />
        </Field>
        {units.length > 0 && <PlanUnitsField units={units} chosen={planUnits} onChange={setPlanUnits} />}
        <Button appearance="primary" type="submit" disabled={!scoringSheet || summary.busy}>
          {t.summaryButton}
        </Button>
        <OperationStatus
          state={summary.state}
          intent={(result) => (result.notices.length > 0 ? "warning" : "success")}
          success={(result) => (
            <>
              <div>{t.summaryDone(result.sheetName, t.summarySource(result.basis, result.basisChosen))}</div>
              {result.notices.length > 0 && (
                <ul className={styles.problems}>
                  {result.notices.map((notice, index) => (
                    <li key={index}>{t.summaryNotice(notice)}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        />
      </form>
    </div>
  );
}

function describeRankProblem(problem: RankProblem, t: Strings): string {
  switch (problem.problem) {
    case "noSeparator":
      return t.previousRanksNoSeparator(problem.line);
    case "noName":
      return t.previousRanksNoName(problem.line);
    case "badRank":
      return t.previousRanksBadRank(problem.line, problem.text);
    case "duplicate":
      return t.previousRanksDuplicate(problem.line, problem.name, problem.firstLine);
  }
}
