const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("../webpack.config.js");

/**
 * The workbench build (`npm run build:workbench`, run by `npm run workbench` and `npm test`): the
 * workbench page, which bundles the real task pane with the in-memory Excel host, next to the same
 * functions.js the add-in ships (the page registers the real PAR.* functions from it). It writes to
 * dist-workbench/, never to dist/, so the production build stays free of the host and its formula
 * parser.
 */
const ROOT = path.resolve(__dirname, "..");

module.exports = async (env, options) => {
  const addin = await addinConfig(env, options);
  return {
    ...addin,
    context: ROOT,
    entry: { functions: addin.entry.functions, workbench: "./workbench/index.tsx" },
    output: { ...addin.output, path: path.join(ROOT, "dist-workbench") },
    // The pane's HTML page and the manifest are the add-in's; the workbench has its own page.
    plugins: [
      ...addin.plugins.filter((plugin) => !(plugin instanceof HtmlWebpackPlugin) && !(plugin instanceof CopyWebpackPlugin)),
      new HtmlWebpackPlugin({ filename: "workbench.html", template: "./workbench/workbench.html", chunks: ["workbench"] }),
    ],
    devServer: undefined,
  };
};
