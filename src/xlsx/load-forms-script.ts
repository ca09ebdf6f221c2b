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
    const already = (globalThis as unknown as Record<string, FormsScript | undefined>)[FORMS_SCRIPT_GLOBAL];
    if (already) return resolve(already);
    const element = document.createElement("script");
    element.src = new URL(FORMS_SCRIPT_FILE, document.baseURI).href;
    element.async = true;
    element.onload = () => {
      const loaded = (globalThis as unknown as Record<string, FormsScript | undefined>)[FORMS_SCRIPT_GLOBAL];
      if (loaded) resolve(loaded);
      else reject(new Error(`${FORMS_SCRIPT_FILE} loaded without the forms engine`));
    };
    element.onerror = () => reject(new Error(`${FORMS_SCRIPT_FILE} could not be loaded; check the connection and try again`));
    document.head.appendChild(element);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

export const loadFormsEngine: () => Promise<FormsEngine> = loadFormsScript;
