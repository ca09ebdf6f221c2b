"use strict";
/**
 * Where the add-in is hosted. The manifest is written for the development server
 * (https://localhost:3000/); a production build rewrites every URL to ADDIN_BASE_URL.
 */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The base URL to build for: ADDIN_BASE_URL with exactly one trailing slash, or the development
 * address. An address Office cannot load (not https, with a query or fragment) is refused with a
 * message; a production build without one gets a warning that says where it points.
 * @param {string | undefined} value ADDIN_BASE_URL as set
 * @param {boolean} production
 * @returns {{ baseUrl: string, warning?: string }}
 */
function addinBaseUrl(value, production) {
  const raw = (value || "").trim();
  if (raw === "") {
    if (!production) return { baseUrl: DEV_BASE_URL };
    return {
      baseUrl: DEV_BASE_URL,
      warning: [
        "",
        "*".repeat(78),
        "* ADDIN_BASE_URL is not set: this production build points at https://localhost:3000/.",
        "* The manifest in dist/ will only load on the machine that runs the dev server.",
        "* Build for your server with: ADDIN_BASE_URL=https://your.server/par-index/ npm run build",
        "*".repeat(78),
        "",
      ].join("\n"),
    };
  }
  let url;
  const { URL } = require("url");
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL "${raw}" is not a URL; set it to the https:// address that serves dist/, e.g. https://your.server/par-index/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL "${raw}" must start with https:// (Office loads add-ins only over HTTPS)`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`ADDIN_BASE_URL "${raw}" must not have a query or fragment; set it to the folder that serves dist/`);
  }
  return { baseUrl: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

/** The manifest with every development URL moved to `baseUrl`. */
function rewriteManifest(content, baseUrl) {
  return content.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, rewriteManifest };
