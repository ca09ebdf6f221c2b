import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * What `npm run build` puts in dist/ is what gets deployed: the in-memory Excel host, the workbench
 * page and the formula parser they use are development tools and live in dist-workbench/ instead.
 * Needs `npm run build` and `npm run build:workbench` first (`npm test` runs both).
 */
const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const workbenchDist = join(root, "dist-workbench");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
  );
}

/** Names that survive minification in fast-formula-parser's bundle: the parser generator, the class, its statistics library. */
const FORMULA_PARSER_MARKERS = ["chevrotain", "FormulaParser", "jStat"];

describe("the production build (dist/)", () => {
  beforeAll(() => {
    if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ is not built: run `npm run build` first");
    if (!existsSync(join(workbenchDist, "workbench.js")))
      throw new Error("dist-workbench/ is not built: run `npm run build:workbench` first");
  });

  it("holds the add-in's files and no workbench file", () => {
    const files = filesUnder(dist);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "taskpane.js", "functions.js", "commands.js", "manifest.xml"]));
    expect(files.filter((file) => /workbench/i.test(file))).toEqual([]);
  });

  it("ships no formula-parser code in any script", () => {
    // The markers are real: the workbench bundle, which does carry the parser, contains every one.
    const workbench = readFileSync(join(workbenchDist, "workbench.js"), "utf8");
    for (const marker of FORMULA_PARSER_MARKERS) expect(workbench).toContain(marker);
    for (const file of filesUnder(dist).filter((name) => name.endsWith(".js"))) {
      const code = readFileSync(join(dist, file), "utf8");
      for (const marker of FORMULA_PARSER_MARKERS)
        expect({ file, marker, found: code.includes(marker) }).toEqual({ file, marker, found: false });
    }
  });
});
