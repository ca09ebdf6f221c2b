/**
 * The workbench page: the real task pane and the real PAR.* functions over an in-memory workbook,
 * in any browser, without Excel. workbench.html defines the CustomFunctions stand-in and loads
 * functions.js (built exactly as the add-in ships it) before this script runs.
 *
 * For tests and debugging, `window.__parWorkbench` exposes the host and a few helpers.
 */
import { createRoot } from "react-dom/client";
import { createExcelOperations } from "../src/excel/excel-operations";
import { lazyFormsOperations } from "../src/excel/forms-operations-lazy";
import type { ThemeName } from "../src/taskpane/host-preferences";
import { renderTaskpane } from "../src/taskpane/render";
import { findSheet, getValue, parseAddress, peekCell, type CellValue, type WriteOutcome } from "./host";
import { evaluateConditionalFormats } from "./host";
import { displayText } from "./app/display";
import { createRuntime, type Language, type WorkbenchRuntime } from "./app/runtime";
import { Workbench } from "./app/Workbench";

export interface CellView {
  value: CellValue;
  formula: string | null;
  text: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  error: { code: string; message?: string } | null;
  /** Ids of the conditional formats true at this cell. */
  conditionalFormats: string[];
}

export interface ParWorkbenchApi {
  ready: true;
  language: Language;
  runtime: WorkbenchRuntime;
  host: WorkbenchRuntime["host"];
  stats: WorkbenchRuntime["host"]["stats"];
  functionIds: string[];
  getValue(sheet: string, address: string): CellValue;
  /** Values of a range as Office.js reports them ("" for blank cells). */
  getValues(sheet: string, address: string): CellValue[][];
  /** Writes like a paste: the host's input rules and protection apply, data validation does not. */
  setCell(sheet: string, address: string, input: unknown): WriteOutcome;
  /** Pastes 2-D blocks, each at its top-left `address`, then recalculates once. */
  paste(sheet: string, blocks: Array<{ address: string; values: unknown[][] }>): WriteOutcome;
  /** Value, shown text and effective format (conditional formats evaluated) of one cell. */
  cellView(sheet: string, address: string): CellView | null;
  sheetNames(): string[];
}

declare global {
  interface Window {
    __parWorkbench?: ParWorkbenchApi;
  }
}

function languageFromUrl(): Language {
  const lang = new URLSearchParams(window.location.search).get("lang");
  return lang === "en" ? "en" : "vi";
}

/** `?theme=dark` shows the pane as under a dark Office theme (Excel reports it at start). */
function themeFromUrl(): ThemeName {
  return new URLSearchParams(window.location.search).get("theme") === "dark" ? "dark" : "light";
}

function locate(runtime: WorkbenchRuntime, sheetName: string, address: string) {
  const sheet = findSheet(runtime.host.workbook, sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`Not an address: "${address}".`);
  return { sheet, row: parsed.rect.row, col: parsed.rect.col };
}

function start(): void {
  const language = languageFromUrl();
  document.documentElement.lang = language;
  const runtime = createRuntime(language);
  const { host } = runtime;

  const gridContainer = document.getElementById("workbench");
  const paneContainer = document.getElementById("taskpane");
  if (!gridContainer || !paneContainer) throw new Error("workbench.html is missing #workbench or #taskpane");

  createRoot(gridContainer).render(<Workbench runtime={runtime} language={language} />);
  renderTaskpane(paneContainer, createExcelOperations(lazyFormsOperations), { language, theme: themeFromUrl() });

  window.__parWorkbench = {
    ready: true,
    language,
    runtime,
    host,
    stats: host.stats,
    functionIds: runtime.functionIds,
    getValue: (sheet, address) => getValue(host.workbook, sheet, address),
    getValues(sheetName, address) {
      const sheet = findSheet(host.workbook, sheetName);
      const parsed = parseAddress(address);
      if (!sheet || !parsed) throw new Error(`No range ${sheetName}!${address}`);
      const { rect } = parsed;
      const out: CellValue[][] = [];
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        const line: CellValue[] = [];
        for (let c = rect.col; c < rect.col + rect.colCount; c++) {
          const cell = peekCell(sheet, r, c);
          line.push(cell ? (cell.value ?? (cell.formula ? null : "")) : "");
        }
        out.push(line);
      }
      return out;
    },
    setCell(sheetName, address, input) {
      const { sheet, row, col } = locate(runtime, sheetName, address);
      const outcome = host.typeCell(sheet, row, col, input, { validate: false });
      runtime.notify();
      return outcome;
    },
    paste(sheetName, blocks) {
      let outcome: WriteOutcome = { ok: true };
      for (const block of blocks) {
        const { sheet, row, col } = locate(runtime, sheetName, block.address);
        const rect = { row, col, rowCount: block.values.length, colCount: block.values[0]?.length ?? 0 };
        outcome = host.pasteCells(sheet, rect, block.values, { recalculate: false });
        if (!outcome.ok) break;
      }
      host.recalculate();
      runtime.notify();
      return outcome;
    },
    cellView(sheetName, address) {
      const { sheet, row, col } = locate(runtime, sheetName, address);
      const cell = peekCell(sheet, row, col);
      const cf = evaluateConditionalFormats(runtime.evaluate, host.workbook, sheet, { row, col, rowCount: 1, colCount: 1 }).get(
        row * 16384 + col,
      );
      if (!cell && !cf) return null;
      return {
        value: cell ? cell.value : null,
        formula: cell?.formula ?? null,
        text: displayText(cell),
        fill: cf?.fill ?? cell?.format.fill ?? null,
        fontColor: cf?.fontColor ?? cell?.format.fontColor ?? null,
        bold: cf?.bold ?? cell?.format.bold ?? false,
        error: cell?.error ? { ...cell.error } : null,
        conditionalFormats: cf?.rules ?? [],
      };
    },
    sheetNames: () => host.workbook.sheets.map((s) => s.name),
  };
  console.info(`[workbench] ready (${language}); PAR functions: ${runtime.functionIds.join(", ") || "none"}`);
}

/** office.js (served locally) resolves onReady outside Office too; do not wait for it forever. */
function whenOfficeReady(): Promise<void> {
  const office = (window as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (!office?.onReady) return Promise.resolve();
  return Promise.race([office.onReady().then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, 3000))]).catch(
    () => undefined,
  );
}

void whenOfficeReady().then(start);
