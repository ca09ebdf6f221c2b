/**
 * Small, text-level formula rewrites Excel performs automatically:
 *  - relative references shift when one formula is written to many cells (`range.formulas = "=A1"`),
 *    and when a custom data-validation / conditional-format formula is applied to another cell;
 *  - references follow a renamed sheet, and become #REF! when the sheet is deleted.
 * String literals and quoted sheet names are never touched.
 */
import { MAX_COLUMNS, MAX_ROWS, columnToLetters, lettersToColumn, quoteSheetName } from "./address";

type Segment = { kind: "code" | "string" | "quoted"; text: string };

function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let code = "";
  const flush = () => {
    if (code) out.push({ kind: "code", text: code });
    code = "";
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      flush();
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ kind: ch === '"' ? "string" : "quoted", text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    code += ch;
    i++;
  }
  flush();
  return out;
}

const CELL_REF = /(?<![A-Za-z0-9_.$\u00C0-\uFFFF])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!.\u00C0-\uFFFF])/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return segments(formula)
    .map((seg) =>
      seg.kind !== "code"
        ? seg.text
        : seg.text.replace(CELL_REF, (whole, cAbs: string, letters: string, rAbs: string, digits: string) => {
            const col = lettersToColumn(letters);
            if (col >= MAX_COLUMNS) return whole; // not a reference (e.g. a name like "ABCD1")
            const newCol = cAbs ? col : col + dCol;
            const newRow = rAbs ? Number(digits) - 1 : Number(digits) - 1 + dRow;
            if (newCol < 0 || newRow < 0 || newCol >= MAX_COLUMNS || newRow >= MAX_ROWS) return "#REF!";
            return `${cAbs}${columnToLetters(newCol)}${rAbs}${newRow + 1}`;
          }),
    )
    .join("");
}

const UNQUOTED_SHEET = /(?<![A-Za-z0-9_.\u00C0-\uFFFF])([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/g;

/** Rewrites references to `oldName`; `newName === null` means the sheet was deleted (-> #REF!). */
export function renameSheetInFormula(formula: string, oldName: string, newName: string | null): string {
  const lower = oldName.toLowerCase();
  const replacement = newName === null ? "#REF" : quoteSheetName(newName);
  const segs = segments(formula);
  return segs
    .map((seg, idx) => {
      if (seg.kind === "quoted") {
        const next = segs[idx + 1];
        const inner = seg.text.slice(1, -1).replace(/''/g, "'");
        if (next && next.kind === "code" && next.text.startsWith("!") && inner.toLowerCase() === lower) return replacement;
        return seg.text;
      }
      if (seg.kind === "string") return seg.text;
      return seg.text.replace(UNQUOTED_SHEET, (whole, name: string) => (name.toLowerCase() === lower ? `${replacement}!` : whole));
    })
    .join("");
}
