import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIRST_NODE_ROW, FORM_COLUMNS, FORM_SHEET_NAME } from "../src/core/forms/form-layout";
import { rubricRows } from "../src/core/rubric/rubric-rows";
import "../src/cli/forms-cli"; // compiled beside this file, run below as the command line runs it
import { emit, round } from "./measure";
import { syntheticRubric } from "./synthetic-rubric";

/**
 * The forms command line, timed as IT staff run it (a fresh Node process, wall clock): making 120
 * forms for a 150-leaf rubric, then collecting 120 filled forms.
 */
export async function formsFigures(): Promise<void> {
  const units = 120;
  const rubric = syntheticRubric(150);
  const work = mkdtempSync(join(tmpdir(), "par-forms-bench-"));
  try {
    const rubricFile = join(work, "rubric.json");
    writeFileSync(rubricFile, JSON.stringify(rubric));
    writeFileSync(join(work, "units.txt"), Array.from({ length: units }, (_, u) => `Đơn vị ${u + 1}`).join("\n"));
    const cli = join(__dirname, "..", "src", "cli", "forms-cli.js");
    const out = join(work, "forms");
    const timed = (args: string[]) => {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      const ms = performance.now() - t0;
      if (run.status !== 0) throw new Error(`forms ${args[0]} failed (${run.status}): ${run.stderr}`);
      return { ms, lines: run.stdout.trim().split("\n").length };
    };
    const make = timed(["make", "--rubric", rubricFile, "--units", join(work, "units.txt"), "--out", out, "--period", "Năm 2026"]);
    emit({ bench: "forms.make", units, leaves: 150, forms: make.lines, ms: round(make.ms, 0), goalMs: 10_000 });

    // Every form filled as a unit would (not timed): scores on the step, some N/A, evidence.
    const rows = rubricRows(rubric);
    const files = readdirSync(out).map((name) => join(out, name));
    for (const [u, file] of files.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet(FORM_SHEET_NAME)!;
      rows.forEach((row, index) => {
        if (!row.isLeaf) return;
        const r = FIRST_NODE_ROW + index + 1;
        const k = (u * 31 + index * 17) % 13;
        sheet.getCell(r, FORM_COLUMNS.score + 1).value = k === 0 ? "N/A" : Math.min(row.max, 0.25 * (k % 5));
        if (k % 3 !== 0) sheet.getCell(r, FORM_COLUMNS.evidence + 1).value = `Văn bản ${k}/2026`;
      });
      await workbook.xlsx.writeFile(file);
    }
    const collect = timed(["collect", ...files, "--rubric", rubricFile]);
    emit({ bench: "forms.collect", units, leaves: 150, forms: collect.lines, ms: round(collect.ms, 0), goalMs: 15_000 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
