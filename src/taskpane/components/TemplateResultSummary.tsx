import type { TemplateResult } from "../../excel/operations";
import { useStrings } from "../i18n/language";

/** What creating or updating the template did, including scores moved aside (never deleted). */
export function TemplateResultSummary(props: { result: TemplateResult }) {
  const t = useStrings();
  const { result } = props;
  const codes = [...new Set(result.orphaned.map((score) => score.code))];
  return (
    <>
      <div>
        {result.updated
          ? t.templateUpdated(result.scoringSheet, result.rubricSheet, result.keptScores)
          : result.carriedFrom
            ? t.templateCarried(result.scoringSheet, result.rubricSheet, result.carriedFrom, result.keptScores)
            : t.templateCreated(result.scoringSheet, result.rubricSheet)}
      </div>
      {result.orphaned.length > 0 && <div>{t.templateOrphaned(result.orphaned.length, result.orphanSheet ?? "", codes)}</div>}
    </>
  );
}
