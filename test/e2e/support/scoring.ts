/**
 * Test-side knowledge of a scoring sheet, read from the page (what the add-in wrote) and checked
 * against the scoring core running here in Node (the PAR.* functions module, not the bundle).
 */
import type { Page } from "playwright-core";
import * as PAR from "../../../src/functions/functions";
import { columnToLetters } from "../../../workbench/host";

export type Cell = string | number | boolean | null;

export async function values(page: Page, sheet: string, address: string): Promise<Cell[][]> {
  return page.evaluate(([s, a]) => window.__parWorkbench!.getValues(s, a) as Cell[][], [sheet, address] as const);
}

export interface ScoreColumn {
  unit: string;
  kind: "self" | "appraised";
  letter: string;
  index: number;
}

export interface Leaf {
  code: string;
  row: number; // 1-based sheet row
  kind: string; // "tiêu chí", "điều tra XHH", "điểm thưởng", "điểm trừ"
  max: number;
  allowed: number[] | null; // fixed levels
  step: number | null;
}

export interface ScoringSheet {
  name: string;
  /** The rubric block as the PAR functions receive it (code, kind, max, step), and its rows. */
  rubricRows: Cell[][];
  firstRow: number;
  lastRow: number;
  columns: ScoreColumn[];
  leaves: Leaf[];
  /** 1-based row of each labelled summary line, by the label's first words ("Tổng điểm" ...). */
  labelRows: Map<string, number>;
}

function parseNumber(text: string): number {
  return Number(text.trim().replace(",", "."));
}

/** Reads the layout back from the sheet through the workbook's rubric name (PAR_<id>_Rubric). */
export async function readScoringSheet(page: Page, name: string, units: string[]): Promise<ScoringSheet> {
  const ref = await page.evaluate((sheetName) => {
    const wb = window.__parWorkbench!.host.workbook;
    const quoted = `'${sheetName.replace(/'/g, "''")}'!`;
    const item = wb.names.find((n) => /_Rubric$/.test(n.name) && (n.formula.includes(quoted) || n.formula.includes(`=${sheetName}!`)));
    return item ? item.formula : null;
  }, name);
  if (!ref) throw new Error(`No PAR_*_Rubric name points at "${name}"`);
  const m = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Unexpected rubric reference ${ref}`);
  const firstRow = Number(m[2]);
  const lastRow = Number(m[4]);
  const rubricRows = (await values(page, name, `A${firstRow}:D${lastRow}`)).map((r) => r.map((v) => (v === "" ? null : v)));
  const head = await values(page, name, `A1:BZ${firstRow - 1}`);
  const unitRow = head.find((row) => units.every((u) => row.includes(u)));
  const kindRow = head[head.indexOf(unitRow!) - 1];
  if (!unitRow || !kindRow) throw new Error(`Unit names not found in the header of "${name}"`);
  const columns: ScoreColumn[] = [];
  unitRow.forEach((cell, index) => {
    if (typeof cell !== "string" || !units.includes(cell)) return;
    const header = String(kindRow[index] ?? "");
    const kind = /Thẩm định|Appraised/i.test(header) ? "appraised" : "self";
    columns.push({ unit: cell, kind, letter: columnToLetters(index), index });
  });
  const codes = rubricRows.map((r) => String(r[0] ?? ""));
  const leaves: Leaf[] = [];
  rubricRows.forEach((r, i) => {
    const code = codes[i];
    if (!code || codes.some((other) => other.startsWith(code + "."))) return;
    const stepText = String(r[3] ?? "").trim();
    const allowed = stepText.includes(";") ? stepText.split(";").map(parseNumber) : null;
    const step = !allowed && stepText !== "" ? parseNumber(stepText) : null;
    leaves.push({ code, row: firstRow + i, kind: String(r[1] ?? ""), max: Number(r[2]), allowed, step });
  });
  const tail = await values(page, name, `E${lastRow + 1}:E${lastRow + 30}`);
  const labelRows = new Map<string, number>();
  tail.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0] !== "") labelRows.set(r[0], lastRow + 1 + i);
  });
  return { name, rubricRows, firstRow, lastRow, columns, leaves, labelRows };
}

export function labelRow(sheet: ScoringSheet, startsWith: string): number {
  for (const [label, row] of sheet.labelRows) if (label.startsWith(startsWith)) return row;
  throw new Error(`No row labelled "${startsWith}…" in ${sheet.name}: ${[...sheet.labelRows.keys()].join(" | ")}`);
}

/** A valid score for a leaf at quality q (0..1): the allowed value nearest to q × max. */
export function scoreFor(leaf: Leaf, q: number): number {
  const target = q * leaf.max;
  if (leaf.kind.includes("trừ") || /penalty/i.test(leaf.kind)) return 0;
  if (leaf.kind.includes("thưởng") || /bonus/i.test(leaf.kind))
    return q >= 0.9 ? Math.min(...(leaf.allowed ?? [leaf.max]).filter((v) => v > 0), leaf.max) : 0;
  if (leaf.allowed)
    return leaf.allowed.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) - 1e-9 ? v : best), leaf.allowed[0]);
  const step = leaf.step ?? 0.25;
  return Number(Math.min(leaf.max, Math.round(target / step) * step).toFixed(4));
}

/** The score column (one cell per rubric row) of a unit as Excel passes it to PAR.* (blank = null). */
export async function scoreColumn(page: Page, sheet: ScoringSheet, column: ScoreColumn): Promise<Cell[][]> {
  const raw = await values(page, sheet.name, `${column.letter}${sheet.firstRow}:${column.letter}${sheet.lastRow}`);
  return raw.map((r) => [r[0] === "" ? null : r[0]]);
}

export const engine = {
  total: (scores: Cell[][], rubric: Cell[][]) => PAR.total(scores, rubric),
  max: (rubric: Cell[][], scores: Cell[][], basis: string) => PAR.max(rubric, scores, basis),
  gap: (scores: Cell[][], rubric: Cell[][], target: number) => PAR.gap(scores, rubric, target),
  area: (scores: Cell[][], rubric: Cell[][], code: string) => PAR.area(scores, rubric, code),
};
