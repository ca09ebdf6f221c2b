/**
 * What ships in dist/ for a real deployment: the pane's Content-Security-Policy allows only what the
 * pane loads, zod parses without `new Function`, the functions metadata claims no data-type support
 * the functions lack, and the help page says what the add-in does and which Excel runs it, in
 * Vietnamese and English. The dist/ checks need `npm run build` (npm test builds first).
 */
import * as fs from "fs";
import * as path from "path";

const REPO = path.resolve(__dirname, "..");
const DIST = path.join(REPO, "dist");
const read = (file: string) => fs.readFileSync(file, "utf8");

function policyOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error("no Content-Security-Policy meta element");
  return new Map(
    match[1]
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe("the task pane's Content-Security-Policy", () => {
  const built = path.join(DIST, "taskpane.html");
  const html = read(built);
  const policy = policyOf(html);

  it("allows scripts only from the add-in itself and Office.js's CDN, and never eval", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const values of policy.values()) expect(values).not.toContain("'unsafe-eval'");
  });

  it("covers every script the built page loads", () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(sources).toEqual(
      expect.arrayContaining(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]),
    );
    for (const source of sources) {
      const allowed =
        !/^https?:/.test(source) ||
        policy.get("script-src")!.some((origin) => origin.startsWith("https://") && source.startsWith(`${origin}/`));
      expect([source, allowed]).toEqual([source, true]);
    }
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/); // no inline script
  });
});

describe("zod in the pane", () => {
  it("checks a rubric file without ever calling new Function", () => {
    const original = globalThis.Function;
    const calls: unknown[][] = [];
    const trap = function (...args: unknown[]) {
      calls.push(args);
      throw new EvalError("Content-Security-Policy: eval is not allowed");
    } as unknown as FunctionConstructor;
    globalThis.Function = trap;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { parseRubric } = require("../src/core/rubric/parse-rubric") as typeof import("../src/core/rubric/parse-rubric");
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { bundledRubricFiles } = require("../src/rubrics") as typeof import("../src/rubrics");
        for (const file of bundledRubricFiles) expect(parseRubric(file).ok).toBe(true);
        expect(parseRubric({ id: "BAD" }).ok).toBe(false);
      });
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});

describe("the custom functions metadata", () => {
  it.each(["functions.json", "functions.vi.json"])("%s does not claim data-type support the functions do not read", (file) => {
    const metadata = JSON.parse(read(path.join(DIST, file))) as Record<string, unknown>;
    expect(metadata).not.toHaveProperty("allowCustomDataForDataTypeAny");
    expect(Array.isArray(metadata.functions)).toBe(true);
  });
});

describe("the help page (SupportUrl, LearnMoreUrl)", () => {
  const html = read(path.join(DIST, "help.html"));

  it("ships in dist/ in Vietnamese and English", () => {
    // The build minifies HTML, so attribute quotes may be gone.
    expect(html).toMatch(/<section id="?vi"? lang="?vi"?>/);
    expect(html).toMatch(/<section id="?en"? lang="?en"?>/);
    expect(html).toContain("Phần bổ trợ làm gì");
    expect(html).toContain("What the add-in does");
  });

  it("names the Excel editions that run the add-in and those that do not, with the requirement sets the manifest declares", () => {
    for (const edition of [
      "Excel on the web",
      "version 2002 or later",
      "Excel 2021 and Excel 2024",
      "Excel for Mac, version 16.35",
      "Excel 2016, Excel 2019",
      "Excel 2016, Excel 2019 (bản mua một lần)",
    ]) {
      expect(html).toContain(edition);
    }
    const manifest = read(path.join(REPO, "manifest.xml"));
    const excelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1];
    expect(html).toContain(`ExcelApi ${excelApi}, SharedRuntime 1.1, CustomFunctionsRuntime 1.1`);
  });
});
