import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Language } from "../../src/core/bilingual";
import type { WorkbookOperations } from "../../src/excel/operations";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { TaskpaneRoot } from "../../src/taskpane/components/TaskpaneRoot";
import { LanguageProvider } from "../../src/taskpane/i18n/language";

export function renderPane(operations: WorkbookOperations, language: Language = "vi") {
  return render(<TaskpaneRoot operations={operations} language={language} today={new Date(2026, 10, 22)} />);
}

/** One component with the providers the pane gives it, and the language switch of its header. */
export function renderInPane(ui: ReactElement, language: Language = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initialLanguage={language}>
        <LanguageSwitch />
        {ui}
      </LanguageProvider>
    </FluentProvider>,
  );
}
