import { createExcelHost, lettersToColumn, type WorkbookModel } from "../workbench/host";
import { createOrUpdateTemplate } from "../src/excel/template-operation";
import { rubricRows } from "../src/core/rubric/rubric-rows";
import type { Rubric } from "../src/core/rubric/schema";
import { FIRST_CRITERION_ROW, FIRST_SCORE_COLUMN } from "../src/core/template/scoring-layout";

/**
 * What Excel hands to custom functions when a scoring sheet recalculates, counted in cells. Excel
 * recalculates every formula that depends, directly or through other formulas, on a changed cell,
 * and passes each PAR.* call its range arguments anew: the cost of one edit is the cells in the
 * range arguments of the PAR.* calls in those formulas. A full recalculation (Ctrl+Alt+F9, opening
 * in another program) recalculates every formula. Counted on the formulas the template writes, by
 * reading their references; nothing is evaluated.
 */
interface Area {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  precedents: Area[];
  customCells: number;
}

const REFERENCE =
  /(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?|([A-Za-z_][\w.]*)(\()?|(\()|(\))/g;

function cellsOf(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The formula's references (defined names resolved), and the cells its PAR.* calls receive. */
function readFormula(text: string, sheet: string, names: ReadonlyMap<string, Area>): { precedents: Area[]; customCells: number } {
  const body = text.replace(/"(?:[^"]|"")*"/g, '""');
  const precedents: Area[] = [];
  const calls: string[] = [];
  let customCells = 0;
  for (const match of body.matchAll(REFERENCE)) {
    const [, quoted, bare, col1, row1, col2, row2, word, opens, open, close] = match;
    let area: Area | undefined;
    if (col1 !== undefined) {
      const left = lettersToColumn(col1);
      const right = col2 === undefined ? left : lettersToColumn(col2);
      const top = Number(row1) - 1;
      const bottom = row2 === undefined ? top : Number(row2) - 1;
      area = { sheet: quoted?.replace(/''/g, "'") ?? bare ?? sheet, top, left, bottom, right };
    } else if (word !== undefined) {
      if (opens !== undefined) {
        calls.push(word.toUpperCase());
        continue;
      }
      area = names.get(word.toLowerCase());
    } else if (open !== undefined) {
      calls.push("");
    } else if (close !== undefined) {
      calls.pop();
    }
    if (area === undefined) continue;
    precedents.push(area);
    if (calls.some((name) => name.startsWith("PAR."))) customCells += cellsOf(area);
  }
  return { precedents, customCells };
}

function formulaCells(workbook: WorkbookModel): FormulaCell[] {
  const names = new Map<string, Area>();
  for (const item of workbook.names) {
    const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(item.formula);
    if (!match) continue;
    const left = lettersToColumn(match[3]);
    const top = Number(match[4]) - 1;
    names.set(item.name.toLowerCase(), {
      sheet: match[1]?.replace(/''/g, "'") ?? match[2],
      top,
      left,
      bottom: match[6] === undefined ? top : Number(match[6]) - 1,
      right: match[5] === undefined ? left : lettersToColumn(match[5]),
    });
  }
  const cells: FormulaCell[] = [];
  for (const sheet of workbook.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null) continue;
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      cells.push({ sheet: sheet.name, row, column, ...readFormula(cell.formula, sheet.name, names) });
    }
  }
  return cells;
}

/** Formulas to recalculate after `changed` is edited: its dependents, and theirs, to the end. */
function dependents(cells: readonly FormulaCell[], changed: { sheet: string; row: number; column: number }): FormulaCell[] {
  // Formulas by the columns their references span, so each changed cell is checked against few.
  const byColumn = new Map<string, FormulaCell[]>();
  for (const cell of cells) {
    for (const area of cell.precedents) {
      for (let column = area.left; column <= area.right; column++) {
        const key = `${area.sheet}\u0000${column}`;
        const list = byColumn.get(key) ?? [];
        if (list[list.length - 1] !== cell) list.push(cell);
        byColumn.set(key, list);
      }
    }
  }
  const dirty = new Set<FormulaCell>();
  const queue = [changed];
  while (queue.length > 0) {
    const at = queue.pop()!;
    for (const cell of byColumn.get(`${at.sheet}\u0000${at.column}`) ?? []) {
      if (dirty.has(cell)) continue;
      const reads = cell.precedents.some(
        (area) =>
          area.sheet === at.sheet && area.top <= at.row && at.row <= area.bottom && area.left <= at.column && at.column <= area.right,
      );
      if (!reads) continue;
      dirty.add(cell);
      queue.push(cell);
    }
  }
  return [...dirty];
}

export async function cellsPassedToCustomFunctions(
  rubric: Rubric,
  units: number,
): Promise<{ perEdit: number; fullRecalculation: number; formulasPerEdit: number }> {
  const host = createExcelHost();
  host.install();
  try {
    const names = Array.from({ length: units }, (_, u) => `Đơn vị ${u + 1}`);
    const { scoringSheet } = await createOrUpdateTemplate({
      rubric,
      units: names,
      columns: ["self", "appraised", "projected"],
      target: { kind: "grade", value: "Tốt" },
    });
    const cells = formulaCells(host.workbook);
    // One score typed on the first leaf of the first unit's self-assessment.
    const leaf = rubricRows(rubric).findIndex((row) => row.isLeaf);
    const recalculated = dependents(cells, { sheet: scoringSheet, row: FIRST_CRITERION_ROW + leaf, column: FIRST_SCORE_COLUMN });
    return {
      perEdit: recalculated.reduce((sum, cell) => sum + cell.customCells, 0),
      fullRecalculation: cells.reduce((sum, cell) => sum + cell.customCells, 0),
      formulasPerEdit: recalculated.length,
    };
  } finally {
    host.uninstall();
  }
}
