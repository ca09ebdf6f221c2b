"use strict";
/**
 * custom-functions-metadata always writes `allowCustomDataForDataTypeAny: true`, which tells Excel
 * that parameters typed `any` accept data types (entities, linked data). The PAR.* functions read
 * numbers, text, blanks and errors only; a data type would arrive as an object they do not read.
 * This removes the claim from functions.json before anything is derived from it (functions.vi.json).
 */
const PLUGIN_NAME = "DropDataTypeClaimPlugin";

class DropDataTypeClaimPlugin {
  constructor(options = {}) {
    this.asset = options.asset || "functions.json";
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        delete metadata.allowCustomDataForDataTypeAny;
        compilation.updateAsset(this.asset, new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

module.exports = { DropDataTypeClaimPlugin };
