import { parseRubric } from "../src/core/rubric/parse-rubric";
import { rubricFromSheetRows } from "../src/core/rubric/rubric-from-sheet";
import { buildRubricTable } from "../src/core/table/rubric-table";
import { emit, round } from "./measure";

/**
 * The rubric check stays linear: 40,000 criteria under one parent, checked as a rubric file, as a
 * sheet the pane imports and as the range the formulas read (goal: under a second each; a check that
 * compared every criterion with every other took 16.8 s for the file).
 */
export function rubricCheckFigures(): void {
  const count = 40_000;
  const children = Array.from({ length: count }, (_, i) => ({
    code: `1.${i + 1}`,
    name: { vi: `Tiêu chí 1.${i + 1}` },
    max: 0.25,
    rule: { type: "proportional" as const },
    step: 0.25,
  }));
  const file = {
    id: "bench",
    title: { vi: "Bench" },
    level: "department",
    year: 2026,
    version: "1",
    source: { document: "bench", illustrative: true },
    totalMax: count * 0.25,
    gradeBands: {
      default: [
        { label: { vi: "Tốt" }, minPercent: 80 },
        { label: { vi: "Yếu" }, minPercent: 0 },
      ],
    },
    criteria: [{ code: "1", name: { vi: "Lĩnh vực 1" }, max: count * 0.25 }, ...children],
  };
  const rangeRows = [["1", "lĩnh vực", count * 0.25, null], ...children.map((c) => [c.code, "tiêu chí", c.max, c.step])];
  const sheetRows = rangeRows.map(([code, kind, max, step]) => [code, kind, max, `Tên ${String(code)}`, step]);
  const time = (run: () => { ok?: boolean; findings?: unknown[] }) => {
    const t0 = performance.now();
    const result = run();
    const ms = performance.now() - t0;
    if (result.ok === false || (Array.isArray(result.findings) && result.findings.length > 0))
      throw new Error("the bench rubric must pass its checks");
    return round(ms, 1);
  };
  emit({ bench: "rubricCheck.oneParent", criteria: count + 1, path: "file", ms: time(() => parseRubric(file)), goalMs: 1000 });
  emit({
    bench: "rubricCheck.oneParent",
    criteria: count + 1,
    path: "importedSheet",
    ms: time(() => rubricFromSheetRows(sheetRows, { title: "Bench", year: 2026 })),
    goalMs: 1000,
  });
  emit({
    bench: "rubricCheck.oneParent",
    criteria: count + 1,
    path: "formulaRange",
    ms: time(() => buildRubricTable(rangeRows)),
    goalMs: 1000,
  });
}
