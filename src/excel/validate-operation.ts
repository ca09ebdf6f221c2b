import { bilingual } from "../core/bilingual";
import { validateScoringSheet } from "../core/validation/validate-sheet";
import { runInExcel } from "./excel-session";
import { WorkbookOperationError, type CellFinding, type ValidationReport } from "./operations";
import { PROTECTION } from "./apply-plan";
import { readScoringSheetData } from "./scoring-sheet-read";

/** Reads every score cell in one round trip and reports each problem with its cell. */
export function validate(scoringSheet: string): Promise<ValidationReport> {
  return runInExcel(async (session) => {
    const { data, formulas } = await readScoringSheetData(session, scoringSheet, true);
    const findings = validateScoringSheet(data, formulas);
    return {
      // The sheet's name now: it may have been renamed since the pane listed it.
      scoringSheet: data.record.scoringSheet,
      findings,
      // The cells a score is typed into: "720 score cells" counted the subtotal rows too.
      cellsRead: data.table.leaves.length * data.layout.scoreColumns.length,
      syncs: session.syncs,
    };
  });
}

/** Selects a finding's cell (and its sheet) so the user lands on it. */
export function selectCell(address: string): Promise<void> {
  return runInExcel(async (session) => {
    const { sheet, cell } = splitAddress(address);
    const worksheet = session.context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await session.sync();
  });
}

/**
 * Writes the numbers that text cells mean ("8,25" → 8.25), but only where the cell still holds the
 * text that was validated: anything typed since is left alone. Two round trips whatever the count.
 */
export function convertTextNumbers(findings: CellFinding[]): Promise<number> {
  return runInExcel(async (session) => {
    const convertible = findings.filter((finding) => finding.code === "score.textNumber" && finding.suggestedValue !== undefined);
    if (convertible.length === 0) return 0;
    const worksheets = session.context.workbook.worksheets;
    const cells = convertible.map((finding) => {
      const { sheet, cell } = splitAddress(finding.address);
      const range = worksheets.getItem(sheet).getRange(cell);
      range.load("values");
      return { finding, sheet, range };
    });
    await session.sync();
    const stillText = cells.filter(({ range, finding }) => {
      const value = range.values[0]?.[0];
      return typeof value === "string" && value.trim() === finding.cellText;
    });
    if (stillText.length === 0) return 0;
    const sheets = [...new Set(stillText.map((cell) => cell.sheet))];
    for (const sheet of sheets) worksheets.getItem(sheet).protection.unprotect();
    for (const { range, finding } of stillText) range.values = [[finding.suggestedValue as number]];
    for (const sheet of sheets) worksheets.getItem(sheet).protection.protect(PROTECTION);
    await session.sync();
    return stillText.length;
  });
}

export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang === -1)
    throw new WorkbookOperationError(bilingual(`Địa chỉ ô "${address}" thiếu tên trang.`, `Cell address "${address}" has no sheet name.`));
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: address.slice(bang + 1) };
}
