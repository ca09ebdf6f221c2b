const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./build-tools/localize-functions-metadata");
const { DropDataTypeClaimPlugin } = require("./build-tools/functions-metadata-claims");
const { addinBaseUrl, rewriteManifest } = require("./build-tools/addin-base-url");

/**
 * Three bundles: functions.js (the PAR.* functions and their registration only: no React, no DOM, so
 * it loads fast in any JavaScript runtime), commands.js (ribbon commands) and taskpane.js (the pane).
 * In the shared runtime taskpane.html loads all three.
 *
 * ADDIN_BASE_URL sets where the add-in is hosted for production (build-tools/addin-base-url.js): the
 * manifest is rewritten from the development address to it, a missing trailing slash is added, an
 * address Office cannot load stops the build, and a production build without it says so loudly.
 * help.html (the manifest's SupportUrl and LearnMoreUrl) ships beside the pane.
 *
 * This is what ships (dist/). The workbench page and the in-memory Excel host are built apart, by
 * workbench/webpack.config.js into dist-workbench/, so neither they nor their formula parser reach dist/.
 */
module.exports = async (env, options) => {
  const production = options.mode === "production";
  const { baseUrl, warning } = addinBaseUrl(process.env.ADDIN_BASE_URL, production);
  if (warning) console.warn(warning);
  const config = {
    devtool: production ? false : "source-map",
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: {
      hints: false,
    },
    optimization: {
      // The ribbon commands and the pane share the Excel operations and the core: load them once.
      // functions.js stays a single self-contained file (Excel may load it in its own runtime).
      splitChunks: {
        cacheGroups: {
          shared: {
            name: "shared",
            chunks: (chunk) => chunk.name === "commands" || chunk.name === "taskpane",
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new DropDataTypeClaimPlugin({ asset: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.vi.json",
        table: path.resolve(__dirname, "src/functions/metadata.vi.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? rewriteManifest(content.toString(), baseUrl) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  return config;
};

/** Trusted localhost certificates from office-addin-dev-certs, created on first use. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}
