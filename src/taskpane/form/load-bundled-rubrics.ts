import type { Rubric } from "../../core/rubric/schema";
import { parseBundledRubrics } from "./rubric-choices";

let loading: Promise<Rubric[]> | undefined;

/**
 * The shipped rubrics for the pane, fetched as a chunk of their own the first time they are needed.
 * Their data is about 33 KB gzip: in the pane's first bundle it took an eighth of the 250 KB
 * first-render budget. The chunk holds only the JSON files (src/rubrics), so no module the pane
 * also uses moves out of its bundle.
 */
export function loadBundledRubrics(): Promise<Rubric[]> {
  loading ??= import(/* webpackChunkName: "rubrics" */ "../../rubrics").then(({ bundledRubricFiles }) =>
    parseBundledRubrics(bundledRubricFiles),
  );
  return loading;
}
