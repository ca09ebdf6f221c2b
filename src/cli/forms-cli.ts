import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refusedForm, type CollectedForm } from "../core/forms/collect-form";
import { formMessages } from "../core/forms/form-messages";
import { parseRubricJson } from "../core/rubric/parse-rubric";
import type { Rubric } from "../core/rubric/schema";
import { bundledRubrics } from "../taskpane/form/bundled-rubrics";
import { readUnits } from "../taskpane/form/units";
import { collectForms, makeForms } from "../xlsx/forms";

/**
 * `npm run forms -- make ...` and `npm run forms -- collect ...`: one JSON line per form on stdout,
 * problems with the command itself on stderr in Vietnamese then English. Exit codes: 0 all read
 * (findings included), 1 a file was refused, 2 the command could not run (bad arguments or input).
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  "Cách dùng / Usage:",
  "  npm run forms -- make --rubric <mã bộ tiêu chí | rubric.json> --units <units.txt> --out <thư mục> [--period <kỳ>] [--deadline <yyyy-mm-dd>]",
  "  npm run forms -- collect <phiếu.xlsx>... [--rubric <mã bộ tiêu chí | rubric.json>]",
].join("\n");

class UsageError extends Error {
  constructor(
    readonly vi: string,
    en: string,
  ) {
    super(en);
  }
}

export async function runFormsCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === "make") return await make(rest, io);
    if (command === "collect") return await collect(rest, io);
    throw new UsageError(
      `Lệnh "${command ?? ""}" không có; dùng make hoặc collect.`,
      `Unknown command "${command ?? ""}"; use make or collect.`,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.vi}\n${error.message}\n\n${USAGE}`);
    return 2;
  }
}

function parseOptions(args: readonly string[], known: readonly string[]): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!known.includes(name)) throw new UsageError(`Không có tùy chọn ${arg}.`, `Unknown option ${arg}.`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`Thiếu giá trị sau ${arg}.`, `Missing value after ${arg}.`);
    options.set(name, value);
    i++;
  }
  return { options, positional };
}

/** A bundled rubric id ("commune-2025"), or a rubric .json file checked like one imported in the pane. */
function loadRubric(spec: string): Rubric {
  if (existsSync(spec)) {
    const parsed = parseRubricJson(readFileSync(spec, "utf8"));
    if (!parsed.ok) {
      const first = parsed.findings.slice(0, 3);
      throw new UsageError(
        `Bộ tiêu chí "${spec}" không hợp lệ: ${first.map((f) => f.message.vi).join(" ")}`,
        `Rubric "${spec}" is not valid: ${first.map((f) => f.message.en).join(" ")}`,
      );
    }
    return parsed.rubric;
  }
  const bundled = bundledRubrics().filter((rubric) => rubric.id === spec);
  if (bundled.length === 0) {
    const ids = bundledRubrics()
      .map((rubric) => rubric.id)
      .join(", ");
    throw new UsageError(
      `Không có tệp hay bộ tiêu chí có sẵn tên "${spec}"; dùng một trong: ${ids}, hoặc đường dẫn tệp .json.`,
      `No file or bundled rubric named "${spec}"; use one of: ${ids}, or a .json file path.`,
    );
  }
  return bundled[bundled.length - 1];
}

