import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/bilingual";
import { useLanguage, useStrings } from "../i18n/language";

const useStyles = makeStyles({
  group: { display: "flex", gap: tokens.spacingHorizontalXS },
});

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGES: readonly { language: Language; name: string }[] = [
  { language: "vi", name: "Tiếng Việt" },
  { language: "en", name: "English" },
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
          lang={option.language}
        >
          {/* The visible text is the accessible name (WCAG 2.5.3): the full name, not "VI"/"EN". */}
          {option.name}
        </ToggleButton>
      ))}
    </div>
  );
}
