import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/**
 * The shipped dist/functions.js, loaded the way any JavaScript runtime would: a bare context with
 * only a stand-in `CustomFunctions.associate` (no DOM, no CustomFunctions.Error). `npm test` builds
 * first; run `npm run build` before running this file alone.
 */
const dist = join(__dirname, "..", "..", "dist");
const bundlePath = join(dist, "functions.js");

function loadBundle(): Record<string, (...args: unknown[]) => unknown> {
  if (!existsSync(bundlePath)) throw new Error("dist/functions.js is missing: run `npm run build` first");
  const registered: Record<string, (...args: unknown[]) => unknown> = {};
  runInNewContext(readFileSync(bundlePath, "utf8"), {
    CustomFunctions: { associate: (id: string, fn: (...args: unknown[]) => unknown) => (registered[id] = fn) },
  });
  return registered;
}

const rubric = [
  ["1", "lĩnh vực", 20, null],
  ["1.1", "", 12.5, 0.5],
  ["1.2", "", 7.5, null],
  ["2", "điểm thưởng", 1, null],
  ["2.1", "", 1, "0;1"],
];

describe("dist/functions.js", () => {
  const PAR = loadBundle();

  it("registers exactly the PAR functions by id", () => {
    expect(Object.keys(PAR).sort()).toEqual([
      "AREA",
      "CHECK",
      "GAP",
      "GRADE",
      "LOST",
      "MAX",
      "PERCENT",
      "PLAN",
      "PROJECT",
      "RANK",
      "TOTAL",
    ]);
  });

  it("computes exact decimals as Excel would call it", () => {
    expect(PAR.TOTAL([[null], [12.5], [7.242], [""], [1]], rubric)).toBe(20.742);
    expect(PAR.MAX(rubric, null, null)).toBe(20);
    expect(PAR.MAX(rubric, [[null], [12.5], [null], [null], [null]], null)).toBe(12.5);
    expect(PAR.LOST([[null], [12], [7.242], [null], [null]], rubric)).toBe(0.758);
    expect(PAR.PERCENT([[null], [12.5], [7.5], [null], [null]], rubric, null)).toBe(1);
    expect(PAR.AREA([[null], [12.5], [7.242], [null], [1]], rubric, "1")).toBe(19.742);
    expect(PAR.PROJECT([[null], [10], [null], [null], [null]], [[null], [null], [7], [null], [null]], rubric)).toBe(17);
    expect(PAR.GAP([[null], [10], [null], [null], [null]], rubric, 15)).toBe(5);
    expect(
      PAR.GRADE(0.82, [
        ["Tốt", 0.8],
        ["Khá", 0.65],
      ]),
    ).toBe("Tốt");
    expect(PAR.RANK(7, [[9], [7], ["x"], [7]])).toBe(2);
    expect(PAR.CHECK([[null], [13], [null], [null], [null]], rubric, null)).toMatch(/^1 vấn đề: Điểm 13 của tiêu chí 1\.1 vượt/);
    expect(PAR.PLAN([[null], [10], [7.242], [null], [null]], rubric, 19, null)).toEqual([["1.1", 2.5]]);
  });

  it("gives #VALUE! with a message naming the criterion, even without CustomFunctions.Error", () => {
    let error: { code?: string; message?: string } = {};
    try {
      PAR.TOTAL([[null], ["8,25"], [null], [null], [null]], rubric);
    } catch (thrown) {
      error = thrown as typeof error;
    }
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("1.1");
    expect(error.message).toContain('"8,25"');
  });

  it("stays small enough to start fast: at most 30 KB gzip", () => {
    expect(gzipSync(readFileSync(bundlePath)).length).toBeLessThanOrEqual(30 * 1024);
  });
});

describe("dist/taskpane.html", () => {
  it("loads at most 250 KB of gzip JavaScript before the pane first renders", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]).filter((src) => !src.startsWith("http"));
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "commands.js", "taskpane.js"]));
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });
});
