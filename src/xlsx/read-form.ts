import type ExcelJS from "exceljs";
import {
  FORM_COLUMNS,
  FORM_SHEET_NAME,
  HEADER_ROW,
  IDENTITY_KEYS,
  IDENTITY_SHEET_NAME,
  type FormIdentity,
} from "../core/forms/form-layout";
import type { FormCellValue, FormFile, FormGrid } from "../core/forms/collect-form";
import { formMessages } from "../core/forms/form-messages";
import type { ExcelJSModule } from "./write-form";

/**
 * Reads a returned file into plain values for core/forms/collect-form. Before ExcelJS sees it, the
 * first bytes tell an .xlsx (a zip) from an old .xls or a password-protected file (both OLE
 * containers) and from anything else, so each gets its own message.
 */
export async function readFormXlsx(excel: ExcelJSModule, fileName: string, bytes: Uint8Array): Promise<FormFile> {
  const kind = sniff(bytes);
  if (kind === "ole") {
    return {
      kind: "unreadable",
      fileName,
      reason: containsUtf16(bytes, "EncryptedPackage") ? formMessages.encrypted(fileName) : formMessages.oldXls(fileName),
    };
  }
  if (kind !== "zip") return { kind: "unreadable", fileName, reason: formMessages.notASpreadsheet(fileName) };
  const workbook = new excel.Workbook();
  try {
    // Validations and conditional formats are the form's own, not what the unit typed: not parsed.
    await workbook.xlsx.load(
      bytes as unknown as ArrayBuffer,
      { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"] } as never,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0].slice(0, 120) : String(error);
    return { kind: "unreadable", fileName, reason: formMessages.corrupted(fileName, detail) };
  }
  const identitySheet = workbook.getWorksheet(IDENTITY_SHEET_NAME);
  const formSheet = workbook.getWorksheet(FORM_SHEET_NAME);
  return {
    kind: "workbook",
    fileName,
    identity: identitySheet ? readIdentity(identitySheet) : undefined,
    grid: formSheet ? readGrid(formSheet) : undefined,
  };
}

function sniff(bytes: Uint8Array): "zip" | "ole" | "other" {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((byte, i) => bytes[i] === byte)) return "ole";
  return "other";
}

/** An encrypted .xlsx is an OLE container with an "EncryptedPackage" stream (named in UTF-16). */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function readIdentity(sheet: ExcelJS.Worksheet): Partial<FormIdentity> {
  const identity: Partial<FormIdentity> = {};
  sheet.eachRow((row) => {
    const key = plain(row.getCell(1).value);
    if (typeof key === "string" && (IDENTITY_KEYS as readonly string[]).includes(key)) {
      const value = plain(row.getCell(2).value);
      identity[key as keyof FormIdentity] = value === null ? "" : String(value);
    }
  });
  return identity;
}

/** The cells the collector reads (columns A to the check column), converted once. */
function readGrid(sheet: ExcelJS.Worksheet): FormGrid {
  const rows: FormCellValue[][] = [];
  let lastRow = HEADER_ROW;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: FormCellValue[] = [];
    for (let column = 0; column <= FORM_COLUMNS.check; column++) {
      const cell = row.getCell(column + 1);
      const input = column === FORM_COLUMNS.score || column === FORM_COLUMNS.evidence || column === FORM_COLUMNS.explanation;
      cells.push(input ? typed(cell) : plain(cell.value));
    }
    rows[rowNumber - 1] = cells;
    lastRow = Math.max(lastRow, rowNumber - 1);
  });
  return { cellAt: (row, column) => rows[row]?.[column] ?? null, lastRow };
}

/** What the unit typed; a formula as its text, never its result (the collector decides what it means). */
function typed(cell: ExcelJS.Cell): FormCellValue {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const formula = "formula" in value ? value.formula : (value as { sharedFormula?: string }).sharedFormula;
    return { formula: formula ?? "" };
  }
  return plain(value);
}

function plain(value: ExcelJS.CellValue): FormCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : "";
    return text && text !== value.hyperlink ? `${text} (${value.hyperlink})` : value.hyperlink;
  }
  if ("error" in value) return String(value.error);
  if ("result" in value) return plain(value.result as ExcelJS.CellValue);
  return null;
}
