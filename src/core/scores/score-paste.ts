import { bilingual, type Bilingual } from "../bilingual";
import { isError } from "../findings";
import type { RubricTable } from "../table/rubric-table";
import { classifyCell } from "./cell-value";
import { readUnitScores } from "./unit-scores";

/**
 * "Paste scores": a unit's column of scores copied from another workbook or a report, written into
 * the leaf cells only. Pasting a whole column straight onto the sheet fails in Excel, because the
 * subtotal rows between the leaves are locked. The copied text is either one score per line in the
 * rubric's leaf order (a copied column with its subtotal rows, one line per rubric row, works too),
 * or "code<TAB>score" lines (two copied columns) in any order.
 */
export type ScorePasteReading =
  | { ok: true; byRow: Map<number, number | string | null>; lines: number; matchedBy: "leafOrder" | "rubricRows" | "codes" }
  | { ok: false; problem: Bilingual };

export function readScorePaste(table: RubricTable, text: string): ScorePasteReading {
  // Excel ends every copied row with a line break: only the last one closes the text; the blank
  // lines before it are blank leaves.
  const normalized = text.replace(/\r\n?/g, "\n");
  const lines = (normalized.endsWith("\n") ? normalized.slice(0, -1) : normalized).split("\n");
  if (lines.length === 0 || lines.every((line) => line.trim() === "")) {
    return {
      ok: false,
      problem: bilingual(
        "Chưa có điểm nào được dán. Hãy sao chép cột điểm trong Excel rồi dán vào ô.",
        "Nothing was pasted. Copy the column of scores in Excel and paste it into the box.",
      ),
    };
  }
  const cells = lines.map((line) => line.split("\t"));
  const withCodes = cells.filter((cell) => cell.length >= 2 && table.byCode.has(cell[0].trim())).length;
  const leaves = table.leaves;
  const byRow = new Map<number, number | string | null>();
  let matchedBy: "leafOrder" | "rubricRows" | "codes";

  if (withCodes > 0 && withCodes >= cells.filter((cell) => cell.join("").trim() !== "").length / 2) {
    matchedBy = "codes";
    for (const [index, cell] of cells.entries()) {
      if (cell.join("").trim() === "") continue;
      const code = cell[0].trim();
      const node = table.byCode.get(code);
      if (node === undefined) return fail(index, `mã "${code}" không có trong bộ tiêu chí`, `the code "${code}" is not in the rubric`);
      if (!table.nodes[node].isLeaf) continue; // a subtotal row copied along: never written
      byRow.set(table.nodes[node].row, cellOf(cell[cell.length - 1]));
    }
  } else {
    const values = cells.map((cell) => cell[cell.length - 1]);
    if (values.length === leaves.length) {
      matchedBy = "leafOrder";
      leaves.forEach((leaf, i) => byRow.set(table.nodes[leaf].row, cellOf(values[i])));
    } else if (values.length === table.nodes.length) {
      matchedBy = "rubricRows";
      for (const leaf of leaves) byRow.set(table.nodes[leaf].row, cellOf(values[table.nodes[leaf].row]));
    } else {
      return {
        ok: false,
        problem: bilingual(
          `Đã dán ${values.length} dòng, nhưng bộ tiêu chí có ${leaves.length} tiêu chí chấm điểm (${table.nodes.length} dòng kể cả dòng tổng). Hãy dán đúng một cột điểm theo thứ tự tiêu chí, hoặc hai cột: mã tiêu chí và điểm.`,
          `${values.length} line(s) were pasted, but the rubric has ${leaves.length} criteria to score (${table.nodes.length} rows with the subtotal rows). Paste one column of scores in the rubric's order, or two columns: criterion code and score.`,
        ),
      };
    }
  }

  // The same checks as the sheet: a wrong score is refused before anything is written.
  const column = table.nodes.map((node) => (byRow.has(node.row) ? byRow.get(node.row) : null));
  const first = readUnitScores(table, column).findings.find(isError);
  if (first) {
    return {
      ok: false,
      problem: bilingual(
        `Chưa ghi điểm nào: ${first.message.vi} Hãy sửa dữ liệu đã dán rồi ghi lại.`,
        `Nothing was written: ${first.message.en} Fix the pasted data and write again.`,
      ),
    };
  }
  return { ok: true, byRow, lines: lines.length, matchedBy };

  function fail(index: number, vi: string, en: string): ScorePasteReading {
    return {
      ok: false,
      problem: bilingual(`Dòng ${index + 1}: ${vi}. Chưa ghi điểm nào.`, `Line ${index + 1}: ${en}. Nothing was written.`),
    };
  }
}

/** A pasted cell as it goes into the sheet: numbers as numbers ("8,25" is 8.25), N/A as typed, blank as blank. */
function cellOf(raw: string | undefined): number | string | null {
  const text = (raw ?? "").trim();
  if (text === "") return null;
  const cell = classifyCell(text);
  if (cell.kind === "number" || cell.kind === "textNumber") return cell.value;
  return text;
}
