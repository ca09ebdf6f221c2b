"use strict";
/**
 * Vietnamese custom-functions metadata (functions.vi.json) from the English functions.json that
 * custom-functions-metadata-plugin generates from the JSDoc, plus a translation table
 * (src/functions/metadata.vi.json):
 *
 *   { "TOTAL": { "description": "…", "parameters": { "scores": "…", "rubric": "…" } }, … }
 *
 * Only descriptions are translated. Function ids and names stay English (PAR.TOTAL works in every
 * locale and in workbooks shared across locales); parameter names, order, types, dimensionality,
 * optional flags, results and options are copied unchanged. The table must cover exactly the
 * functions and parameters of functions.json, so a function added or renamed in the code cannot ship
 * without its Vietnamese text.
 */
const fs = require("fs");
const path = require("path");

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v) => typeof v === "string" && v.trim() !== "";

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} english
 *   parsed functions.json
 * @param {Record<string, { description: string, parameters?: Record<string, string> }>} table
 *   translations keyed by function id, then by parameter name
 * @returns the localized metadata (a new object; the input is not modified)
 * @throws Error listing every function or parameter that is missing, extra or empty in the table
 */
function localizeFunctionsMetadata(english, table) {
  if (!isObject(english) || !Array.isArray(english.functions)) {
    throw new Error('Custom functions metadata must be an object with a "functions" array');
  }
  if (!isObject(table)) {
    throw new Error("Translation table must be an object keyed by function id");
  }

  const problems = [];
  const seen = new Set();
  const functions = english.functions.map((fn) => {
    const id = fn.id;
    if (seen.has(id)) problems.push(`function "${id}" appears twice in the metadata`);
    seen.add(id);
    const entry = table[id];
    if (!Object.prototype.hasOwnProperty.call(table, id)) {
      problems.push(`missing function "${id}"`);
      return fn;
    }
    if (!isObject(entry)) {
      problems.push(`function "${id}": entry must be an object with "description" and "parameters"`);
      return fn;
    }
    for (const key of Object.keys(entry)) {
      if (key !== "description" && key !== "parameters") problems.push(`function "${id}": unknown key "${key}"`);
    }
    if (!isText(entry.description)) problems.push(`function "${id}": missing or empty description`);

    const englishParams = Array.isArray(fn.parameters) ? fn.parameters : [];
    const translated = entry.parameters === undefined ? {} : entry.parameters;
    if (!isObject(translated)) {
      problems.push(`function "${id}": "parameters" must be an object keyed by parameter name`);
      return fn;
    }
    const names = englishParams.map((p) => p.name);
    for (const name of names) {
      if (!Object.prototype.hasOwnProperty.call(translated, name)) problems.push(`function "${id}": missing parameter "${name}"`);
      else if (!isText(translated[name])) problems.push(`function "${id}": parameter "${name}" has an empty description`);
    }
    for (const name of Object.keys(translated)) {
      if (!names.includes(name)) problems.push(`function "${id}": extra parameter "${name}" (not in the metadata)`);
    }

    const localized = { ...fn, description: entry.description };
    if (Array.isArray(fn.parameters)) {
      localized.parameters = fn.parameters.map((p) => ({ ...p, description: translated[p.name] }));
    }
    return localized;
  });

  for (const id of Object.keys(table)) {
    if (!seen.has(id)) problems.push(`extra function "${id}" (not in the metadata)`);
  }

  if (problems.length > 0) {
    throw new Error(`Vietnamese functions metadata: the translation table does not match the functions:\n  - ${problems.join("\n  - ")}`);
  }
  // Deep copy so that callers never share nested objects (result, options) with the input.
  return JSON.parse(JSON.stringify({ ...english, functions }));
}

/**
 * webpack 5 plugin: after custom-functions-metadata-plugin has put `source` (functions.json) into
 * the compilation, emits `output` (functions.vi.json) translated with the `table` file.
 *
 * custom-functions-metadata-plugin assigns compilation.assets["functions.json"] in the compiler's
 * `compilation` hook, i.e. as soon as the compilation is created, so the asset exists at every
 * processAssets stage. We derive from it at PROCESS_ASSETS_STAGE_DERIVED ("derive new assets from
 * existing assets"), which also runs after copy-webpack-plugin (stage ADDITIONAL) and before
 * optimization, hashing and reporting stages.
 */
class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source?: string, output?: string, table: string }} options */
  constructor(options) {
    if (!options || typeof options.table !== "string") {
      throw new Error(`${PLUGIN_NAME}: the "table" option (path to the translation JSON) is required`);
    }
    this.source = options.source || "functions.json";
    this.output = options.output || "functions.vi.json";
    this.table = path.resolve(options.table);
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    // thisCompilation: not child compilations (html-webpack-plugin's), which also receive functions.json.
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        // Rebuild in watch mode / dev-server when the translations change.
        compilation.fileDependencies.add(this.table);

        const error = (message) => compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${message}`));
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          error(
            `${this.source} is not among the compilation's assets, so ${this.output} was not written ` +
              "(did custom-functions-metadata-plugin fail, or does it use another output name?)",
          );
          return;
        }
        let json;
        try {
          const english = JSON.parse(asset.source.source().toString());
          const table = JSON.parse(fs.readFileSync(this.table, "utf8"));
          json = JSON.stringify(localizeFunctionsMetadata(english, table), null, 4);
        } catch (e) {
          error(`${this.output} from ${this.source} and ${path.relative(compiler.context, this.table)}: ${e.message}`);
          return;
        }
        const source = new sources.RawSource(json);
        if (compilation.getAsset(this.output)) compilation.updateAsset(this.output, source);
        else compilation.emitAsset(this.output, source);
      });
    });
  }
}

module.exports = { localizeFunctionsMetadata, LocalizedFunctionsMetadataPlugin };
