/**
 * The bundled rubrics pass exactly the checks a user's file must pass (parseRubric: zod shape, then
 * tree, sums, rules, bands), with no warning, and carry what a bundled rubric promises beyond that.
 */
import { parseRubric } from "../../src/core/rubric/parse-rubric";
import type { Rubric } from "../../src/core/rubric/schema";
import { bundledRubricFiles } from "../../src/rubrics";

const byId = new Map<string, Rubric>();
for (const file of bundledRubricFiles) {
  const result = parseRubric(file);
  if (result.ok) byId.set(result.rubric.id, result.rubric);
}
const rubric = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`bundled rubric ${id} did not parse`);
  return found;
};
const parentOf = (code: string) => (code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : undefined);
const leaves = (r: Rubric) => r.criteria.filter((c) => !r.criteria.some((d) => parentOf(d.code) === c.code));

describe.each(bundledRubricFiles.map((file, index) => [(file as { id?: string }).id ?? `#${index}`, file] as const))(
  "bundled rubric %s",
  (_id, file) => {
    it("passes the same checks as an imported file, without warnings", () => {
      const result = parseRubric(file);
      const messages = result.ok ? result.warnings.map((f) => f.message.en) : result.findings.map((f) => f.message.en);
      expect(messages).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it("states its source and names a responsible department and evidence on every leaf", () => {
      const parsed = parseRubric(file);
      if (!parsed.ok) throw new Error("does not parse");
      expect(parsed.rubric.source.document.length).toBeGreaterThan(10);
      const missing = leaves(parsed.rubric)
        .filter((c) => !c.responsible || !c.evidence)
        .map((c) => c.code);
      expect(missing).toEqual([]);
      expect(leaves(parsed.rubric).some((c) => c.rule?.type === "survey")).toBe(true);
    });
  },
);

describe("bundled rubric specifics", () => {
  it("national 2017 keeps the official area maxima of 2948/QĐ-BNV", () => {
    const r = rubric("national-province-2017");
    expect(r.criteria.filter((c) => !c.code.includes(".")).map((c) => c.max)).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
    expect(r.source.document).toContain("2948/QĐ-BNV");
    expect(r.source.illustrative).toBe(true);
  });

  it("department 2025 has every rule type, a bonus capped below its items and a penalty", () => {
    const r = rubric("department-2025");
    expect([...new Set(leaves(r).map((c) => c.rule?.type))].sort()).toEqual(["levels", "proportional", "survey", "thresholds", "yesNo"]);
    expect(r.criteria.find((c) => c.code === "9")).toMatchObject({ kind: "bonus", max: 2 });
    expect(r.criteria.filter((c) => parentOf(c.code) === "9").reduce((s, c) => s + c.max, 0)).toBe(3);
    expect(r.criteria.find((c) => c.code === "10")).toMatchObject({ kind: "penalty", max: 3 });
  });

  it("commune 2026 differs from 2025 by exactly the documented changes", () => {
    const a = rubric("commune-2025");
    const b = rubric("commune-2026");
    const la = new Map(leaves(a).map((c) => [c.code, c]));
    const lb = new Map(leaves(b).map((c) => [c.code, c]));
    expect([...la.keys()].filter((k) => !lb.has(k)).sort()).toEqual(["3.3.3", "7.3.2"]);
    expect([...lb.keys()].filter((k) => !la.has(k))).toEqual(["7.3.4"]);
    const common = [...la.keys()].filter((k) => lb.has(k));
    expect(common.filter((k) => la.get(k)!.max !== lb.get(k)!.max)).toEqual(["7.2.1"]);
    expect(common.filter((k) => la.get(k)!.name.vi !== lb.get(k)!.name.vi)).toEqual(["1.5"]);
    expect(b.version).toBe("2026.1");
  });
});
