import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The README is what a new user follows (issue 10, item 9): what it promises about starting the
 * workbench and about Excel versions must match the server and the manifest.
 */
const root = join(__dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const server = readFileSync(join(root, "build-tools", "workbench-server.js"), "utf8");

describe("README", () => {
  it("says the workbench prints a URL to open after a first build, and does not promise to open a browser", () => {
    const quickStart = readme.split("\n").find((line) => line.startsWith("npm ci && npm run workbench"))!;
    expect(quickStart).not.toMatch(/\bopen (the add-in|a browser)\b.*http/);
    expect(readme).toMatch(/does not open a browser/);
    expect(readme).toMatch(/first run builds for about half a minute to two\s+minutes/);
    expect(server).not.toMatch(/xdg-open|"open"|start chrome/);
  });

  it("tells how to pick another port, the way the server reads it", () => {
    expect(server).toMatch(/process\.env\.PORT/);
    expect(readme).toMatch(/PORT=\d+ npm run workbench/);
  });

  it("names the Excel versions that can run the add-in, for the API version the manifest requires", () => {
    const excelApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)![1];
    expect(readme).toContain(`ExcelApi ${excelApi}`);
    for (const version of ["Excel on the web", "Excel 2021", "Excel 2016 and 2019"]) expect(readme).toContain(version);
  });
});
