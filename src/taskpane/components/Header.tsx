import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/language";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

export function Header() {
  const styles = useStyles();
  const t = useStrings();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>PAR INDEX</h1>
        <Text size={200}>{t.appSubtitle}</Text>
      </div>
      <LanguageSwitch />
    </header>
  );
}
