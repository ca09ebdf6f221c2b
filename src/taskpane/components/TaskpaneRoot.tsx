import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../core/bilingual";
import type { WorkbookOperations } from "../../excel/operations";
import type { ThemeName } from "../host-preferences";
import { LanguageProvider } from "../i18n/language";
import { App } from "./App";

export interface TaskpaneRootProps {
  operations: WorkbookOperations;
  language: Language;
  theme?: ThemeName;
  today?: Date;
}

/** The whole pane with its theme and language, for the add-in, the workbench and tests alike. */
export function TaskpaneRoot(props: TaskpaneRootProps) {
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme}>
      <LanguageProvider initialLanguage={props.language}>
        <App operations={props.operations} today={props.today} />
      </LanguageProvider>
    </FluentProvider>
  );
}
