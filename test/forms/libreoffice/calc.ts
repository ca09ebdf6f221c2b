import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Entry } from "../random-forms";

/** A job for LibreOffice: open a form, type entries as a user would, recalculate, read cells, save. */
export interface CalcJob {
  in: string;
  sheet: string;
  entries: (Entry | { cell: string; formula: string })[];
  read: string[];
  /** Save the result as .xlsx from LibreOffice. */
  out?: string;
  pdf?: string;
  /** Values typed one at a time into the untouched form, each asked of the data validation (fill_forms.py). */
  probes?: Entry[];
}

export interface CalcCell {
  type: "EMPTY" | "VALUE" | "TEXT" | "FORMULA";
  string: string;
  value: number;
  error?: number;
}

/** Debian's python3 has the uno module (a pyenv python would not). */
const PYTHON = "/usr/bin/python3";

export function libreOfficeAvailable(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const uno = spawnSync(PYTHON, ["-c", "import uno"], { encoding: "utf8" });
  if (uno.status !== 0) return "python3-uno is missing (apt-get install -y python3-uno)";
  const office = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (office.status !== 0) return "soffice is missing (apt-get install -y libreoffice-calc)";
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs every job in ONE headless soffice process, with its own profile directory and port, which the
 * driver terminates at the end.
 */
export async function runInLibreOffice(jobs: CalcJob[]): Promise<{ values: Record<string, CalcCell>; refused: boolean[] }[]> {
  const work = mkdtempSync(join(tmpdir(), "par-forms-lo-"));
  try {
    const jobsFile = join(work, "jobs.json");
    const resultsFile = join(work, "results.json");
    writeFileSync(jobsFile, JSON.stringify(jobs));
    const port = await freePort();
    const run = spawnSync(PYTHON, [join(__dirname, "fill_forms.py"), jobsFile, resultsFile, String(port), join(work, "profile")], {
      encoding: "utf8",
      timeout: 600_000,
    });
    if (run.status !== 0 || !existsSync(resultsFile)) {
      throw new Error(`LibreOffice driver failed (status ${run.status}, signal ${run.signal}):\n${run.stderr}\n${run.stdout}`);
    }
    return JSON.parse(readFileSync(resultsFile, "utf8"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
