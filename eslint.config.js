const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const importX = require("eslint-plugin-import-x");
const { createTypeScriptImportResolver } = require("eslint-import-resolver-typescript");

/**
 * Recommended JavaScript and TypeScript rules, plus the rules that keep the layers apart (README,
 * "Layout"). Type checking itself is `tsc --noEmit` in `npm run lint`; formatting is Prettier's
 * (`npm run format:check`, also in lint).
 */

/** Import boundaries every TypeScript file keeps (paths from the repository root). */
const boundaries = [
  {
    target: "./src",
    from: "./workbench",
    message: "The add-in never imports the workbench: the in-memory host and the workbench page do not ship in dist/.",
  },
  {
    target: ["./src", "./test", "./bench", "./workbench/app", "./workbench/index.tsx"],
    from: "./workbench/host",
    except: ["./index.ts"],
    message: "Import the in-memory Excel host through its one entry point, workbench/host/index.ts.",
  },
  {
    target: "./src/core",
    from: ["./src/excel", "./src/taskpane", "./src/commands", "./src/functions"],
    message: "src/core is the pure domain: Excel, the pane, commands and functions call it, never the other way.",
  },
];

/** The pane talks to the workbook only through the operations contract (src/excel/operations.ts). */
const paneUsesContract = {
  target: "./src/taskpane",
  from: "./src/excel",
  except: ["./operations.ts"],
  message: "The task pane calls the workbook through the operations contract (src/excel/operations.ts), not Office.js modules.",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-workbench/**", "node_modules/**", "coverage/**", "test-results/**", ".bench-build/**", ".forms-build/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      // import-x reads only these files when following imports (its default is .js alone).
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver()],
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Type-only imports are skipped by this rule; test/build/import-cycles.test.ts checks them too.
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: [...boundaries, paneUsesContract] }],
    },
  },
  {
    // The pane's entry point is where the real Excel operations are wired in.
    files: ["src/taskpane/index.tsx"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: boundaries }] },
  },
  {
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core has no React or Fluent UI." },
            { group: ["@microsoft/office-js", "office-*"], message: "src/core has no Office.js." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({ name, message: "src/core has no Office.js." })),
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    // Build scripts are CommonJS run by Node directly.
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