async function make(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positional } = parseOptions(args, ["rubric", "units", "out", "period", "deadline"]);
  if (positional.length > 0)
    throw new UsageError(`Thừa tham số: ${positional.join(" ")}.`, `Unexpected arguments: ${positional.join(" ")}.`);
  for (const required of ["rubric", "units", "out"]) {
    if (!options.has(required)) throw new UsageError(`Thiếu --${required}.`, `Missing --${required}.`);
  }
  const rubric = loadRubric(options.get("rubric")!);
  const unitsFile = options.get("units")!;
  if (!existsSync(unitsFile))
    throw new UsageError(`Không có tệp danh sách đơn vị "${unitsFile}".`, `The units file "${unitsFile}" does not exist.`);
  const units = readUnits(readFileSync(unitsFile, "utf8").replace(/^\uFEFF/, ""));
  if (!units.ok) {
    if (units.problem === "empty")
      throw new UsageError(
        `Tệp "${unitsFile}" không có tên đơn vị nào (mỗi dòng một đơn vị).`,
        `"${unitsFile}" lists no unit (one per line).`,
      );
    throw new UsageError(
      `Tệp "${unitsFile}": đơn vị "${units.name}" ở dòng ${units.line} trùng với dòng ${units.firstLine}; mỗi đơn vị một phiếu.`,
      `"${unitsFile}": unit "${units.name}" on line ${units.line} repeats line ${units.firstLine}; one form per unit.`,
    );
  }
  const deadline = options.get("deadline");
  if (deadline !== undefined && !isIsoDate(deadline)) {
    throw new UsageError(
      `Hạn "${deadline}" không đúng dạng yyyy-mm-dd (ví dụ 2026-12-15).`,
      `Deadline "${deadline}" is not yyyy-mm-dd (e.g. 2026-12-15).`,
    );
  }
  const out = options.get("out")!;
  mkdirSync(out, { recursive: true });
  const forms = await makeForms(ExcelJS, JSZip, { rubric, units: units.units, period: options.get("period"), deadline });
  for (const form of forms) {
    const file = join(out, form.fileName);
    writeFileSync(file, form.bytes);
    io.out(JSON.stringify({ unit: form.unit, file }));
  }
  return 0;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

async function collect(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positional } = parseOptions(args, ["rubric"]);
  if (positional.length === 0) throw new UsageError("Chưa chỉ ra tệp phiếu nào (.xlsx).", "No form file (.xlsx) given.");
  const expected = options.has("rubric") ? loadRubric(options.get("rubric")!) : undefined;
  // A path that is not there is one refused line among the others, not the end of the whole run:
  // IT staff collecting a folder of returns still get every other file's result.
  const present = positional.filter((path) => existsSync(path));
  const files = present.map((path) => ({ path, fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
  const collected = await collectForms(ExcelJS, files, { expected, known: bundledRubrics() });
  const results = positional.map((path) =>
    present.includes(path) ? collected[present.indexOf(path)] : refusedForm(basename(path), formMessages.fileMissing(path)),
  );
  results.forEach((result, i) => io.out(JSON.stringify(collectLine(positional[i], result))));
  return results.some((result) => result.status === "refused") ? 1 : 0;
}

/** The line the issue specifies: totals as exact decimals, findings with Vietnamese messages. */
export function collectLine(path: string, result: CollectedForm): Record<string, unknown> {
  const line: Record<string, unknown> = {
    file: path,
    unit: result.unit ?? null,
    rubric: result.rubric ?? null,
    version: result.version ?? null,
    status: result.status,
  };
  // A form of another version of the rubric: the version its scores were carried into, by code.
  if (result.carriedInto !== undefined) line.carriedInto = result.carriedInto;
  if (result.status === "refused") {
    line.reason = result.reason?.vi;
    line.reasonEn = result.reason?.en;
  } else {
    Object.assign(line, {
      total: result.total,
      applicableMax: result.applicableMax,
      assessedMax: result.assessedMax,
      lost: result.lost,
      percent: result.percent,
    });
  }
  line.scores = result.scores;
  line.findings = result.findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    criterion: finding.criterion,
    cell: finding.cell,
    message: finding.message.vi,
  }));
  line.evidenceMissing = result.evidenceMissing;
  line.explanationMissing = result.explanationMissing;
  return line;
}

if (require.main === module) {
  // exitCode, not exit(): stdout to a pipe is written asynchronously and exit() would cut it short.
  runFormsCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) })
    .then((code) => (process.exitCode = code))
    .catch((error) => {
      console.error(error);
      process.exit(2);
    });
}
