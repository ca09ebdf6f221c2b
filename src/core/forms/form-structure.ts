import type { Bilingual } from "../bilingual";
import { toMicro } from "../decimal";
import { cellRef } from "../plan/a1";
import type { RubricRow } from "../rubric/rubric-rows";
import { textOf, type FormGrid } from "./collected-form";
import { FIRST_NODE_ROW, FORM_COLUMNS as C, HEADERS, HEADER_ROW } from "./form-layout";
import { formMessages } from "./form-messages";

/** What the structure check needs of a rubric row (a form's own rows, read back, have no more). */
export type FormRow = Pick<RubricRow, "code" | "kind" | "max" | "stepOrAllowed" | "isLeaf">;

/** The headers of the columns the collector reads, where the form put them. */
export function checkHeaders(fileName: string, grid: FormGrid): Bilingual | undefined {
  for (const column of [C.code, C.max, C.score, C.evidence, C.explanation]) {
    const found = textOf(grid.cellAt(HEADER_ROW, column));
    if (found !== HEADERS[column]) return formMessages.headerMoved(fileName, cellRef(HEADER_ROW, column), HEADERS[column], found);
  }
  return undefined;
}

/** Headers, codes and maxima as the form was made: a moved column or row would be read wrongly. */
export function checkStructure(fileName: string, grid: FormGrid, rows: readonly FormRow[]): Bilingual | undefined {
  const headers = checkHeaders(fileName, grid);
  if (headers) return headers;
  const codes = rows.map((row) => row.code);
  for (let index = 0; index < rows.length; index++) {
    const r = FIRST_NODE_ROW + index;
    const found = textOf(grid.cellAt(r, C.code));
    const expected = codes[index];
    if (found === expected) {
      const max = grid.cellAt(r, C.max);
      if (typeof max !== "number" || toMicro(max) !== toMicro(rows[index].max)) {
        return formMessages.maxEdited(fileName, expected, cellRef(r, C.max), max === null ? "" : String(max), rows[index].max);
      }
      continue;
    }
    const foundAt = codes.indexOf(found);
    if (found === "" || foundAt === -1) {
      // A row that is not the rubric's: inserted, unless the expected code simply is not there any more.
      const expectedLater = findCodeRow(grid, expected, r);
      if (expectedLater === undefined && !codesBelow(grid, r).includes(expected))
        return formMessages.rowDeleted(fileName, expected, cellRef(r, C.code));
      return formMessages.rowInserted(fileName, cellRef(r, C.code), found || rowText(grid, r));
    }
    const expectedAt = findCodeRow(grid, expected, FIRST_NODE_ROW);
    if (expectedAt === undefined) return formMessages.rowDeleted(fileName, expected, cellRef(r, C.code));
    return formMessages.rowMoved(fileName, expected, cellRef(expectedAt, C.code), cellRef(r, C.code));
  }
  const after = FIRST_NODE_ROW + rows.length;
  const extra = textOf(grid.cellAt(after, C.code));
  if (extra !== "") return formMessages.rowInserted(fileName, cellRef(after, C.code), extra);
  return undefined;
}

function findCodeRow(grid: FormGrid, code: string, from: number): number | undefined {
  for (let r = from; r <= grid.lastRow; r++) if (textOf(grid.cellAt(r, C.code)) === code) return r;
  return undefined;
}

function codesBelow(grid: FormGrid, from: number): string[] {
  const codes: string[] = [];
  for (let r = from; r <= grid.lastRow; r++) codes.push(textOf(grid.cellAt(r, C.code)));
  return codes;
}

function rowText(grid: FormGrid, r: number): string {
  for (let column = 0; column <= C.check; column++) {
    const text = textOf(grid.cellAt(r, column));
    if (text !== "") return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  return "";
}
