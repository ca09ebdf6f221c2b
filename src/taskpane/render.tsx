import { createRoot } from "react-dom/client";
import type { Language } from "../core/bilingual";
import type { WorkbookOperations } from "../excel/operations";
import { TaskpaneRoot } from "./components/TaskpaneRoot";
import type { ThemeName } from "./host-preferences";

export interface TaskpaneOptions {
  /** The starting language; the user can switch it in the pane. Vietnamese when absent. */
  language?: Language;
  theme?: ThemeName;
  /** The day the meeting report's default period is computed from; today when absent. */
  today?: Date;
}

export interface TaskpaneHandle {
  /** Follows Office when its theme changes, keeping what the user has typed. */
  setTheme: (theme: ThemeName) => void;
  unmount: () => void;
}

/**
 * Renders the pane into `container` with any `WorkbookOperations`: Office.js in the add-in, a fake
 * or an in-memory workbook in the workbench and tests. Does not touch Office itself.
 */
export function renderTaskpane(container: Element, operations: WorkbookOperations, options: TaskpaneOptions = {}): TaskpaneHandle {
  const root = createRoot(container);
  let theme: ThemeName = options.theme ?? "light";
  const draw = () =>
    root.render(<TaskpaneRoot operations={operations} language={options.language ?? "vi"} theme={theme} today={options.today} />);
  draw();
  return {
    setTheme(next) {
      theme = next;
      draw();
    },
    unmount: () => root.unmount(),
  };
}
