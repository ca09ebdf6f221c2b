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
export function recentRubricWithRows(
  rowCount: number,
): { readonly rows: readonly (readonly unknown[])[]; readonly table: RubricTable } | undefined {
  for (const entry of entries) if (entry.rows.length === rowCount) return entry;
  return undefined;
}

function sameRows(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (!sameRubricRow(b[r], a[r])) return false;
  return true;
}

/**
 * Cell-by-cell equality of a rubric row with the kept one (NaN equal to itself): the one equality
 * the cache and the formulas' one-pass path (quick-totals) use.
 * The first four columns are compared one by one rather than in a loop: each comparison then sees one
 * kind of value (codes and kinds are strings, maxima numbers), which V8 turns into a pointer or number
 * test instead of a generic comparison.
 */
export function sameRubricRow(given: readonly unknown[], kept: readonly unknown[]): boolean {
  const width = kept.length;
  if (given.length !== width) return false;
  if (given[0] !== kept[0] && !bothNaN(given[0], kept[0])) return false;
  if (width > 1 && given[1] !== kept[1] && !bothNaN(given[1], kept[1])) return false;
  if (width > 2 && given[2] !== kept[2] && !bothNaN(given[2], kept[2])) return false;
  if (width > 3 && given[3] !== kept[3] && !bothNaN(given[3], kept[3])) return false;
  for (let column = 4; column < width; column++) {
    if (given[column] !== kept[column] && !bothNaN(given[column], kept[column])) return false;
  }
  return true;
}

function bothNaN(a: unknown, b: unknown): boolean {
  return a !== a && b !== b;
}
