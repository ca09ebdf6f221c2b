import { FORMS_SCRIPT_FILE, FORMS_SCRIPT_GLOBAL, type FormsScript } from "./forms-script";

/**
 * The .xlsx engine is the script dist/xlsx.js, loaded the first time a forms command runs, beside
 * the pane's own scripts; the pane's first render does not carry it (a test and `npm run bench`
 * hold that). Loaded once, then reused.
 */
export type FormsEngine = Pick<FormsScript, "makeForms" | "zip" | "collect">;

let loading: Promise<FormsScript> | undefined;

export function loadFormsScript(): Promise<FormsScript> {
  loading ??= new Promise<FormsScript>((resolve, reject) => {
    const element = document.createElement("script");
    element.src = FORMS_SCRIPT_FILE; // beside the pane's own scripts
    element.onload = () => {
      const script = (globalThis as unknown as Record<string, FormsScript | undefined>)[FORMS_SCRIPT_GLOBAL];
      if (script) resolve(script);
      else reject(new Error(FORMS_SCRIPT_FILE));
    };
    element.onerror = () => reject(new Error(FORMS_SCRIPT_FILE));
    document.head.appendChild(element);
  }).catch((error: unknown) => {
    loading = undefined; // a failed load can be tried again
    throw error;
  });
  return loading;
}

export const loadFormsEngine: () => Promise<FormsEngine> = loadFormsScript;
