/** The page header: title, a warning when functions.js registered no PAR.* function, and the language switch. */
import type { Language } from "./runtime";
import type { WorkbenchStrings } from "./strings";

export function WorkbenchHeader(props: { strings: WorkbenchStrings; language: Language; functionsMissing: boolean }) {
  const t = props.strings;
  return (
    <header className="wb-header">
      <div className="wb-brand">
        <h1>{t.title}</h1>
        <span>{t.subtitle}</span>
      </div>
      {props.functionsMissing && (
        <div className="wb-warning" role="alert">
          {t.functionsMissing}
        </div>
      )}
      <a className="wb-lang" href={t.switchLanguageHref} hrefLang={props.language === "vi" ? "en" : "vi"}>
        {t.switchLanguage}
      </a>
    </header>
  );
}
