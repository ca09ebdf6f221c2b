/**
 * Vietnamese custom-functions metadata: the localizer (build-tools/localize-functions-metadata.js),
 * its webpack plugin and the translation table src/functions/metadata.vi.json.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata, LocalizedFunctionsMetadataPlugin } = require("../build-tools/localize-functions-metadata");

const REPO = path.resolve(__dirname, "..");
const TABLE_PATH = path.join(REPO, "src/functions/metadata.vi.json");
const FUNCTIONS_PATH = path.join(REPO, "src/functions/functions.ts");

/** The PAR.* functions and their parameters, in order (as declared in src/functions/functions.ts). */
const EXPECTED: Record<string, string[]> = {
  TOTAL: ["scores", "rubric"],
  MAX: ["rubric", "scores", "basis"],
  LOST: ["scores", "rubric"],
  PERCENT: ["scores", "rubric", "basis"],
  AREA: ["scores", "rubric", "code"],
  PROJECT: ["current", "planned", "rubric"],
  GAP: ["scores", "rubric", "target"],
  GRADE: ["value", "bands"],
  RANK: ["value", "values"],
  CHECK: ["scores", "rubric", "language"],
  PLAN: ["scores", "rubric", "target", "count"],
};

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: unknown;
  options?: unknown;
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Fn[];
}
type Table = Record<string, { description: string; parameters?: Record<string, string> }>;

function english(): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "TOTAL",
        name: "TOTAL",
        description: "Total score.",
        parameters: [
          { name: "scores", description: "Score column.", type: "any", dimensionality: "matrix" },
          { name: "rubric", description: "Rubric rows.", type: "any", dimensionality: "matrix" },
        ],
        result: { type: "number" },
      },
      {
        id: "PERCENT",
        name: "PERCENT",
        description: "Index as a fraction.",
        parameters: [
          { name: "scores", description: "Score column.", type: "any", dimensionality: "matrix" },
          { name: "rubric", description: "Rubric rows.", type: "any", dimensionality: "matrix" },
          { name: "basis", description: "Basis.", type: "any", optional: true },
        ],
        result: { type: "number" },
        options: { volatile: false },
      },
    ],
  };
}

function table(): Table {
  return {
    TOTAL: { description: "Tổng điểm.", parameters: { scores: "Cột điểm.", rubric: "Bộ tiêu chí." } },
    PERCENT: {
      description: "Chỉ số dạng tỷ lệ.",
      parameters: { scores: "Cột điểm.", rubric: "Bộ tiêu chí.", basis: "Cơ sở tính." },
    },
  };
}

describe("localizeFunctionsMetadata", () => {
  it("replaces descriptions and keeps ids, names, parameters, results and options", () => {
    const input = english();
    const before = JSON.stringify(input);
    const out: Metadata = localizeFunctionsMetadata(input, table());

    expect(JSON.stringify(input)).toBe(before); // input untouched
    expect(out.allowCustomDataForDataTypeAny).toBe(true);
    expect(out.functions.map((f) => [f.id, f.name])).toEqual([
      ["TOTAL", "TOTAL"],
      ["PERCENT", "PERCENT"],
    ]);
    expect(out.functions.map((f) => f.description)).toEqual(["Tổng điểm.", "Chỉ số dạng tỷ lệ."]);
    const percent = out.functions[1];
    expect(percent.parameters).toEqual([
      { name: "scores", description: "Cột điểm.", type: "any", dimensionality: "matrix" },
      { name: "rubric", description: "Bộ tiêu chí.", type: "any", dimensionality: "matrix" },
      { name: "basis", description: "Cơ sở tính.", type: "any", optional: true },
    ]);
    expect(percent.result).toEqual({ type: "number" });
    expect(percent.options).toEqual({ volatile: false });
    expect(percent.options).not.toBe(input.functions[1].options); // a copy, not shared
  });

  it("follows the metadata's parameter order, not the table's", () => {
    const t = table();
    t.PERCENT.parameters = { basis: "Cơ sở tính.", rubric: "Bộ tiêu chí.", scores: "Cột điểm." };
    const out: Metadata = localizeFunctionsMetadata(english(), t);
    expect(out.functions[1].parameters.map((p) => p.name)).toEqual(["scores", "rubric", "basis"]);
  });

  it("names a missing function", () => {
    const t = table();
    delete (t as Partial<Table>).PERCENT;
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/missing function "PERCENT"/);
  });

  it("names a missing parameter", () => {
    const t = table();
    delete t.PERCENT.parameters!.basis;
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/function "PERCENT": missing parameter "basis"/);
  });

  it("rejects a function without parameter translations when it has parameters", () => {
    const t = table();
    delete t.TOTAL.parameters;
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/function "TOTAL": missing parameter "scores"/);
  });

  it("names extra functions and parameters", () => {
    const t = table() as Table;
    t.RANK = { description: "Xếp hạng.", parameters: { value: "Giá trị." } };
    t.TOTAL.parameters!.target = "Mục tiêu.";
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/extra function "RANK"/);
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/function "TOTAL": extra parameter "target"/);
  });

  it("rejects empty descriptions and unknown keys", () => {
    const t = table() as Record<string, unknown>;
    t.TOTAL = { description: " ", parameters: { scores: "", rubric: "Bộ tiêu chí." }, name: "TONGDIEM" };
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/function "TOTAL": missing or empty description/);
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/parameter "scores" has an empty description/);
    expect(() => localizeFunctionsMetadata(english(), t)).toThrow(/function "TOTAL": unknown key "name"/);
  });

  it("reports every problem at once", () => {
    const t = table();
    delete (t as Partial<Table>).TOTAL;
    delete t.PERCENT.parameters!.rubric;
    let message = "";
    try {
      localizeFunctionsMetadata(english(), t);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/missing function "TOTAL"/);
    expect(message).toMatch(/missing parameter "rubric"/);
  });

  it("rejects input that is not custom-functions metadata", () => {
    expect(() => localizeFunctionsMetadata({}, table())).toThrow(/"functions" array/);
    expect(() => localizeFunctionsMetadata(english(), [])).toThrow(/keyed by function id/);
  });
});

