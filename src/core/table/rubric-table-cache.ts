import { buildRubricTable, type RubricTable } from "./rubric-table";

/**
 * Excel calls every PAR.* formula on a sheet with the same rubric range, as a fresh array each time.
 * Building the table (codes, parents, leaves) costs far more than summing a column, so recent tables
 * are kept, keyed by the full content of the rows. A hit needs every cell to be equal, so a changed
 * rubric is never served from here: the formulas stay pure functions of their arguments.
 */
interface Entry {
  rows: unknown[][];
  table: RubricTable;
}

// A scoring sheet uses the whole rubric and, for its subtotals, each parent's own rows (48 ranges for
// a 200-row rubric): all of them stay, so a recalculation builds each table once.
const CAPACITY = 64;
const entries: Entry[] = [];

export function rubricTableFor(rows: readonly (readonly unknown[])[]): RubricTable {
  for (let i = 0; i < entries.length; i++) {
    if (sameRows(entries[i].rows, rows)) {
      const hit = entries[i];
      if (i > 0) {
        entries.splice(i, 1);
        entries.unshift(hit);
      }
      return hit.table;
    }
  }
  const table = buildRubricTable(rows);
  entries.unshift({ rows: rows.map((row) => row.map(keptCell)), table });
  if (entries.length > CAPACITY) entries.pop();
  return table;
}

/**
 * The copy kept for comparison. JSON.parse, which is how arguments reach a JavaScript runtime as
 * text, gives short strings as V8's shared (internalized) copies, and two of those compare by
 * pointer. Keeping ours the same way makes a hit cost a pointer test per code and kind instead of a
 * character comparison. Equality is by content either way; this only changes the speed.
 */
function keptCell(cell: unknown): unknown {
  return typeof cell === "string" ? (JSON.parse(JSON.stringify(cell)) as string) : cell;
}

/** The rubric with this many rows most recently asked for, as kept for comparison, and its table: see quick-totals. */
export function recentRubricWithRows(rowCount: number): { readonly rows: readonly (readonly unknown[])[]; readonly table: RubricTable } | undefined {
  for (const entry of entries) if (entry.rows.length === rowCount) return entry;
  return undefined;
}

function sameRows(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const rowA = a[r];
    const rowB = b[r];
    if (rowA.length !== rowB.length) return false;
    for (let c = 0; c < rowA.length; c++) {
      const x = rowA[c];
      const y = rowB[c];
      // Same value, NaN included (the only value not equal to itself).
      if (x !== y && (x === x || y === y)) return false;
    }
  }
  return true;
}
