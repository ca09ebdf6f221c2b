const path = require("path");

/**
 * xlsx.js, the forms' .xlsx engine (ExcelJS, JSZip, src/xlsx and the forms' workbook operations),
 * built as a compilation of its own beside the add-in's bundles. The pane loads it only when a forms
 * command runs. Built apart rather than as a chunk or an entry of the add-in's compilation: modules
 * it shares with the pane would then no longer be inlined into the pane's bundles, and the pane's
 * first render grew by more than the forms panel itself. It has no React or Fluent: the forms panel
 * is compiled into the pane (about 4 KB gzip of its first render), which took about 145 KB gzip out
 * of this script and gives the panel the pane's theme, language and ids.
 *
 * `--env out=dist-workbench` writes it beside the workbench page instead of dist/.
 */
module.exports = (env = {}) => ({
  target: ["web", "es2020"],
  entry: { xlsx: "./src/xlsx/forms-entry.ts" },
  output: { path: path.resolve(__dirname, env.out || "dist"), filename: "[name].js", clean: false },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
      },
    ],
  },
  performance: { hints: false },
});
