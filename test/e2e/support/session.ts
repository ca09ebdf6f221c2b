/**
 * Browser end-to-end support: the workbench server on a free port over the built dist-workbench/, Debian's
 * Chromium through playwright-core (never downloads a browser), axe-core scans, per-command
 * metrics and screenshots under test-results/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../../..");
export const RESULTS = path.join(ROOT, "test-results");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface WorkbenchServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startWorkbenchServer, needsBuild } = require("../../../build-tools/workbench-server.js") as {
  startWorkbenchServer(options: { port: number }): Promise<WorkbenchServer>;
  needsBuild(dist: string): string | null;
};

export interface Session {
  server: WorkbenchServer;
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}

export function assertBuilt(): void {
  const page = path.join(ROOT, "dist-workbench", "workbench.html");
  if (!existsSync(page) || !existsSync(path.join(ROOT, "dist-workbench", "functions.js"))) {
    throw new Error(
      `dist-workbench/workbench.html is missing: run \`npm run build:workbench\` before the end-to-end tests (looked for ${page}).`,
    );
  }
  const stale = needsBuild(path.join(ROOT, "dist-workbench"));
  if (stale)
    console.warn(`End-to-end tests run the built dist-workbench/, but ${stale}: run \`npm run build:workbench\` to test the current code.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

export async function startSession(): Promise<Session> {
  assertBuilt();
  mkdirSync(RESULTS, { recursive: true });
  const server = await startWorkbenchServer({ port: 0 });
  const userDataDir = mkdtempSync(path.join(tmpdir(), "par-e2e-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1366, height: 768 },
      locale: "vi-VN",
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // Nothing leaves the machine: only the workbench server answers.
  await context.route(/^(?!http:\/\/(localhost|127\.0\.0\.1):\d+\/)/, (route) => route.abort());
  return {
    server,
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function openWorkbench(session: Session, language: "vi" | "en"): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  await page.goto(`${session.server.url}?lang=${language}`);
  await page.waitForFunction(() => window.__parWorkbench?.ready === true, null, { timeout: 30000 });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// ---- metrics ----

export interface CommandMetric {
  e2e: string;
  syncs: number;
  ms: number;
}

export const metrics: CommandMetric[] = [];

export function writeMetrics(): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, "e2e-metrics.json"), JSON.stringify(metrics, null, 2) + "\n");
}

/**
 * Clicks and waits until the task pane shows a text matching `done` (or an error title), measuring
 * in the page from the click to that text and counting the host's syncs in between.
 */
export async function timedCommand(
  page: Page,
  name: string,
  done: RegExp,
  failure: RegExp,
  click: () => Promise<void>,
  timeoutMs = 60000,
): Promise<{ ms: number; syncs: number; text: string }> {
  await page.evaluate(
    ({ doneSource, doneFlags, failSource, failFlags }) => {
      const doneRe = new RegExp(doneSource, doneFlags);
      const failRe = new RegExp(failSource, failFlags);
      const w = window as unknown as { __e2eCommand?: Promise<{ ms: number; syncs: number; text: string; failed: boolean }> };
      const api = window.__parWorkbench!;
      const syncsBefore = api.stats.syncs;
      let clickAt = -1;
      document.addEventListener("click", () => (clickAt = performance.now()), { capture: true, once: true });
      w.__e2eCommand = new Promise((resolve) => {
        const pane = document.getElementById("taskpane")!;
        const check = (text: string) => {
          if (clickAt < 0) return false;
          const failed = failRe.test(text);
          if (!doneRe.test(text) && !failed) return false;
          observer.disconnect();
          resolve({ ms: Math.round(performance.now() - clickAt), syncs: api.stats.syncs - syncsBefore, text, failed });
          return true;
        };
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === "characterData" && check(record.target.textContent ?? "")) return;
            for (const node of Array.from(record.addedNodes)) if (check(node.textContent ?? "")) return;
          }
        });
        observer.observe(pane, { childList: true, subtree: true, characterData: true });
      });
    },
    { doneSource: done.source, doneFlags: done.flags, failSource: failure.source, failFlags: failure.flags },
  );
  await click();
  let timer: NodeJS.Timeout | undefined;
  let result: { ms: number; syncs: number; text: string; failed: boolean };
  try {
    result = await Promise.race([
      page.evaluate(
        () => (window as unknown as { __e2eCommand: Promise<{ ms: number; syncs: number; text: string; failed: boolean }> }).__e2eCommand,
      ),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name}: no result after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await screenshot(page, `failure-${name}`).catch(() => undefined);
    const paneText = await page
      .locator("#taskpane")
      .innerText()
      .catch(() => "");
    throw new Error(`${(error as Error).message}\n--- task pane text ---\n${paneText}`);
  } finally {
    clearTimeout(timer);
  }
  if (result.failed) {
    await screenshot(page, `failure-${name}`).catch(() => undefined);
    throw new Error(`${name} failed in the pane: ${result.text}`);
  }
  const metric = { e2e: name, syncs: result.syncs, ms: result.ms };
  metrics.push(metric);
  console.log(JSON.stringify(metric));
  return result;
}

// ---- accessibility ----

interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export const axeReport: string[] = [];

/**
 * Known task-pane issues, reported to the pane's owner; listed here so the rest of the flow keeps
 * running. Each entry must match every node of the violation (checked in the page), so a new
 * instance elsewhere still fails. Remove an entry once fixed.
 */
const KNOWN_SERIOUS: { id: string; why: string; selector: string }[] = [];

/** axe-core over the task pane region; fails on serious or critical violations, prints moderate ones. */
export async function scanPane(page: Page, state: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [["#taskpane"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const known = new Set<AxeViolation>();
  for (const v of violations) {
    const entry = KNOWN_SERIOUS.find((k) => k.id === v.id);
    if (!entry) continue;
    const allMatch = await page.evaluate(
      ({ targets, selector }) => targets.every((t) => document.querySelector(t)?.matches(selector) === true),
      { targets: v.nodes.map((n) => n.target[n.target.length - 1]), selector: entry.selector },
    );
    if (allMatch) {
      known.add(v);
      axeReport.push(`axe [${state}] KNOWN ${v.impact}: ${v.id} — ${entry.why}`);
    }
  }
  for (const v of violations) {
    if (known.has(v)) continue;
    const line = `axe [${state}] ${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`;
    axeReport.push(line);
    if (v.impact === "moderate" || v.impact === "minor") console.log(line);
  }
  return violations.filter((v) => !known.has(v) && (v.impact === "serious" || v.impact === "critical"));
}

// ---- text patterns from the pane's own strings ----

const MARK = "\u0001";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regex for the text a message function produces, with a capture group for each argument:
 * `pattern(t.summaryDone)` matches `Đã tạo trang báo cáo "…".` and captures the sheet name.
 */
export function pattern(fn: (...args: never[]) => string, arity = fn.length): RegExp {
  const args = Array.from({ length: arity }, () => MARK) as never[];
  let produced: string;
  try {
    produced = fn(...args);
  } catch {
    produced = fn(...(Array.from({ length: arity }, () => [MARK]) as never[]));
  }
  return new RegExp(escape(produced).split(MARK).join("(.+?)"));
}
