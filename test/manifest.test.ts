/**
 * Offline structural checks of manifest.xml (`office-addin-manifest validate` needs the network).
 *
 * checkManifest() runs named rules over the parsed XML and returns problems; the real manifest
 * must have none, and the "checker notices" tests mutate the XML (or the file system it looks at)
 * to prove that every rule can fail.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XmlDocument, XmlElement, XmlParseError, childElements, descendants, parseXml, textContent } from "./support/xml";
import { compareVersions, highestSets, officeApiUses, type ApiUse } from "./support/excel-api-sets";
import { EXCEL_API_FOR_COMMAND } from "../src/excel/requirements";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, rewriteManifest } = require("../build-tools/addin-base-url") as {
  addinBaseUrl: (value: string | undefined, production: boolean) => { baseUrl: string; warning?: string };
  rewriteManifest: (content: string, baseUrl: string) => string;
};

const REPO = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(REPO, "manifest.xml");
const ORIGIN = "https://localhost:3000/";
const VI = "vi-VN";

/** Files the webpack build emits at the dev-server / dist root. Everything else served must be in the repo (assets/). */
const BUILD_OUTPUTS = ["taskpane.html", "functions.js", "functions.json", "functions.vi.json", "help.html"];

/** The help page the manifest's SupportUrl and LearnMoreUrl open (copied to dist/ by the build). */
const HELP_PAGE = "help.html";

/**
 * Every Office API the add-in's code calls, with its requirement set. Type-checking src/ takes a
 * while, so it is done once for all the checks below.
 */
let apiUses: ApiUse[] | undefined;
const usedApis = () => (apiUses ??= officeApiUses(REPO, ["src/"]));

const TOP_LEVEL_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const TOP_LEVEL_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** Strings that are deliberately the same in English and Vietnamese (proper names). */
const SAME_IN_BOTH_LANGUAGES = new Set(["PAR", "PAR INDEX"]);

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";
const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  "bt:Images": "Image",
  "bt:Urls": "Url",
  "bt:ShortStrings": "ShortString",
  "bt:LongStrings": "LongString",
};
const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortString: 125, LongString: 250 };

interface Env {
  /** Where every URL must point: the dev server, or ADDIN_BASE_URL in a production manifest. */
  origin?: string;
  /** Where assets/* are looked up. */
  repo: string;
  /** Build output directory; checked only if it exists. */
  dist: string;
}

interface Problem {
  rule: string;
  message: string;
}

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
  defaultValue: string;
  overrides: Record<string, string>;
}

interface Ctx {
  doc: XmlDocument;
  root: XmlElement;
  env: Env;
  resources: Map<string, Resource>;
  /** Every element under VersionOverrides/Hosts that has a resid, with its parent. */
  resids: { element: XmlElement; parent: XmlElement }[];
}

// ---------- small helpers ----------

const at = (e: XmlElement) => `<${e.name}> (line ${e.line})`;
const kids = childElements;
const first = (e: XmlElement | undefined, name: string): XmlElement | undefined => (e ? kids(e, name)[0] : undefined);
const firstPath = (e: XmlElement | undefined, ...names: string[]) => names.reduce<XmlElement | undefined>((cur, n) => first(cur, n), e);
const xsiType = (e: XmlElement) => e.attributes["xsi:type"];

function overridesOf(e: XmlElement): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const o of kids(e).filter((c) => c.name === "Override" || c.name === "bt:Override")) {
    const locale = o.attributes.Locale;
    if (!locale) problems.push(`${at(o)} has no Locale`);
    else if (locale in values) problems.push(`${at(e)} has two overrides for ${locale}`);
    else values[locale] = o.attributes.Value ?? "";
  }
  return { values, problems };
}

/** Children must appear in the given order; names in `repeatable` may repeat; unknown names are errors. */
function checkSequence(parent: XmlElement, order: string[], required: string[] = [], repeatable: string[] = []): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const c of kids(parent)) {
    const i = order.indexOf(c.name);
    if (i < 0) problems.push(`unexpected ${at(c)} inside <${parent.name}>`);
    else if (i < last || (i === last && !repeatable.includes(c.name)))
      problems.push(`${at(c)} is out of order inside <${parent.name}>: it must come before <${lastName}>`);
    else {
      last = i;
      lastName = c.name;
    }
  }
  for (const name of required) {
    if (kids(parent, name).length === 0) problems.push(`<${parent.name}> (line ${parent.line}) lacks required <${name}>`);
  }
  return problems;
}

