import type ExcelJS from "exceljs";
import { cellRef, quoteSheet } from "../core/plan/a1";
import { IDENTITY_KEYS } from "../core/forms/form-layout";
import type { FormCellStyle, FormPlan } from "../core/forms/form-plan";

/**
 * Writes a form plan (core/forms) as an .xlsx workbook with ExcelJS. Nothing is decided here: values,
 * formulas, styles, validations and identity all come from the plan. `ExcelJSModule` is passed in so
 * that the pane loads ExcelJS only when a forms command runs (a separate chunk).
 */
export type ExcelJSModule = typeof ExcelJS;

/**
 * A formula as the .xlsx file stores it: no "=", and functions newer than Excel 2007 with the
 * `_xlfn.` prefix, which is how Excel (and LibreOffice, WPS) recognise them in a file; without it
 * Excel shows #NAME? until the cell is re-entered.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/(?<![\w.])ISFORMULA\(/g, "_xlfn.ISFORMULA(");
}

export async function writeFormXlsx(excel: ExcelJSModule, plan: FormPlan): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  workbook.creator = "PAR INDEX";
  workbook.title = `${plan.identity.rubricId} ${plan.identity.rubricVersion} — ${plan.identity.unit}`;
  workbook.subject = plan.identity.kind;
  // ExcelJS stores no cached results: every program recomputes on opening.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${plan.printTitleRow + 1}:${plan.printTitleRow + 1}`,
    },
  });
  plan.columnWidths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    if (plan.hiddenColumns.includes(index)) column.hidden = true;
  });
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;

  for (const { row, column, value, style } of plan.cells) {
    const cell = sheet.getCell(row + 1, column + 1);
    if (value !== null) {
      // Text is set as a plain string (a shared string in the file): "=x" from a unit name stays text.
      cell.value = typeof value === "number" ? value : "text" in value ? value.text : { formula: fileFormula(value.formula) };
    }
    if (style) applyStyle(cell, style);
  }
  for (const merge of plan.merges) {
    sheet.mergeCells(merge.row + 1, merge.column + 1, merge.row + merge.rowCount, merge.column + merge.columnCount);
  }
  for (const validation of plan.validations) {
    sheet.getCell(validation.row + 1, validation.column + 1).dataValidation = {
      type: "custom",
      allowBlank: true,
      formulae: [validation.formula],
      showInputMessage: true,
      promptTitle: validation.promptTitle,
      prompt: validation.prompt,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: validation.errorTitle,
      error: validation.error,
    };
  }
  for (const rule of plan.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [rule.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  }
  // Protected without a password: only the unlocked input cells take typing; anyone may unprotect.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: false,
    formatRows: true,
    insertRows: false,
    deleteRows: false,
  });

  const identity = workbook.addWorksheet(plan.identitySheetName, { state: "veryHidden" });
  IDENTITY_KEYS.forEach((key, index) => {
    identity.getCell(index + 1, 1).value = key;
    identity.getCell(index + 1, 2).value = plan.identity[key];
    identity.getCell(index + 1, 2).numFmt = "@";
  });
  await identity.protect("", { selectLockedCells: false, selectUnlockedCells: false });
  for (const { name, identityRow } of plan.names) {
    workbook.definedNames.add(`${quoteSheet(plan.identitySheetName)}!${absolute(cellRef(identityRow, 1))}`, name);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function applyStyle(cell: ExcelJS.Cell, style: FormCellStyle): void {
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    cell.font = {
      name: "Arial",
      size: style.fontSize ?? 10,
      bold: style.bold,
      italic: style.italic,
      color: style.fontColor ? { argb: argb(style.fontColor) } : undefined,
    };
  } else {
    cell.font = { name: "Arial", size: 10 };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontal || style.vertical) {
    cell.alignment = { wrapText: style.wrap, horizontal: style.horizontal, vertical: style.vertical };
  }
  if (style.locked === false) cell.protection = { locked: false };
  if (style.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function absolute(ref: string): string {
  return ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}
