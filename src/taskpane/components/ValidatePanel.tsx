import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CellFinding, ValidationReport, WorkbookOperations } from "../../excel/operations";
import { useStrings } from "../i18n/language";
import { useOperation } from "../operation/use-operation";
import { FindingGroups } from "./FindingGroups";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Checks the scores of a sheet and lists what is wrong, each item leading to its cell. */
export function ValidatePanel(props: { operations: WorkbookOperations; scoringSheet: string | undefined }) {
  const styles = useStyles();
  const t = useStrings();
  const { operations, scoringSheet } = props;
  const check = useOperation<ValidationReport>();
  const convert = useOperation<number>({ writes: true });
  const goTo = useOperation<void>();
  const [report, setReport] = useState<ValidationReport | undefined>();

  // A report belongs to one sheet; choosing another sheet starts afresh.
  const { reset: resetCheck } = check;
  useEffect(() => {
    setReport(undefined);
    resetCheck();
  }, [scoringSheet, resetCheck]);

  const runCheck = async () => {
    if (!scoringSheet) return;
    const outcome = await check.run(() => operations.validate(scoringSheet));
    if (outcome.ok) setReport(outcome.value);
  };

  const textNumbers = report?.findings.filter((finding) => finding.code === "score.textNumber") ?? [];
  const runConvert = async () => {
    const outcome = await convert.run(() => operations.convertTextNumbers(textNumbers));
    if (outcome.ok) await runCheck();
  };

  const selectCell = (finding: CellFinding) => void goTo.run(() => operations.selectCell(finding.address));

  return (
    <div className={styles.root}>
      <Text block>{t.validateIntro}</Text>
      {!scoringSheet && <Text block>{t.needSheet}</Text>}
      <Button appearance="primary" onClick={() => void runCheck()} disabled={!scoringSheet || check.busy || convert.busy}>
        {t.validateButton}
      </Button>
      <OperationStatus
        state={check.state}
        intent={(result) =>
          result.findings.some((finding) => finding.severity === "error") ? "error" : result.findings.length > 0 ? "warning" : "success"
        }
        success={(result) => {
          if (result.findings.length === 0) return t.validateClean(result.cellsRead);
          const errors = result.findings.filter((finding) => finding.severity === "error").length;
          return t.validateSummary(result.cellsRead, errors, result.findings.length - errors);
        }}
      />
      {textNumbers.length > 0 && (
        <Button onClick={() => void runConvert()} disabled={convert.busy || check.busy}>
          {t.convertTextNumbers(textNumbers.length)}
        </Button>
      )}
      <OperationStatus state={convert.state} describesWorkbook={false} success={(count) => t.converted(count)} />
      <OperationStatus state={goTo.state} />
      {report && report.findings.length > 0 && <FindingGroups findings={report.findings} onSelect={selectCell} />}
    </div>
  );
}