describe("src/functions/metadata.vi.json", () => {
  const viTable: Table = JSON.parse(fs.readFileSync(TABLE_PATH, "utf8"));

  it("covers exactly the PAR functions with their parameter names", () => {
    const covered = Object.fromEntries(Object.entries(viTable).map(([id, e]) => [id, Object.keys(e.parameters ?? {})]));
    expect(covered).toEqual(EXPECTED);
    expect(Object.keys(viTable)).toEqual(Object.keys(EXPECTED));
  });

  it("is Vietnamese text, not copied English", () => {
    const texts = Object.values(viTable).flatMap((e) => [e.description, ...Object.values(e.parameters ?? {})]);
    for (const text of texts) {
      // Every description has at least one Vietnamese letter with a diacritic.
      expect(text).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
      expect(text.length).toBeLessThanOrEqual(255);
    }
  });

  it("localizes a metadata object with exactly these functions", () => {
    const metadata: Metadata = {
      functions: Object.entries(EXPECTED).map(([id, params]) => ({
        id,
        name: id,
        description: `${id} in English`,
        parameters: params.map((name) => ({ name, description: `${name} in English`, type: "any" })),
      })),
    };
    const out: Metadata = localizeFunctionsMetadata(metadata, viTable);
    expect(out.functions.map((f) => f.name)).toEqual(Object.keys(EXPECTED));
    expect(out.functions.every((f) => !/in English/.test(JSON.stringify(f)))).toBe(true);
  });

  const maybe = fs.existsSync(FUNCTIONS_PATH) ? it : it.skip;
  maybe(
    "matches the metadata generated from src/functions/functions.ts",
    async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
      const result = await generateCustomFunctionsMetadata([FUNCTIONS_PATH], true);
      expect(result.errors).toEqual([]);
      const generated: Metadata = JSON.parse(result.metadataJson);
      expect(Object.fromEntries(generated.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]))).toEqual(EXPECTED);
      const out: Metadata = localizeFunctionsMetadata(generated, viTable);
      expect(out.functions.map((f) => f.description)).toEqual(Object.values(viTable).map((e) => e.description));
    },
    30000,
  );
});

describe("LocalizedFunctionsMetadataPlugin in a webpack build", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "par-cf-vi-"));
    fs.writeFileSync(path.join(tmp, "entry.js"), "export const loaded = true;\n");
    fs.writeFileSync(
      path.join(tmp, "functions.ts"),
      [
        "/**",
        " * Total score.",
        " * @customfunction TOTAL",
        " * @param scores Score column.",
        " * @param rubric Rubric rows.",
        " */",
        "export function total(scores: any[][], rubric: any[][]): number { return 0; }",
        "",
      ].join("\n"),
    );
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function build(tableContent: unknown): Promise<{ errors: string[]; files: string[] }> {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const webpack = require("webpack");
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const tablePath = path.join(tmp, "table.json");
    fs.writeFileSync(tablePath, JSON.stringify(tableContent));
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: tmp,
      entry: { functions: path.join(tmp, "entry.js") },
      output: { path: path.join(tmp, "dist"), filename: "[name].js" },
      plugins: [
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: path.join(tmp, "functions.ts") }),
        new LocalizedFunctionsMetadataPlugin({ source: "functions.json", output: "functions.vi.json", table: tablePath }),
      ],
    });
    const stats = await new Promise<{ compilation: { errors: { message: string }[]; fileDependencies: Set<string> } }>((resolve, reject) =>
      compiler.run((err: Error | null, s: never) => (err ? reject(err) : resolve(s))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.compilation.fileDependencies.has(tablePath)).toBe(true);
    const dist = path.join(tmp, "dist");
    return {
      errors: stats.compilation.errors.map((e) => e.message),
      files: fs.existsSync(dist) ? fs.readdirSync(dist).sort() : [],
    };
  }

  it("emits functions.vi.json next to functions.json", async () => {
    const { errors, files } = await build({
      TOTAL: { description: "Tổng điểm.", parameters: { scores: "Cột điểm.", rubric: "Bộ tiêu chí." } },
    });
    expect(errors).toEqual([]);
    expect(files).toEqual(["functions.js", "functions.json", "functions.vi.json"]);
    const en = JSON.parse(fs.readFileSync(path.join(tmp, "dist/functions.json"), "utf8"));
    const vi = JSON.parse(fs.readFileSync(path.join(tmp, "dist/functions.vi.json"), "utf8"));
    expect(en.functions[0].description).toBe("Total score.");
    expect(vi.functions[0]).toEqual({
      ...en.functions[0],
      description: "Tổng điểm.",
      parameters: [
        { ...en.functions[0].parameters[0], description: "Cột điểm." },
        { ...en.functions[0].parameters[1], description: "Bộ tiêu chí." },
      ],
    });
  }, 60000);

  it("fails the build when the table does not match", async () => {
    const { errors } = await build({ TOTAL: { description: "Tổng điểm.", parameters: { scores: "Cột điểm." } } });
    expect(errors).toEqual([expect.stringMatching(/LocalizedFunctionsMetadataPlugin: .*missing parameter "rubric"/s)]);
  }, 60000);
});
