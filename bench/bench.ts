import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROW_KIND_LABEL } from "../src/core/rubric/row-kind";
import { rubricRows } from "../src/core/rubric/rubric-rows";
import { buildRubricTable } from "../src/core/table/rubric-table";
import { rubricTableFor } from "../src/core/table/rubric-table-cache";
import { readManyUnitScores } from "../src/core/scores/unit-scores";
import { computeUnitTotals } from "../src/core/engine/unit-totals";
import { ratio } from "../src/core/decimal";
import { gradeOf, rankAll } from "../src/core/rules";
import * as PAR from "../src/functions/functions";
import { createExcelHost, createFormulaEvaluator } from "../workbench/host";
import { createOrUpdateTemplate } from "../src/excel/template-operation";
import { convertTextNumbers, validate } from "../src/excel/validate-operation";
import { highlight } from "../src/excel/highlight-operation";
import { makeSummary } from "../src/excel/summary-operation";
import { syntheticRubric } from "./synthetic-rubric";
import { emit, medianPairMs, round } from "./measure";
import { cellsPassedToCustomFunctions } from "./recalc-cells";
import { rubricCheckFigures } from "./rubric-check";

/**
 * `npm run bench`: one JSON line per figure. Engine speed is compared with a plain summing loop over
 * the same numbers in the same run, so the ratio means the same on any machine. Excel round trips
 * (syncs) and request sizes are counted by the in-memory host for 1, 13 and 300 units.
 */
const LEAVES = 150;
const rubric = syntheticRubric(LEAVES);
const rows = rubricRows(rubric).map((row) => [row.code, ROW_KIND_LABEL[row.kind], row.max, row.stepOrAllowed]);
const leafRows = rubricRows(rubric).map((row) => row.isLeaf);

/** A unit's column: most leaves scored on the step, some pending (blank), parents empty. */
function scoreColumn(seed: number): unknown[] {
  return rows.map((row, r) => {
    if (!leafRows[r]) return null;
    const k = (seed * 31 + r * 17) % 11;
    if (k === 0) return null;
    const quarters = Math.round((row[2] as number) * 4);
    return ((seed + r) % (quarters + 1)) / 4;
  });
}

function engineFigures(): void {
  const units = 300;
  const columns = Array.from({ length: units }, (_, u) => scoreColumn(u + 1));
  const bands = rubric.gradeBands.default.map((band) => ({ label: band.label.vi, min: band.minPercent / 100 }));
  // What the meeting summary computes for every unit: read all columns (readManyUnitScores), totals,
  // area subtotals, index, grade, rank. Cold: the rubric table is built, as when the rubric changed or
  // on Excel's full recalculation. Warm: it comes from the content-checked cache.
  const fullRecompute = (cold = true) => {
    const table = cold ? buildRubricTable(rows) : rubricTableFor(rows);
    const percents: (number | undefined)[] = [];
    let check = 0;
    for (const scores of readManyUnitScores(table, columns)) {
      const totals = computeUnitTotals(table, scores);
      check += scores.sums.areas.achievedMicro[0];
      const percent = totals.applicableMaxMicro > 0 ? ratio(totals.totalMicro, totals.applicableMaxMicro) : undefined;
      percents.push(percent);
      if (percent !== undefined) check += gradeOf(percent, bands)?.length ?? 0;
    }
    return check + (rankAll(percents)[0] ?? 0);
  };
  const plainLoop = () => {
    let sum = 0;
    for (const column of columns) for (const value of column) if (typeof value === "number") sum += value;
    return sum;
  };
  const [engineMs, plainMs] = medianPairMs(() => fullRecompute(true), plainLoop);
  emit({
    bench: "engine.fullRecompute",
    rubric: "rebuilt",
    units,
    leaves: LEAVES,
    ms: round(engineMs),
    plainLoopMs: round(plainMs),
    ratio: round(engineMs / plainMs, 2),
    goalRatio: 5,
  });
  const [warmMs, warmPlainMs] = medianPairMs(() => fullRecompute(false), plainLoop);
  emit({
    bench: "engine.fullRecompute",
    rubric: "cached",
    units,
    leaves: LEAVES,
    ms: round(warmMs),
    plainLoopMs: round(warmPlainMs),
    ratio: round(warmMs / warmPlainMs, 2),
    goalRatio: 5,
  });
}

