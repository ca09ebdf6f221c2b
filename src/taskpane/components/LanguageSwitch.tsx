import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/bilingual";
import { useLanguage, useStrings } from "../i18n/language";

const useStyles = makeStyles({
  group: { display: "flex", gap: tokens.spacingHorizontalXS },
});

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGES: readonly { language: Language; short: string; name: string }[] = [
  { language: "vi", short: "VI", name: "Tiếng Việt" },
  { language: "en", short: "EN", name: "English" },
];

export function LanguageSwitch() {
  const styles = useStyles();
  const t = useStrings();
  const { language, setLanguage } = useLanguage();
  return (
    <div role="group" aria-label={t.languageGroup} className={styles.group}>
      {LANGUAGES.map((option) => (
        <ToggleButton
          key={option.language}
          size="small"
          checked={language === option.language}
          onClick={() => setLanguage(option.language)}
          aria-label={option.name}
          lang={option.language}
        >
          {option.short}
        </ToggleButton>
      ))}
    </div>
  );
}
