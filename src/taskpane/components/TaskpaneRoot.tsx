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
    // colorScheme: the browser's own controls (file and date inputs, scrollbars) follow the theme too.
    <FluentProvider
      theme={props.theme === "dark" ? webDarkTheme : webLightTheme}
      style={{ colorScheme: props.theme === "dark" ? "dark" : "light" }}
    >
      <LanguageProvider initialLanguage={props.language}>
        <App operations={props.operations} today={props.today} />
      </LanguageProvider>
    </FluentProvider>
  );
}
