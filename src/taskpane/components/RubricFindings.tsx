import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { useBilingual, useStrings } from "../i18n/language";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start", overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** Problems of a rubric (file or sheet), each naming where it is so the author can find it. */
export function RubricFindings(props: { intro: string; findings: Finding[] }) {
  const styles = useStyles();
  const t = useStrings();
  const pick = useBilingual();
  return (
    <div>
      <Text block weight="semibold">
        {props.intro}
      </Text>
      <ul className={styles.list}>
        {props.findings.map((finding, index) => (
          <li key={index} className={styles.item}>
            <SeverityIcon severity={finding.severity} />
            <span>
              {/* The finding's code is for tests and logs; users read the message and where it is. */}
              <strong>{t.severity[finding.severity]}</strong>
              {finding.path ? (
                <>
                  {" "}
                  · {t.findingField}: <span className={styles.code}>{finding.path}</span>
                </>
              ) : null}{" "}
              — {pick(finding.message)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
