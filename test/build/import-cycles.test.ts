import { join, relative } from "node:path";
import { importCycles, importGraph, sourceFiles } from "../support/import-graph";

const root = join(__dirname, "..", "..");

describe("import circles", () => {
  it("the checker finds a circle through a type-only import, and none in a chain", () => {
    const files: Record<string, string> = {
      "/r/a.ts": 'import { b } from "./b";',
      "/r/b.ts": 'import type { C } from "./c";\nexport const b = 1;',
      "/r/c.ts": 'export { a } from "./a";\nexport type C = number;',
      "/r/d.ts": 'import { b } from "./b";\nimport React from "react";',
    };
    const graph = importGraph(Object.keys(files), (file) => files[file]);
    expect(importCycles(graph)).toEqual([["/r/a.ts", "/r/b.ts", "/r/c.ts"]]);
    delete files["/r/c.ts"];
    expect(importCycles(importGraph(Object.keys(files), (file) => files[file]))).toEqual([]);
  });

  it("there are none in the repository, type-only imports included", () => {
    const files = sourceFiles(["src", "workbench", "test", "bench"].map((dir) => join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const cycles = importCycles(importGraph(files)).map((group) => group.map((file) => relative(root, file)));
    expect(cycles).toEqual([]);
  });
});
