import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The .xlsx engine (ExcelJS, JSZip, src/xlsx) ships as its own script that the pane loads only when
 * a forms command runs: the first render does not carry it (the 250 KB gzip budget is tested in
 * test/functions/built-bundle.test.ts). Runs on the production build that `npm test` makes.
 */
const dist = join(__dirname, "..", "..", "dist");

test("dist/xlsx.js holds ExcelJS and the forms, and taskpane.html does not load it", () => {
  expect(existsSync(join(dist, "xlsx.js"))).toBe(true);
  const chunk = readFileSync(join(dist, "xlsx.js"), "utf8");
  expect(chunk).toContain("sharedStrings"); // ExcelJS's writer
  expect(chunk).toContain("PAR_FORM"); // our form plan
  // No React or Fluent of its own: the forms panel is the pane's (one theme, one set of ids).
  expect({ react: chunk.includes("Minified React error"), fluent: chunk.includes("fui-Button") }).toEqual({ react: false, fluent: false });
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  expect(html).not.toContain("xlsx.js");
  for (const script of ["taskpane.js", "shared.js", "commands.js", "functions.js"]) {
    expect({ script, carriesExcelJS: readFileSync(join(dist, script), "utf8").includes("sharedStrings.xml") }).toEqual({
      script,
      carriesExcelJS: false,
    });
  }
});
