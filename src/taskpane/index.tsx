import "../core/zod-jitless";
import { createExcelOperations } from "../excel/excel-operations";
import { lazyFormsOperations } from "../excel/forms-operations-lazy";
import { languageFromDisplayLanguage, themeFromBackground } from "./host-preferences";
import { renderTaskpane, type TaskpaneHandle } from "./render";

/** The add-in's entry: the only place the pane reads Office itself (language, theme). */
void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const pane = renderTaskpane(container, createExcelOperations(lazyFormsOperations), {
    language: languageFromDisplayLanguage(Office.context.displayLanguage),
    theme: themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor),
  });
  followThemeChanges(pane);
});

/**
 * Excel does not raise OfficeThemeChanged today; where a host does, the pane follows it. A host that
 * refuses the handler changes nothing the user needs, so that failure is deliberately quiet.
 */
function followThemeChanges(pane: TaskpaneHandle): void {
  const eventType = (Office.EventType as Record<string, unknown> | undefined)?.OfficeThemeChanged;
  const officeDocument = Office.context.document as Office.Document | undefined;
  if (eventType === undefined || typeof officeDocument?.addHandlerAsync !== "function") return;
  try {
    officeDocument.addHandlerAsync(eventType as Office.EventType, (event: { officeTheme?: Office.OfficeTheme }) => {
      pane.setTheme(themeFromBackground(event.officeTheme?.bodyBackgroundColor ?? Office.context.officeTheme?.bodyBackgroundColor));
    });
  } catch {
    // Not supported by this host: the theme chosen at start stays.
  }
}