function formulaFigures(): void {
  // PAR.TOTAL as Excel calls it: fresh 2-D arrays every call, strings included (Excel hands over
  // deserialized JSON), pre-built so that copying is not timed.
  const copies = 64;
  const rubricCopies = Array.from({ length: copies }, () => JSON.parse(JSON.stringify(rows)) as unknown[][]);
  const scoreCopies = Array.from({ length: copies }, (_, i) => scoreColumn(i + 1).map((value) => [value]));
  let call = 0;
  const perCall = () => {
    const i = call++ % copies;
    return PAR.total(scoreCopies[i], rubricCopies[i]);
  };
  let plainCall = 0;
  const plainPerCall = () => {
    const column = scoreCopies[plainCall++ % copies];
    let sum = 0;
    for (const row of column) if (typeof row[0] === "number") sum += row[0];
    return sum;
  };
  const repeat = (fn: () => number) => () => {
    let s = 0;
    for (let k = 0; k < 1000; k++) s += fn();
    return s;
  };
  const [callMs, plainCallMs] = medianPairMs(repeat(perCall), repeat(plainPerCall)).map((ms) => ms / 1000);
  emit({
    bench: "PAR.TOTAL.perCall",
    rows: rows.length,
    leaves: LEAVES,
    us: round(callMs * 1000, 3),
    plainLoopUs: round(plainCallMs * 1000, 3),
    ratio: round(callMs / plainCallMs, 2),
    goalRatio: 5,
  });
}

async function commandFigures(): Promise<void> {
  for (const units of [1, 13, 300]) {
    const host = createExcelHost();
    host.install();
    const names = Array.from({ length: units }, (_, u) => `Đơn vị ${u + 1}`);
    const measure = async (command: string, run: () => Promise<unknown>) => {
      host.stats.reset();
      const t0 = performance.now();
      await run();
      emit({
        bench: `command.${command}`,
        units,
        leaves: LEAVES,
        syncs: host.stats.syncs,
        largestRequestBytes: host.stats.maxRequestBytes,
        ms: round(performance.now() - t0, 1),
        goalSyncs: 3,
        limitBytes: 5 * 1024 * 1024,
      });
    };
    const request = {
      rubric,
      units: names,
      columns: ["self" as const, "appraised" as const, "projected" as const],
      target: { kind: "grade" as const, value: "Tốt" },
    };
    let sheet = "";
    await measure("template", async () => (sheet = (await createOrUpdateTemplate(request)).scoringSheet));
    await Excel.run(async (context) => {
      // Every unit's self-assessment, one text number per unit, pasted in one go (unlocked runs only).
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.protection.unprotect();
      const block = rows.map((_, r) =>
        names.map((__, u) => (leafRows[r] ? (r === 2 ? "0,25" : (scoreColumn(u + 1)[r] as number | null)) : null)),
      );
      ws.getRangeByIndexes(4, 6, rows.length, units).values = block as never;
      ws.protection.protect();
      await context.sync();
    });
    await measure("template.rerun", () => createOrUpdateTemplate(request));
    let findings: Awaited<ReturnType<typeof validate>>["findings"] = [];
    await measure("validate", async () => (findings = (await validate(sheet)).findings));
    await measure("convertTextNumbers", () => convertTextNumbers(findings));
    await measure("highlight", () => highlight(sheet));
    await measure("highlight.rerun", () => highlight(sheet));
    await measure("summary", () => makeSummary(sheet, { period: "Quý IV/2026", topLost: 10 }));
    host.uninstall();
  }
}