function pngSize(file: string): { width: number; height: number } | undefined {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function collectResources(root: XmlElement): { resources: Map<string, Resource>; problems: string[] } {
  const resources = new Map<string, Resource>();
  const problems: string[] = [];
  const res = firstPath(root, "VersionOverrides", "Resources");
  if (!res) return { resources, problems: ["VersionOverrides has no <Resources>"] };
  for (const group of kids(res)) {
    const kind = RESOURCE_GROUPS[group.name];
    if (!kind) continue; // reported by the order rule
    const itemName = kind === "Image" ? "bt:Image" : kind === "Url" ? "bt:Url" : "bt:String";
    for (const item of kids(group)) {
      if (item.name !== itemName) {
        problems.push(`${at(item)} inside <${group.name}>, expected <${itemName}>`);
        continue;
      }
      const id = item.attributes.id;
      if (!id) {
        problems.push(`${at(item)} has no id`);
        continue;
      }
      if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      const { values, problems: overrideProblems } = overridesOf(item);
      problems.push(...overrideProblems);
      resources.set(id, { id, kind, element: item, defaultValue: item.attributes.DefaultValue ?? "", overrides: values });
    }
  }
  return { resources, problems };
}

function collectResids(root: XmlElement): Ctx["resids"] {
  const out: Ctx["resids"] = [];
  const walk = (e: XmlElement) => {
    for (const c of kids(e)) {
      if ("resid" in c.attributes) out.push({ element: c, parent: e });
      walk(c);
    }
  };
  const hosts = firstPath(root, "VersionOverrides", "Hosts");
  if (hosts) walk(hosts);
  return out;
}

/** Which kind of resource a resid on this element must point to. */
function expectedKind(element: XmlElement, parent: XmlElement): ResourceKind | undefined {
  switch (element.name) {
    case "Runtime":
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "Url";
    case "bt:Image":
      return "Image";
    case "Namespace":
    case "Label":
      return "ShortString";
    case "Title":
      return parent.name === "GetStarted" || parent.name === "Supertip" ? "ShortString" : undefined;
    case "Description":
      return parent.name === "GetStarted" || parent.name === "Supertip" ? "LongString" : undefined;
    default:
      return undefined;
  }
}

function customFunctionsPoint(root: XmlElement): XmlElement | undefined {
  const all = firstPath(root, "VersionOverrides", "Hosts", "Host", "AllFormFactors");
  return all ? kids(all, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions") : undefined;
}

function buttons(root: XmlElement): XmlElement[] {
  const desktop = firstPath(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
  return desktop ? descendants(desktop).filter((e) => e.name === "Control") : [];
}

/** Every URL in the manifest with where it came from. */
function allUrls(ctx: Ctx): { url: string; from: string }[] {
  const out: { url: string; from: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const e of kids(ctx.root, name)) {
      out.push({ url: e.attributes.DefaultValue ?? "", from: at(e) });
      for (const [locale, v] of Object.entries(overridesOf(e).values)) out.push({ url: v, from: `${at(e)} ${locale}` });
    }
  }
  const sl = firstPath(ctx.root, "DefaultSettings", "SourceLocation");
  if (sl) out.push({ url: sl.attributes.DefaultValue ?? "", from: "DefaultSettings/SourceLocation" });
  for (const r of ctx.resources.values()) {
    if (r.kind !== "Url" && r.kind !== "Image") continue;
    out.push({ url: r.defaultValue, from: `resource ${r.id}` });
    for (const [locale, v] of Object.entries(r.overrides)) out.push({ url: v, from: `resource ${r.id} (${locale})` });
  }
  return out;
}

// ---------- rules ----------

const rules: Record<string, (ctx: Ctx) => string[]> = {
  "root element and declaration": ({ doc, root }) => {
    const p: string[] = [];
    if (!doc.declaration || (doc.declaration.encoding ?? "").toUpperCase() !== "UTF-8")
      p.push('missing <?xml ... encoding="UTF-8"?> declaration');
    if (root.name !== "OfficeApp") p.push(`root is <${root.name}>, expected <OfficeApp>`);
    if (root.attributes.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") p.push("wrong default namespace on OfficeApp");
    if (root.attributes["xmlns:bt"] !== "http://schemas.microsoft.com/office/officeappbasictypes/1.0") p.push("xmlns:bt missing or wrong");
    if (root.attributes["xmlns:xsi"] !== "http://www.w3.org/2001/XMLSchema-instance") p.push("xmlns:xsi missing or wrong");
    if (xsiType(root) !== "TaskPaneApp") p.push(`OfficeApp xsi:type is ${xsiType(root)}, expected TaskPaneApp`);
    return p;
  },

  "top-level element order": ({ root }) => {
    const p = checkSequence(root, TOP_LEVEL_ORDER, TOP_LEVEL_REQUIRED);
    const text = (name: string) => (first(root, name) ? textContent(first(root, name)!).trim() : "");
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) p.push("Id is not a GUID");
    if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) p.push(`Version "${text("Version")}" is not n[.n[.n[.n]]]`);
    if (text("DefaultLocale") !== "en-US") p.push("DefaultLocale must be en-US");
    const hosts = kids(first(root, "Hosts") ?? root, "Host").map((h) => h.attributes.Name);
    if (hosts.join() !== "Workbook") p.push(`Hosts are [${hosts.join()}], expected [Workbook]`);
    return p;
  },

  "VersionOverrides element order": ({ root }) => {
    const vo = first(root, "VersionOverrides");
    if (!vo) return ["no VersionOverrides"];
    const p: string[] = [];
    if (vo.attributes.xmlns !== "http://schemas.microsoft.com/office/taskpaneappversionoverrides") p.push("VersionOverrides xmlns wrong");
    if (xsiType(vo) !== "VersionOverridesV1_0") p.push("VersionOverrides xsi:type must be VersionOverridesV1_0");
    p.push(
      ...checkSequence(
        vo,
        ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo"],
        ["Hosts", "Resources"],
      ),
    );
    const host = firstPath(vo, "Hosts", "Host");
    if (!host || xsiType(host) !== "Workbook") return [...p, "VersionOverrides/Hosts/Host xsi:type Workbook missing"];
    p.push(
      ...checkSequence(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"], ["Runtimes", "AllFormFactors", "DesktopFormFactor"]),
    );
    const cf = customFunctionsPoint(root);
    if (!cf) p.push("no CustomFunctions extension point under AllFormFactors");
    else p.push(...checkSequence(cf, ["Script", "Page", "Metadata", "Namespace"], ["Script", "Page", "Metadata", "Namespace"]));
    const desktop = first(host, "DesktopFormFactor");
    if (desktop) {
      p.push(
        ...checkSequence(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile", "ExtensionPoint"], ["ExtensionPoint"]),
      );
      const gs = first(desktop, "GetStarted");
      if (gs) p.push(...checkSequence(gs, ["Title", "Description", "LearnMoreUrl"], ["Title", "Description"]));
      for (const e of descendants(desktop)) {
        if (e.name === "Group") p.push(...checkSequence(e, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"], ["Control"]));
        if (e.name === "Control")
          p.push(...checkSequence(e, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]));
        if (e.name === "Supertip") p.push(...checkSequence(e, ["Title", "Description"], ["Title", "Description"]));
      }
    }
    const res = first(vo, "Resources");
    if (res)
      p.push(
        ...checkSequence(
          res,
          ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
          ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
        ),
      );
    return p;
  },

  "every resid exists with the right kind": ({ resources, resids }) => {
    const p: string[] = [];
    if (resids.length === 0) p.push("no resid references found");
    for (const { element, parent } of resids) {
      const id = element.attributes.resid;
      const want = expectedKind(element, parent);
      const have = resources.get(id);
      if (!want) p.push(`no rule for the kind of resid on ${at(element)} inside <${parent.name}>`);
      if (!have) p.push(`dangling resid "${id}" on ${at(element)}`);
      else if (want && have.kind !== want) p.push(`resid "${id}" on ${at(element)} is a ${have.kind}, expected ${want}`);
    }
    return p;
  },

  "resources are well formed": ({ root }) => collectResources(root).problems,

  "shared runtime wiring": ({ root, resources }) => {
    const p: string[] = [];
    const runtimes = kids(firstPath(root, "VersionOverrides", "Hosts", "Host", "Runtimes") ?? root, "Runtime");
    if (runtimes.length !== 1) return [`expected exactly one <Runtime>, found ${runtimes.length}`];
    const runtime = runtimes[0];
    const rid = runtime.attributes.resid;
    if (runtime.attributes.lifetime !== "long") p.push('Runtime lifetime must be "long"');
    const functionFile = firstPath(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "FunctionFile");
    if (functionFile?.attributes.resid !== rid)
      p.push(`FunctionFile resid "${functionFile?.attributes.resid}" differs from Runtime resid "${rid}"`);
    const page = firstPath(customFunctionsPoint(root), "Page", "SourceLocation");
    if (page?.attributes.resid !== rid)
      p.push(`CustomFunctions Page resid "${page?.attributes.resid}" differs from Runtime resid "${rid}"`);
    for (const control of buttons(root)) {
      const action = first(control, "Action");
      if (action && xsiType(action) === "ShowTaskpane") {
        const src = first(action, "SourceLocation")?.attributes.resid;
        if (src !== rid)
          p.push(`ShowTaskpane SourceLocation resid "${src}" differs from Runtime resid "${rid}" (one task pane per shared runtime)`);
        if (textContent(first(action, "TaskpaneId") ?? action).trim() !== "ButtonId1") p.push("ShowTaskpane TaskpaneId must be ButtonId1");
      }
    }
    const pageUrl = resources.get(rid)?.defaultValue;
    const defaultSource = firstPath(root, "DefaultSettings", "SourceLocation")?.attributes.DefaultValue;
    if (pageUrl !== defaultSource) p.push(`DefaultSettings SourceLocation "${defaultSource}" differs from the runtime page "${pageUrl}"`);
    return p;
  },

  "requirement sets": ({ root }) => {
    const sets = kids(firstPath(root, "Requirements", "Sets") ?? root, "Set");
    const version = (name: string) => sets.find((s) => s.attributes.Name === name)?.attributes.MinVersion;
    const p: string[] = [];
    for (const [name, min] of [
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.1"],
    ]) {
      if (version(name) !== min) p.push(`requirement set ${name} ${min} not declared (found ${version(name)})`);
    }
    // ExcelApi: exactly the highest version the code calls, so no client that could run the add-in is
    // turned away and none that cannot is let in.
    const excel = highestSets(usedApis()).get("ExcelApi");
    if (!excel) p.push("no ExcelApi call found in src/ (the API scan is broken)");
    else if (version("ExcelApi") !== excel.version) {
      const examples = excel.uses
        .slice(0, 3)
        .map((use) => `${use.api} at ${use.at}`)
        .join(", ");
      p.push(`requirement set ExcelApi is declared ${version("ExcelApi")} but the code needs ${excel.version} (${examples})`);
    }
    return p;
  },

  "support and learn-more pages": (ctx) => {
    const p: string[] = [];
    const help = `${originOf(ctx)}${HELP_PAGE}`;
    const support = first(ctx.root, "SupportUrl")?.attributes.DefaultValue;
    if (support !== help) p.push(`SupportUrl is "${support}", expected ${help}`);
    const learnMore = firstPath(ctx.root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "GetStarted", "LearnMoreUrl");
    const learnMoreUrl = ctx.resources.get(learnMore?.attributes.resid ?? "")?.defaultValue;
    if (learnMoreUrl !== help) p.push(`GetStarted LearnMoreUrl is "${learnMoreUrl}", expected ${help}`);
    return p;
  },

  "every image and icon file is used": (ctx) => {
    const p: string[] = [];
    const used = new Set(ctx.resids.filter((r) => r.element.name === "bt:Image").map((r) => r.element.attributes.resid));
    for (const r of ctx.resources.values())
      if (r.kind === "Image" && !used.has(r.id)) p.push(`image resource ${r.id} is not used by any control`);
    const urls = allUrls(ctx).map(({ url }) => url);
    const assets = fs.existsSync(path.join(ctx.env.repo, "assets")) ? fs.readdirSync(path.join(ctx.env.repo, "assets")) : [];
    for (const file of assets)
      if (!urls.some((url) => url.endsWith(`/assets/${file}`))) p.push(`assets/${file} is shipped but the manifest never uses it`);
    return p;
  },

  permissions: ({ root }) => {
    const perm = first(root, "Permissions");
    const value = perm ? textContent(perm).trim() : "";
    return value === "ReadWriteDocument" ? [] : [`Permissions is "${value}", expected ReadWriteDocument`];
  },

  "custom functions namespace and metadata": (ctx) => {
    const { root, resources } = ctx;
    const cf = customFunctionsPoint(root);
    if (!cf) return ["no CustomFunctions extension point"];
    const p: string[] = [];
    const ns = resources.get(first(cf, "Namespace")?.attributes.resid ?? "");
    if (!ns || ns.defaultValue !== "PAR") p.push(`Namespace is "${ns?.defaultValue}", expected "PAR"`);
    for (const [locale, v] of Object.entries(ns?.overrides ?? {}))
      if (v !== "PAR") p.push(`Namespace override ${locale} is "${v}", expected "PAR"`);
    const url = (part: string) => resources.get(firstPath(cf, part, "SourceLocation")?.attributes.resid ?? "");
    const ORIGIN = originOf(ctx);
    if (url("Script")?.defaultValue !== `${ORIGIN}functions.js`) p.push("Script must be functions.js");
    const meta = url("Metadata");
    if (meta?.defaultValue !== `${ORIGIN}functions.json`) p.push("Metadata must be functions.json");
    if (meta?.overrides[VI] !== `${ORIGIN}functions.vi.json`) p.push(`Metadata needs a ${VI} override to functions.vi.json`);
    return p;
  },

  "ribbon commands": ({ root, resources }) => {
    const p: string[] = [];
    const tab = firstPath(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    if (tab?.attributes.id !== "TabHome") p.push("ribbon group must be on OfficeTab TabHome");
    const group = tab && first(tab, "Group");
    if (resources.get(first(group, "Label")?.attributes.resid ?? "")?.defaultValue !== "PAR INDEX")
      p.push('group label must be "PAR INDEX"');
    const actions = buttons(root).map((c) => first(c, "Action"));
    const types = actions.map((a) => (a ? xsiType(a) : "none"));
    if (types.join() !== "ShowTaskpane,ExecuteFunction") p.push(`buttons are [${types.join()}], expected [ShowTaskpane,ExecuteFunction]`);
    for (const a of actions) {
      if (a && xsiType(a) === "ExecuteFunction") {
        const fn = textContent(first(a, "FunctionName") ?? a).trim();
        if (fn !== "makeMeetingSummary") p.push(`ExecuteFunction FunctionName is "${fn}", expected makeMeetingSummary`);
      }
    }
    const ids = descendants(root)
      .filter((e) => e.name === "Group" || e.name === "Control")
      .map((e) => e.attributes.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) p.push(`duplicate control ids: ${dup.join(", ")}`);
    return p;
  },

  "every URL is served by the build or the repo": (ctx) => {
    const ORIGIN = originOf(ctx);
    const p: string[] = [];
    const distExists = fs.existsSync(ctx.env.dist);
    for (const { url, from } of allUrls(ctx)) {
      if (!url.startsWith(ORIGIN)) {
        p.push(`${from}: "${url}" is not under ${ORIGIN}`);
        continue;
      }
      const rel = url.slice(ORIGIN.length).split(/[?#]/)[0];
      if (rel.startsWith("assets/")) {
        if (!fs.existsSync(path.join(ctx.env.repo, rel))) p.push(`${from}: ${rel} does not exist in the repo`);
      } else if (!BUILD_OUTPUTS.includes(rel)) {
        p.push(`${from}: ${rel} is neither in assets/ nor a declared build output`);
      }
      if (distExists && !fs.existsSync(path.join(ctx.env.dist, rel))) p.push(`${from}: ${rel} is missing from ${ctx.env.dist}`);
    }
    return p;
  },

  "icons are PNGs of the right size": (ctx) => {
    const ORIGIN = originOf(ctx);
    const p: string[] = [];
    const check = (url: string, size: number, from: string) => {
      const rel = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : "";
      const file = path.join(ctx.env.repo, rel);
      if (!rel.startsWith("assets/") || !fs.existsSync(file)) return; // reported by the URL rule
      const dim = pngSize(file);
      if (!dim) p.push(`${from}: ${rel} is not a PNG`);
      else if (dim.width !== size || dim.height !== size) p.push(`${from}: ${rel} is ${dim.width}x${dim.height}, expected ${size}x${size}`);
    };
    for (const { url, from } of allUrls(ctx)) {
      const m = /icon-(\d+)\.png$/.exec(url);
      if (m) check(url, Number(m[1]), from);
    }
    for (const { element } of ctx.resids.filter((r) => r.element.name === "bt:Image")) {
      const img = ctx.resources.get(element.attributes.resid);
      if (img?.kind === "Image") check(img.defaultValue, Number(element.attributes.size), at(element));
    }
    return p;
  },

  "every string has a vi-VN override": ({ root, resources }) => {
    const p: string[] = [];
    const check = (what: string, en: string, values: Record<string, string>) => {
      const vi = values[VI];
      if (vi === undefined) p.push(`${what} has no ${VI} override`);
      else if (!vi.trim()) p.push(`${what} has an empty ${VI} override`);
      else if (vi === en && !SAME_IN_BOTH_LANGUAGES.has(en)) p.push(`${what}: ${VI} override is still the English text "${en}"`);
      for (const locale of Object.keys(values)) if (locale !== VI) p.push(`${what} has an unexpected override for ${locale}`);
    };
    for (const name of ["DisplayName", "Description"]) {
      const e = first(root, name);
      if (e) check(`<${name}>`, e.attributes.DefaultValue ?? "", overridesOf(e).values);
    }
    for (const r of resources.values())
      if (r.kind === "ShortString" || r.kind === "LongString") check(`string ${r.id}`, r.defaultValue, r.overrides);
    return p;
  },

  "display name and string lengths": ({ root, resources }) => {
    const p: string[] = [];
    const dn = first(root, "DisplayName");
    if (dn?.attributes.DefaultValue !== "PAR INDEX – Administrative Reform Index")
      p.push(`DisplayName is "${dn?.attributes.DefaultValue}"`);
    if (dn && overridesOf(dn).values[VI] !== "PAR INDEX – Chỉ số CCHC") p.push(`DisplayName ${VI} is "${overridesOf(dn).values[VI]}"`);
    const limit = (what: string, values: string[], max: number) => {
      for (const v of values) if (v.length > max) p.push(`${what} is ${v.length} characters, more than ${max}: "${v}"`);
    };
    for (const [name, max] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const e = first(root, name);
      if (e) limit(`<${name}>`, [e.attributes.DefaultValue ?? "", ...Object.values(overridesOf(e).values)], max);
    }
    for (const r of resources.values()) {
      const max = MAX_LENGTH[r.kind];
      if (max) limit(`string ${r.id}`, [r.defaultValue, ...Object.values(r.overrides)], max);
      if (!r.defaultValue) p.push(`resource ${r.id} has no DefaultValue`);
    }
    return p;
  },
};

function originOf(ctx: Ctx): string {
  return ctx.env.origin ?? ORIGIN;
}

function checkManifest(xml: string, env: Env = { repo: REPO, dist: path.join(REPO, "dist") }): Problem[] {
  let doc: XmlDocument;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return [{ rule: "xml", message: (e as Error).message }];
  }
  const { resources } = collectResources(doc.root);
  const ctx: Ctx = { doc, root: doc.root, env, resources, resids: collectResids(doc.root) };
  const problems: Problem[] = [];
  for (const [rule, run] of Object.entries(rules)) {
    try {
      for (const message of run(ctx)) problems.push({ rule, message });
    } catch (e) {
      problems.push({ rule, message: `rule crashed: ${(e as Error).message}` });
    }
  }
  return problems;
}

// ---------- tests ----------

const MANIFEST = fs.readFileSync(MANIFEST_PATH, "utf8");

describe("manifest.xml", () => {
  const problems = checkManifest(MANIFEST);

  it("parses", () => {
    expect(problems.filter((p) => p.rule === "xml")).toEqual([]);
  });

  it.each(Object.keys(rules))("%s", (rule) => {
    expect(problems.filter((p) => p.rule === rule).map((p) => p.message)).toEqual([]);
  });

  it("references every icon size the add-in ships", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(MANIFEST).toContain(`${ORIGIN}assets/icon-${size}.png`);
    }
  });
});

/** Replace exactly one occurrence (so a mutation that silently matches nothing fails the test). */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`mutation target ${String(from)} occurs ${count} times`);
  return xml.replace(from, to);
}

function problemsFor(xml: string, rule: string, env?: Env): string[] {
  return checkManifest(xml, env)
    .filter((p) => p.rule === rule)
    .map((p) => p.message);
}

describe("the checker notices", () => {
  it("a dangling resid", () => {
    const xml = mutate(MANIFEST, '<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Titel"/>');
    expect(problemsFor(xml, "every resid exists with the right kind")).toEqual([
      expect.stringMatching(/dangling resid "GetStarted.Titel"/),
    ]);
  });

  it("a removed resource that is still referenced", () => {
    const xml = mutate(MANIFEST, /<bt:Image id="Icon.80x80"[^>]*\/>/, "");
    const found = problemsFor(xml, "every resid exists with the right kind");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => /dangling resid "Icon.80x80"/.test(m))).toBe(true);
  });

  it("a resid of the wrong kind", () => {
    const xml = mutate(MANIFEST, '<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.Label"/>');
    expect(problemsFor(xml, "every resid exists with the right kind")).toEqual([
      expect.stringMatching(/"TaskpaneButton.Label".*is a ShortString, expected LongString/),
    ]);
  });

  it("a duplicated resource id", () => {
    const xml = mutate(MANIFEST, 'bt:Image id="Icon.80x80"', 'bt:Image id="Icon.32x32"');
    expect(problemsFor(xml, "resources are well formed")).toEqual([expect.stringMatching(/"Icon.32x32" is defined twice/)]);
  });

  it("top-level elements out of order", () => {
    const perm = "<Permissions>ReadWriteDocument</Permissions>";
    const xml = mutate(mutate(MANIFEST, perm, ""), "<DefaultSettings>", `${perm}\n  <DefaultSettings>`);
    expect(problemsFor(xml, "top-level element order")).toEqual([expect.stringMatching(/<DefaultSettings>.*out of order/)]);
  });

  it("a missing required top-level element", () => {
    const xml = mutate(MANIFEST, /<ProviderName>[^<]*<\/ProviderName>/, "");
    expect(problemsFor(xml, "top-level element order")).toEqual([expect.stringMatching(/lacks required <ProviderName>/)]);
  });

  it("VersionOverrides children out of order", () => {
    const xml = mutate(MANIFEST, /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$3$2$1");
    expect(problemsFor(xml, "VersionOverrides element order")).toEqual([
      expect.stringMatching(/<Runtimes>.*out of order inside <Host>: it must come before <AllFormFactors>/),
    ]);
  });

  it("a Resources group out of order", () => {
    const xml = mutate(MANIFEST, /(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1");
    expect(problemsFor(xml, "VersionOverrides element order")).toEqual([expect.stringMatching(/<bt:Images>.*out of order/)]);
  });

  it("a FunctionFile outside the shared runtime", () => {
    const xml = mutate(MANIFEST, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>');
    expect(problemsFor(xml, "shared runtime wiring")).toEqual([expect.stringMatching(/FunctionFile resid "Functions.Script.Url" differs/)]);
  });

  it("a custom-functions Page outside the shared runtime", () => {
    const xml = mutate(
      MANIFEST,
      /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
      '<Page><SourceLocation resid="GetStarted.LearnMoreUrl"/>',
    );
    expect(problemsFor(xml, "shared runtime wiring")).toEqual([expect.stringMatching(/Page resid "GetStarted.LearnMoreUrl" differs/)]);
  });

  it("a missing SharedRuntime requirement", () => {
    const xml = mutate(MANIFEST, /<Set Name="SharedRuntime"[^>]*\/>/, "");
    expect(problemsFor(xml, "requirement sets")).toEqual([expect.stringMatching(/SharedRuntime 1.1 not declared/)]);
  });

  it("weaker permissions", () => {
    const xml = mutate(MANIFEST, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
    expect(problemsFor(xml, "permissions")).toEqual([expect.stringMatching(/ReadDocument/)]);
  });

  it("a different namespace", () => {
    const xml = mutate(MANIFEST, 'id="Functions.Namespace" DefaultValue="PAR"', 'id="Functions.Namespace" DefaultValue="CCHC"');
    expect(problemsFor(xml, "custom functions namespace and metadata")).toEqual([expect.stringMatching(/Namespace is "CCHC"/)]);
  });

  it("a Vietnamese metadata override that is missing", () => {
    const xml = mutate(MANIFEST, /<bt:Override Locale="vi-VN" Value="https:\/\/localhost:3000\/functions.vi.json"\/>/, "");
    expect(problemsFor(xml, "custom functions namespace and metadata")).toEqual([expect.stringMatching(/override to functions.vi.json/)]);
  });

  it("a renamed ExecuteFunction", () => {
    const xml = mutate(MANIFEST, "<FunctionName>makeMeetingSummary</FunctionName>", "<FunctionName>meetingSummary</FunctionName>");
    expect(problemsFor(xml, "ribbon commands")).toEqual([expect.stringMatching(/FunctionName is "meetingSummary"/)]);
  });

  it("an asset that is not in the repo", () => {
    const xml = mutate(MANIFEST, "assets/icon-80.png", "assets/icon-256.png");
    expect(problemsFor(xml, "every URL is served by the build or the repo")).toEqual(
      // With a dist/ present, the missing build file is reported as well.
      expect.arrayContaining([expect.stringMatching(/assets\/icon-256.png does not exist in the repo/)]),
    );
  });

  it("a page that the build does not produce", () => {
    const xml = mutate(
      MANIFEST,
      'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"',
      'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/guide.html"',
    );
    expect(problemsFor(xml, "every URL is served by the build or the repo")).toEqual(
      // With a dist/ present, the missing build file is reported as well.
      expect.arrayContaining([expect.stringMatching(/guide.html is neither in assets\/ nor a declared build output/)]),
    );
  });

  it("a URL on another origin", () => {
    const xml = mutate(MANIFEST, '<IconUrl DefaultValue="https://localhost:3000/', '<IconUrl DefaultValue="http://localhost:3000/');
    expect(problemsFor(xml, "every URL is served by the build or the repo")).toEqual([
      expect.stringMatching(/is not under https:\/\/localhost:3000\//),
    ]);
  });

  describe("with a file system it controls", () => {
    let tmp: string;
    beforeEach(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "par-manifest-"));
      fs.cpSync(path.join(REPO, "assets"), path.join(tmp, "assets"), { recursive: true });
    });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it("a build output missing from an existing dist/", () => {
      const dist = path.join(tmp, "dist");
      fs.cpSync(path.join(REPO, "assets"), path.join(dist, "assets"), { recursive: true });
      for (const f of BUILD_OUTPUTS.filter((f) => f !== "functions.vi.json")) fs.writeFileSync(path.join(dist, f), "");
      expect(problemsFor(MANIFEST, "every URL is served by the build or the repo", { repo: tmp, dist })).toEqual([
        expect.stringMatching(/functions.vi.json is missing from/),
      ]);
    });

    it("no dist/ problems when dist/ is complete", () => {
      const dist = path.join(tmp, "dist");
      fs.cpSync(path.join(REPO, "assets"), path.join(dist, "assets"), { recursive: true });
      for (const f of BUILD_OUTPUTS) fs.writeFileSync(path.join(dist, f), "");
      expect(problemsFor(MANIFEST, "every URL is served by the build or the repo", { repo: tmp, dist })).toEqual([]);
    });

    it("an icon of the wrong size", () => {
      fs.copyFileSync(path.join(tmp, "assets", "icon-32.png"), path.join(tmp, "assets", "icon-16.png"));
      const found = problemsFor(MANIFEST, "icons are PNGs of the right size", { repo: tmp, dist: path.join(tmp, "dist") });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((m) => /icon-16.png is 32x32, expected 16x16/.test(m))).toBe(true);
    });

    it("an icon that is not a PNG", () => {
      fs.writeFileSync(path.join(tmp, "assets", "icon-64.png"), "GIF89a");
      const found = problemsFor(MANIFEST, "icons are PNGs of the right size", { repo: tmp, dist: path.join(tmp, "dist") });
      expect(found.length).toBeGreaterThan(0); // HighResolutionIconUrl
      expect(found.every((m) => /icon-64.png is not a PNG/.test(m))).toBe(true);
    });
  });

  it("an ExcelApi requirement above or below what the code calls", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="[\d.]+"\/>/;
    expect(problemsFor(mutate(MANIFEST, declared, '<Set Name="ExcelApi" MinVersion="1.12"/>'), "requirement sets")).toEqual([
      expect.stringMatching(/ExcelApi is declared 1.12 but the code needs 1\.\d+ \(.* at src\/excel\//),
    ]);
    expect(problemsFor(mutate(MANIFEST, declared, '<Set Name="ExcelApi" MinVersion="1.8"/>'), "requirement sets")).toEqual([
      expect.stringMatching(/ExcelApi is declared 1.8 but the code needs/),
    ]);
  });

  it("a missing SupportUrl, and a LearnMoreUrl that is not the help page", () => {
    expect(problemsFor(mutate(MANIFEST, /<SupportUrl [^>]*\/>/, ""), "support and learn-more pages")).toEqual([
      'SupportUrl is "undefined", expected https://localhost:3000/help.html',
    ]);
    const xml = mutate(
      MANIFEST,
      'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"',
      'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"',
    );
    expect(problemsFor(xml, "support and learn-more pages")).toEqual([expect.stringMatching(/LearnMoreUrl is ".*taskpane.html"/)]);
  });

  it("an image resource no control uses, and an icon file the manifest never names", () => {
    const xml = mutate(
      MANIFEST,
      "<bt:Images>",
      '<bt:Images>\n        <bt:Image id="Icon.Spare" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
    );
    expect(problemsFor(xml, "every image and icon file is used")).toEqual(["image resource Icon.Spare is not used by any control"]);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "par-assets-"));
    try {
      fs.cpSync(path.join(REPO, "assets"), path.join(tmp, "assets"), { recursive: true });
      fs.copyFileSync(path.join(tmp, "assets", "icon-32.png"), path.join(tmp, "assets", "logo.png"));
      expect(problemsFor(MANIFEST, "every image and icon file is used", { repo: tmp, dist: path.join(tmp, "dist") })).toEqual([
        "assets/logo.png is shipped but the manifest never uses it",
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("a string without a Vietnamese override", () => {
    const xml = mutate(MANIFEST, '<bt:Override Locale="vi-VN" Value="Tạo báo cáo họp"/>', "");
    expect(problemsFor(xml, "every string has a vi-VN override")).toEqual(["string MeetingButton.Label has no vi-VN override"]);
  });

  it("a Vietnamese override that was left in English", () => {
    const xml = mutate(MANIFEST, 'Value="Tạo báo cáo họp"', 'Value="Meeting summary"');
    expect(problemsFor(xml, "every string has a vi-VN override")).toEqual([
      expect.stringMatching(/MeetingButton.Label.*still the English text/),
    ]);
  });

  it("a DisplayName without a Vietnamese override", () => {
    const xml = mutate(MANIFEST, '<Override Locale="vi-VN" Value="PAR INDEX – Chỉ số CCHC"/>', "");
    expect(problemsFor(xml, "every string has a vi-VN override")).toEqual(["<DisplayName> has no vi-VN override"]);
  });

  it("a ShortString that is too long", () => {
    const xml = mutate(MANIFEST, 'Value="Ngăn chấm điểm"', `Value="${"Ngăn chấm điểm ".repeat(10)}"`);
    expect(problemsFor(xml, "display name and string lengths")).toEqual([
      expect.stringMatching(/TaskpaneButton.Label is 150 characters, more than 125/),
    ]);
  });

  it("malformed XML", () => {
    const xml = mutate(MANIFEST, "</Permissions>", "</Permission>");
    expect(problemsFor(xml, "xml")).toEqual([expect.stringMatching(/<\/Permission> does not close <Permissions>/)]);
  });
});

/** The module of src/excel that runs each command. */
const COMMAND_MODULE: Record<keyof typeof EXCEL_API_FOR_COMMAND, string> = {
  listScoringSheets: "workbook-queries",
  readSelection: "workbook-queries",
  createOrUpdateTemplate: "template-operation",
  validate: "validate-operation",
  selectCell: "validate-operation",
  convertTextNumbers: "validate-operation",
  highlight: "highlight-operation",
  makeSummary: "summary-operation",
  planToTarget: "plan-operation",
  pasteScores: "paste-scores-operation",
  collectForms: "forms-operation",
  openFormAsWorkbook: "forms-operation",
};

/** A module of src/excel and every src/excel module it imports, transitively. */
function excelModulesOf(module: string, seen = new Set<string>()): Set<string> {
  if (seen.has(module)) return seen;
  seen.add(module);
  const source = fs.readFileSync(path.join(REPO, "src/excel", `${module}.ts`), "utf8");
  for (const match of source.matchAll(/from "\.\/([a-z-]+)"/g)) excelModulesOf(match[1], seen);
  return seen;
}

describe("each command's requirement set (src/excel/requirements.ts)", () => {
  it("covers every ExcelApi call of its module and the modules it imports", () => {
    const uses = usedApis().filter((use) => use.set === "ExcelApi");
    const tooLow: string[] = [];
    for (const [command, module] of Object.entries(COMMAND_MODULE) as [keyof typeof EXCEL_API_FOR_COMMAND, string][]) {
      const files = [...excelModulesOf(module)].map((name) => `src/excel/${name}.ts`);
      const needed = highestSets(uses.filter((use) => files.includes(use.at.split(":")[0]))).get("ExcelApi");
      if (needed && compareVersions(needed.version, EXCEL_API_FOR_COMMAND[command]) > 0) {
        tooLow.push(
          `${command} declares ExcelApi ${EXCEL_API_FOR_COMMAND[command]} but calls ${needed.uses[0].api} (${needed.version}) at ${needed.uses[0].at}`,
        );
      }
    }
    expect(tooLow).toEqual([]);
  });

  it("the manifest requires the highest of them, so no command is cut off where the add-in loads", () => {
    const highest = Object.values(EXCEL_API_FOR_COMMAND).sort(compareVersions).pop();
    expect(MANIFEST).toContain(`<Set Name="ExcelApi" MinVersion="${highest}"/>`);
  });
});

describe("ADDIN_BASE_URL", () => {
  it("with or without a trailing slash gives the same manifest, and it passes every check at that origin", () => {
    const withSlash = addinBaseUrl("https://cchc.example.gov.vn/par-index/", true);
    const without = addinBaseUrl("https://cchc.example.gov.vn/par-index", true);
    expect(without).toEqual({ baseUrl: "https://cchc.example.gov.vn/par-index/" });
    expect(withSlash).toEqual(without);
    const production = rewriteManifest(MANIFEST, without.baseUrl);
    expect(production).not.toContain("localhost");
    expect(production).toContain('<SupportUrl DefaultValue="https://cchc.example.gov.vn/par-index/help.html"/>');
    expect(checkManifest(production, { origin: without.baseUrl, repo: REPO, dist: path.join(os.tmpdir(), "no-dist-here") })).toEqual([]);
  });

  it("an address Office cannot load is refused with a message", () => {
    expect(() => addinBaseUrl("http://cchc.example.gov.vn/par-index/", true)).toThrow(
      /must start with https:\/\/ \(Office loads add-ins only over HTTPS\)/,
    );
    expect(() => addinBaseUrl("cchc.example.gov.vn/par-index", true)).toThrow(/is not a URL/);
    expect(() => addinBaseUrl("https://cchc.example.gov.vn/par-index/?v=2", true)).toThrow(/must not have a query or fragment/);
  });

  it("a production build without it says loudly that it points at localhost; a development build does not", () => {
    const { baseUrl, warning } = addinBaseUrl(undefined, true);
    expect(baseUrl).toBe("https://localhost:3000/");
    expect(warning).toContain("ADDIN_BASE_URL is not set: this production build points at https://localhost:3000/.");
    expect(addinBaseUrl(undefined, false).warning).toBeUndefined();
  });
});

describe("test/support/xml parser", () => {
  it("reads the declaration, comments, attributes, entities, CDATA and nesting", () => {
    const doc = parseXml(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- head -->\n<a x='1' y="&lt;&amp;&#65;&#x42;">t&gt;<b/><!--c--><![CDATA[<raw>]]><c z="Chỉ số"></c ></a>\n`,
    );
    expect(doc.declaration).toEqual({ version: "1.0", encoding: "UTF-8" });
    expect(doc.comments).toEqual([" head "]);
    expect(doc.root.name).toBe("a");
    expect(doc.root.attributes).toEqual({ x: "1", y: "<&AB" });
    expect(childElements(doc.root).map((e) => e.name)).toEqual(["b", "c"]);
    expect(childElements(doc.root, "c")[0].attributes.z).toBe("Chỉ số");
    expect(doc.root.children.find((c) => c.type === "comment")).toEqual({ type: "comment", value: "c" });
    expect(textContent(doc.root)).toBe("t><raw>");
    expect(childElements(doc.root, "c")[0].line).toBe(3);
  });

  it.each([
    ["<a><b></a>", /<\/a> does not close <b>/],
    ['<a x="1" x="2"/>', /duplicate attribute x/],
    ["<a>&nbsp;</a>", /unknown entity &nbsp;/],
    ["<a>&amp</a>", /unterminated entity/],
    ["<a>", /unclosed element <a>/],
    ["<a/><b/>", /content after the root element/],
    ["<!DOCTYPE a><a/>", /DOCTYPE/],
    ["<a x=1/>", /quoted attribute value/],
    ['<a x="1"y="2"/>', /whitespace before attribute/],
    ["<a><!-- a -- b --></a>", /"--" inside a comment/],
    ['<a/> <?xml version="1.0"?>', /XML declaration must come first/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlParseError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
