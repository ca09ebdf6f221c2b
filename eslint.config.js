const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

/** Recommended JavaScript and TypeScript rules; type checking itself is `tsc --noEmit` in `npm run lint`. */
module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-workbench/**", "node_modules/**", "coverage/**", "test-results/**", ".bench-build/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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