/**
 * The workbench: one score typed into a 13-unit sheet, then every formula recalculated by the
 * in-memory host (fast-formula-parser with the PAR.* functions), as after each edit in the grid.
 */
async function workbenchFigures(): Promise<void> {
  const functions: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, fn] of Object.entries(PAR)) functions[`PAR.${name.toUpperCase()}`] = fn as (...args: never[]) => unknown;
  const host = createExcelHost({ evaluator: createFormulaEvaluator({ functions }) });
  host.install();
  const units = 13;
  const names = Array.from({ length: units }, (_, u) => `Đơn vị ${u + 1}`);
  const { scoringSheet } = await createOrUpdateTemplate({ rubric, units: names, columns: ["self", "appraised", "projected"] });
  let edit = 0;
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(scoringSheet);
      sheet.protection.unprotect();
      sheet.getRangeByIndexes(6, 6, 1, 1).values = [[(edit++ % 4) / 4]];
      sheet.protection.protect();
      await context.sync();
    });
    times.push(performance.now() - t0);
  }
  host.uninstall();
  times.sort((a, b) => a - b);
  emit({ bench: "workbench.editAndRecalculate", units, leaves: LEAVES, ms: round(times[3], 1) });
}

function bundleFigures(): void {
  const dist = join(__dirname, "..", "..", "dist");
  if (!existsSync(join(dist, "functions.js"))) {
    emit({ bench: "bundle", skipped: "dist/ not built: run npm run build first" });
    return;
  }
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  emit({ bench: "bundle.functions.js", gzipBytes: gz("functions.js"), goalBytes: 30 * 1024 });
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]).filter((src) => !src.startsWith("http"));
  const total = scripts.reduce((sum, src) => sum + gz(src.replace(/^\.?\//, "")), 0);
  emit({ bench: "bundle.taskpane.firstRender", scripts, gzipBytes: total, goalBytes: 250 * 1024 });
  // The forms' .xlsx engine: its own chunk, fetched only when a forms command runs.
  const xlsxChunk = existsSync(join(dist, "xlsx.js")) ? gz("xlsx.js") : 0;
  emit({ bench: "bundle.xlsx.chunk", gzipBytes: xlsxChunk, inFirstRender: scripts.includes("xlsx.js") });
}

/**
 * Cells passed to custom functions when one score is edited, and on a full recalculation, at 13, 120
 * and 300 units (Excel's rule: every formula depending on a changed cell recalculates). The per-edit
 * figure must not grow with the number of units: each unit's PAR.* formulas read its own column.
 */
async function recalcFigures(): Promise<void> {
  for (const units of [13, 120, 300]) {
    const figures = await cellsPassedToCustomFunctions(rubric, units);
    emit({ bench: "recalc.cellsToCustomFunctions", units, leaves: LEAVES, ...figures });
  }
}

const groups: Record<string, () => void | Promise<void>> = {
  engine: engineFigures,
  formula: formulaFigures,
  commands: commandFigures,
  workbench: workbenchFigures,
  bundle: bundleFigures,
  rubricCheck: rubricCheckFigures,
  // Loaded only for its own group: ExcelJS, once loaded, slows the other groups' array-heavy loops.
  forms: async () => (await import("./forms")).formsFigures(),
  recalc: recalcFigures,
};

/**
 * Each group of figures runs in a fresh Node process: the garbage and compiled code one group leaves
 * behind would otherwise shift the next group's figures. `node bench.js formula` runs one group.
 */
async function main(): Promise<void> {
  const group = process.argv[2];
  if (group !== undefined) {
    if (!(group in groups)) throw new Error(`unknown group ${group}; one of ${Object.keys(groups).join(", ")}`);
    await groups[group]();
    return;
  }
  for (const name of Object.keys(groups)) {
    const run = spawnSync(process.execPath, [__filename, name], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
