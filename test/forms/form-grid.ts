import type { FormCellValue, FormFile } from "../../src/core/forms/collect-form";
import type { FormPlan } from "../../src/core/forms/form-plan";
import { IDENTITY_KEYS } from "../../src/core/forms/form-layout";

/**
 * A returned form as the xlsx reader would hand it over, built from the plan and what a unit typed:
 * for tests of the collector and the pane that need many forms without writing files. A formula
 * typed into a cell is `{ formula: "1+1" }`, as the reader hands it over.
 */
export function formFileFrom(plan: FormPlan, fileName: string, typed: Record<string, FormCellValue>): FormFile {
  const cells = new Map<string, FormCellValue>();
  for (const cell of plan.cells) {
    const value =
      cell.value === null
        ? null
        : typeof cell.value === "number"
          ? cell.value
          : "text" in cell.value
            ? cell.value.text
            : { formula: cell.value.formula.slice(1) };
    cells.set(`${cell.row}:${cell.column}`, value);
  }
  let lastRow = 0;
  for (const cell of plan.cells) lastRow = Math.max(lastRow, cell.row);
  for (const [address, value] of Object.entries(typed)) {
    const match = /^([A-Z])(\d+)$/.exec(address)!;
    cells.set(`${Number(match[2]) - 1}:${match[1].charCodeAt(0) - 65}`, value);
  }
  const identity = Object.fromEntries(IDENTITY_KEYS.map((key) => [key, plan.identity[key]]));
  return { kind: "workbook", fileName, identity, grid: { cellAt: (row, column) => cells.get(`${row}:${column}`) ?? null, lastRow } };
}
