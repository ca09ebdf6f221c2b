import { parseRubric, parseRubricJson } from "../../src/core/rubric/parse-rubric";
import { bundledRubricFiles } from "../../src/rubrics";

/** A broken rubric file gets messages that name the criterion code and the field, in both languages. */
const base = () =>
  structuredClone(bundledRubricFiles[2]) as {
    criteria: Record<string, unknown>[];
    gradeBands: Record<string, { minPercent: number }[]>;
    totalMax: number;
  };
const messagesOf = (data: unknown) => {
  const result = parseRubric(data);
  if (result.ok) return { vi: [] as string[], en: [] as string[] };
  return { vi: result.findings.map((f) => f.message.vi), en: result.findings.map((f) => f.message.en) };
};
const leafIndex = (data: ReturnType<typeof base>, code: string) => data.criteria.findIndex((c) => c.code === code);

describe("rubric file checks", () => {
  it("names the code and field of a wrongly typed max", () => {
    const data = base();
    data.criteria[leafIndex(data, "1.1.1")].max = "1,5";
    const { vi, en } = messagesOf(data);
    expect(vi).toContain('Tiêu chí 1.1.1: trường "max" phải là một số.');
    expect(en).toContain('Criterion 1.1.1: the field "max" must be a number.');
  });

  it("names a missing field and an unknown rule type", () => {
    const data = base();
    delete data.criteria[leafIndex(data, "1.1.1")].name;
    data.criteria[leafIndex(data, "1.1.2")].rule = { type: "guess" };
    const { en } = messagesOf(data);
    expect(en).toContain('Criterion 1.1.1: the field "name" is missing.');
    expect(en.some((m) => m.startsWith('Criterion 1.1.2: the field "rule'))).toBe(true);
  });

  it("reports sub-criteria that do not add up to their parent, and areas that miss the scale", () => {
    const data = base();
    data.criteria[leafIndex(data, "1.1.1")].max = 0.25;
    const { en } = messagesOf(data);
    expect(en.some((m) => /^Criterion 1\.1: its maximum is .* but its sub-criteria add up to/.test(m))).toBe(true);
  });

  it("reports duplicate codes, missing parents and a parent listed after its child", () => {
    const data = base();
    data.criteria.push({ ...data.criteria[leafIndex(data, "1.1.1")] });
    data.criteria.push({ ...data.criteria[leafIndex(data, "1.1.1")], code: "42.1" });
    const { en } = messagesOf(data);
    expect(en.some((m) => m.startsWith("Criterion 1.1.1: the code is duplicated"))).toBe(true);
    expect(en).toContain("Criterion 42.1: its parent 42 does not exist; add 42 or fix the code.");
  });

  it("reports a step that does not divide the max and a rule that cannot reach the max", () => {
    const data = base();
    const index = data.criteria.findIndex((c) => (c.rule as { type?: string } | undefined)?.type === "levels");
    data.criteria[index].step = 0.3;
    const { en } = messagesOf(data);
    expect(en.some((m) => m.startsWith(`Criterion ${data.criteria[index].code}: the step 0.3 does not divide`))).toBe(true);
  });

  it("reports grade bands out of order", () => {
    const data = base();
    const group = Object.keys(data.gradeBands)[0];
    data.gradeBands[group].reverse();
    const { en } = messagesOf(data);
    expect(en.some((m) => m.includes(`gradeBands.${group}`) && m.includes("descending"))).toBe(true);
  });

  it("gives a clear message for a file that is not JSON", () => {
    const result = parseRubricJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0].message.vi).toMatch(/^Tệp không phải JSON hợp lệ/);
  });

  it("accepts a file with a byte order mark", () => {
    expect(parseRubricJson("\uFEFF" + JSON.stringify(bundledRubricFiles[1])).ok).toBe(true);
  });
});
