import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FileReport } from "../../core/forms/collect-plan";
import { useFormsStrings } from "../i18n/forms-strings";
import { useBilingual } from "../i18n/language";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What collecting did with one returned file. The file and unit head it on a line of their own,
 * and every point below is its own line: at the pane's 350 px a run-on paragraph per file hid the
 * entries to fix between the counts.
 */
export function FormsFileReport({ report }: { report: FileReport }) {
  const styles = useStyles();
  const t = useFormsStrings();
  const pick = useBilingual();
  if (report.status === "refused") {
    return (
      <div className={styles.report}>
        <Text weight="semibold">{t.fileRefused(report.file)}</Text>
        {report.reason && <Text>{pick(report.reason)}</Text>}
      </div>
    );
  }
  const errors = report.findings.filter((finding) => finding.severity === "error");
  return (
    <div className={styles.report}>
      <Text weight="semibold">{t.fileHeading(report.file, report.unit ?? "")}</Text>
      <Text>{t.scoresTaken(report.taken, report.written)}</Text>
      {errors.length > 0 && (
        <>
          <Text>{t.needsFixing(errors.length)}</Text>
          <ul className={styles.list}>
            {errors.map((finding, index) => (
              <li key={index}>{pick(finding.message)}</li>
            ))}
          </ul>
        </>
      )}
      {report.evidenceMissing.length > 0 && <Text>{t.evidenceMissing(report.evidenceMissing.join(", "))}</Text>}
      {report.explanationMissing.length > 0 && <Text>{t.explanationMissing(report.explanationMissing.join(", "))}</Text>}
      {report.differences
        .filter((difference) => difference.overwritten)
        .map((difference) => (
          <Text key={difference.key}>{t.overwritten(difference.code)}</Text>
        ))}
    </div>
  );
}
