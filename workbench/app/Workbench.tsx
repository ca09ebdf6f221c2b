/**
 * The workbench's spreadsheet side: header, formula bar, grid, charts, sheet tabs and status bar,
 * over the in-memory workbook. The workbook model is the single source of truth for the active
 * sheet and the selection, so `range.select()` / `worksheet.activate()` from the add-in move the
 * view, and the user's selection is what `getSelectedRange()` returns to the add-in.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { columnToLetters, formatRect, parseAddress, rectContains, type Rect } from "../host/address";
import { PROTECTED_MESSAGE } from "../host/protection";
import { cellKey, effectiveEmptyFormat, type SheetModel } from "../host/model";
import { ChartList } from "./ChartList";
import { validationAt, writeCell, type WriteOutcome } from "./cell-write";
import { evaluateConditionalFormats, type CfStyle } from "../host";
import { editText } from "./display";
import { Grid, type EditorState } from "./Grid";
import { gridExtent } from "./grid-layout";
import type { Language, WorkbenchRuntime } from "./runtime";
import { workbenchStrings } from "./strings";

interface DialogButton {
  label: string;
  primary?: boolean;
  onClick: () => void;
}

interface DialogSpec {
  title: string;
  message: string;
  question?: string;
  buttons: DialogButton[];
  kind: "stop" | "warning" | "information" | "protected";
}

type Cell = { row: number; col: number };

interface CfCache {
  version: number;
  sheetId: string;
  /** Cells whose rules have been evaluated. */
  done: Set<number>;
  styles: Map<number, CfStyle>;
  complete: boolean;
}

function evaluateSlice(runtime: WorkbenchRuntime, sheet: SheetModel, cache: CfCache, rect: Rect): void {
  const done = cache.done;
  evaluateConditionalFormats(runtime.evaluate, runtime.host.workbook, sheet, rect, { skip: (key) => done.has(key), into: cache.styles });
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) done.add(cellKey(r, c));
}

function rectDone(cache: CfCache, rect: Rect): boolean {
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) if (!cache.done.has(cellKey(r, c))) return false;
  return true;
}

function rectBetween(a: Cell, b: Cell): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
}

export function Workbench(props: { runtime: WorkbenchRuntime; language: Language }) {
  const { runtime, language } = props;
  const t = workbenchStrings(language);
  const host = runtime.host;
  const wb = host.workbook;
  const [version, setVersion] = useState(0);
  // `version`: the workbook changed (a command ran, a cell was written). `viewTick`: only the view
  // (selection, active sheet) changed, which needs no recalculation of conditional formats.
  const modelChanged = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => runtime.subscribe(modelChanged), [runtime, modelChanged]);
  const [viewTick, setViewTick] = useState(0);
  const bump = () => setViewTick((v) => v + 1);
  const [zoom, setZoom] = useState(0.85);
  const [editor, setEditorState] = useState<EditorState | null>(null);
  const editorRef = useRef<EditorState | null>(null);
  const setEditor = (next: EditorState | null) => {
    editorRef.current = next;
    setEditorState(next);
  };
  const [dialog, setDialog] = useState<DialogSpec | null>(null);
  const anchors = useRef(new Map<string, Cell>());
  const ends = useRef(new Map<string, Cell>());
  const lastAddress = useRef(new Map<string, string>());
  const gridRef = useRef<HTMLDivElement>(null);

  const visible = wb.sheets.filter((s) => s.visibility === "Visible");
  const sheet: SheetModel | undefined = wb.sheets.find((s) => s.id === wb.activeSheetId && s.visibility === "Visible") ?? visible[0];

  // Selection (from the model) and the active cell inside it.
  let selection: Rect = { row: 0, col: 0, rowCount: 1, colCount: 1 };
  if (sheet && wb.selection && wb.selection.sheetId === sheet.id) {
    const parsed = parseAddress(wb.selection.address);
    if (parsed) selection = parsed.rect;
  }
  let active: Cell = anchors.current.get(sheet?.id ?? "") ?? { row: selection.row, col: selection.col };
  if (!rectContains(selection, active.row, active.col)) active = { row: selection.row, col: selection.col };
  const extent = sheet ? gridExtent(sheet, active) : { rows: 40, cols: 14 };
  const viewSelection: Rect = {
    row: selection.row,
    col: selection.col,
    rowCount: Math.min(selection.rowCount, extent.rows - selection.row),
    colCount: Math.min(selection.colCount, extent.cols - selection.col),
  };

  // Conditional formats: what is on screen is evaluated before painting; the rest of the rules'
  // ranges in small slices afterwards (a rule over a whole score block is thousands of formula
  // evaluations), then painted once. Cached per model version.
  const [viewport, setViewport] = useState<Rect[]>([{ row: 0, col: 0, rowCount: 30, colCount: 12 }]);
  const [cfTick, setCfTick] = useState(0);
  const cfCache = useRef<CfCache | null>(null);
  let cf = new Map<number, CfStyle>();
  if (sheet) {
    let cache = cfCache.current;
    if (!cache || cache.version !== version || cache.sheetId !== sheet.id) {
      cache = { version, sheetId: sheet.id, done: new Set(), styles: new Map(), complete: sheet.conditionalFormats.length === 0 };
      cfCache.current = cache;
    }
    if (!cache.complete) {
      const started = performance.now();
      for (const rect of viewport) evaluateSlice(runtime, sheet, cache, rect);
      const ms = performance.now() - started;
      if (ms > 1) runtime.timings.conditionalFormatsMs = Math.round(ms);
    }
    cf = cache.styles;
  }

  useEffect(() => {
    const cache = cfCache.current;
    if (!sheet || !cache || cache.complete || cache.sheetId !== sheet.id) return;
    const work: Rect[] = [];
    for (const rule of sheet.conditionalFormats) {
      for (let row = rule.rect.row; row < rule.rect.row + rule.rect.rowCount; row += 6) {
        work.push({
          row,
          col: rule.rect.col,
          rowCount: Math.min(6, rule.rect.row + rule.rect.rowCount - row),
          colCount: rule.rect.colCount,
        });
      }
    }
    let index = 0;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (cfCache.current !== cache) return;
      const started = performance.now();
      while (index < work.length && performance.now() - started < 12) evaluateSlice(runtime, sheet, cache, work[index++]);
      if (index < work.length) timer = setTimeout(step, 0);
      else {
        cache.complete = true;
        setCfTick((tick) => tick + 1);
      }
    };
    timer = setTimeout(step, 16);
    return () => clearTimeout(timer);
  }, [version, sheet?.id, runtime]);

  const [nameBox, setNameBox] = useState<string | null>(null);
  const multiSelection = viewSelection.rowCount * viewSelection.colCount > 1;

  /** The Name box: "G7", "B2:D5" or "'Sheet name'!G7" selects (and shows) that range. */
  const goTo = (text: string) => {
    const parsed = parseAddress(text.trim());
    setNameBox(null);
    if (!parsed) return focusGrid();
    const target = parsed.sheet !== undefined ? wb.sheets.find((s) => s.name.toLowerCase() === parsed.sheet?.toLowerCase()) : sheet;
    if (!target || target.visibility !== "Visible") return focusGrid();
    if (editorRef.current) commit(null);
    const rect = parsed.rect;
    anchors.current.set(target.id, { row: rect.row, col: rect.col });
    ends.current.delete(target.id);
    wb.activeSheetId = target.id;
    wb.selection = { sheetId: target.id, address: formatRect(rect) };
    lastAddress.current.set(target.id, wb.selection.address);
    bump();
    focusGrid();
  };

  const focusGrid = () => {
    gridRef.current?.focus({ preventScroll: true });
    // After a dialog closes or the editor unmounts, focus may have fallen back to the page.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) gridRef.current?.focus({ preventScroll: true });
    });
  };

  const select = (cell: Cell, extend = false) => {
    if (!sheet) return;
    const row = Math.max(0, cell.row);
    const col = Math.max(0, cell.col);
    let rect: Rect;
    if (extend) {
      ends.current.set(sheet.id, { row, col });
      rect = rectBetween(active, { row, col });
      anchors.current.set(sheet.id, active);
    } else {
      anchors.current.set(sheet.id, { row, col });
      ends.current.delete(sheet.id);
      rect = { row, col, rowCount: 1, colCount: 1 };
    }
    wb.activeSheetId = sheet.id;
    wb.selection = { sheetId: sheet.id, address: formatRect(rect) };
    lastAddress.current.set(sheet.id, wb.selection.address);
    bump();
  };

  const activateSheet = (target: SheetModel) => {
    if (editorRef.current) commit(null);
    if (sheet && wb.selection?.sheetId === sheet.id) lastAddress.current.set(sheet.id, wb.selection.address);
    wb.activeSheetId = target.id;
    wb.selection = { sheetId: target.id, address: lastAddress.current.get(target.id) ?? "A1" };
    bump();
  };

  const showProtected = () =>
    setDialog({
      kind: "protected",
      title: "Microsoft Excel",
      message: PROTECTED_MESSAGE,
      buttons: [{ label: t.ok, primary: true, onClick: () => undefined }],
    });

  const isLocked = (s: SheetModel, row: number, col: number) =>
    s.protection.protected && (s.cells.get(cellKey(row, col))?.format.locked ?? effectiveEmptyFormat(s, row, col).format.locked);

  const startEdit = (mode: EditorState["mode"], text?: string) => {
    if (!sheet) return;
    if (isLocked(sheet, active.row, active.col)) {
      showProtected();
      return;
    }
    const cell = sheet.cells.get(cellKey(active.row, active.col));
    setEditor({ sheetId: sheet.id, row: active.row, col: active.col, text: text ?? editText(cell), mode });
  };

  const move = (from: Cell, dRow: number, dCol: number) => select({ row: from.row + dRow, col: from.col + dCol });

  const handleOutcome = (outcome: WriteOutcome, ed: EditorState, after: () => void) => {
    if (outcome.ok) {
      runtime.notify();
      after();
      return;
    }
    const target = wb.sheets.find((s) => s.id === ed.sheetId);
    const reopen = () => setEditor({ ...ed, mode: ed.mode === "bar" ? "edit" : ed.mode });
    const force = () => {
      if (!target) return;
      const forced = writeCell(host, runtime.evaluate, target, ed.row, ed.col, ed.text, { validate: false });
      handleOutcome(forced, ed, after);
    };
    if (outcome.kind === "protected") return showProtected();
    if (outcome.kind === "error") {
      setDialog({
        kind: "stop",
        title: "Microsoft Excel",
        message: outcome.message,
        buttons: [{ label: t.ok, primary: true, onClick: () => undefined }],
      });
      return;
    }
    if (outcome.style === "Stop") {
      setDialog({
        kind: "stop",
        title: outcome.title,
        message: outcome.message,
        buttons: [
          { label: t.retry, primary: true, onClick: reopen },
          { label: t.cancel, onClick: () => undefined },
        ],
      });
    } else if (outcome.style === "Warning") {
      setDialog({
        kind: "warning",
        title: outcome.title,
        message: outcome.message,
        question: t.continueQuestion,
        buttons: [
          { label: t.yes, primary: true, onClick: force },
          { label: t.no, onClick: reopen },
          { label: t.cancel, onClick: () => undefined },
        ],
      });
    } else {
      setDialog({
        kind: "information",
        title: outcome.title,
        message: outcome.message,
        buttons: [
          { label: t.ok, primary: true, onClick: force },
          { label: t.cancel, onClick: () => undefined },
        ],
      });
    }
  };

  /** Writes the editor's text (a typed value: data validation applies), then moves. */
  const commit = (moveBy: [number, number] | null) => {
    const ed = editorRef.current;
    if (!ed) return;
    setEditor(null);
    const target = wb.sheets.find((s) => s.id === ed.sheetId);
    if (!target) return;
    const outcome = writeCell(host, runtime.evaluate, target, ed.row, ed.col, ed.text, { validate: true });
    handleOutcome(outcome, ed, () => {
      if (moveBy) move({ row: ed.row, col: ed.col }, moveBy[0], moveBy[1]);
    });
    focusGrid();
  };

  const cancelEdit = () => {
    setEditor(null);
    focusGrid();
  };

  const clearSelection = () => {
    if (!sheet) return;
    for (let r = viewSelection.row; r < viewSelection.row + viewSelection.rowCount; r++)
      for (let c = viewSelection.col; c < viewSelection.col + viewSelection.colCount; c++) {
        if (!sheet.cells.has(cellKey(r, c))) continue;
        const outcome = writeCell(host, runtime.evaluate, sheet, r, c, "", { validate: false });
        if (!outcome.ok) {
          if (outcome.kind === "protected") showProtected();
          runtime.notify();
          return;
        }
      }
    runtime.notify();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!sheet || dialog || editorRef.current) return;
    const extendEnd = ends.current.get(sheet.id) ?? active;
    const arrow = (dRow: number, dCol: number) => {
      event.preventDefault();
      if (event.shiftKey) select({ row: extendEnd.row + dRow, col: extendEnd.col + dCol }, true);
      else move(active, dRow, dCol);
    };
    switch (event.key) {
      case "ArrowUp":
        return arrow(-1, 0);
      case "ArrowDown":
        return arrow(1, 0);
      case "ArrowLeft":
        return arrow(0, -1);
      case "ArrowRight":
        return arrow(0, 1);
      case "PageDown":
        return arrow(20, 0);
      case "PageUp":
        return arrow(-20, 0);
      case "Enter":
        event.preventDefault();
        return move(active, event.shiftKey ? -1 : 1, 0);
      case "Tab":
        event.preventDefault();
        return move(active, 0, event.shiftKey ? -1 : 1);
      case "Home":
        event.preventDefault();
        return select(event.ctrlKey ? { row: 0, col: 0 } : { row: active.row, col: 0 });
      case "F2":
        event.preventDefault();
        return startEdit("edit");
      case "Delete":
        event.preventDefault();
        return clearSelection();
      case "Backspace":
        event.preventDefault();
        return startEdit("enter", "");
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit("enter", event.key);
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const ed = editorRef.current;
    if (!ed) return;
    const key = event.key;
    if (key === "Enter") {
      event.preventDefault();
      return commit([event.shiftKey ? -1 : 1, 0]);
    }
    if (key === "Tab") {
      event.preventDefault();
      return commit([0, event.shiftKey ? -1 : 1]);
    }
    if (key === "Escape") {
      event.preventDefault();
      return cancelEdit();
    }
    if (ed.mode === "enter") {
      const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      if (arrows[key]) {
        event.preventDefault();
        return commit(arrows[key]);
      }
    }
  };

  const onEditorBlur = () => {
    // Clicking elsewhere confirms the entry, as in Excel.
    if (editorRef.current) commit(null);
  };

  // Data validation input prompt of the active cell.
  let prompt: { title: string; message: string } | null = null;
  if (sheet && !dialog) {
    const dv = validationAt(sheet, active.row, active.col);
    if (dv && dv.prompt.showPrompt && (dv.prompt.title || dv.prompt.message))
      prompt = { title: dv.prompt.title, message: dv.prompt.message };
  }

  const activeCell = sheet?.cells.get(cellKey(active.row, active.col));
  const barText =
    editor && sheet && editor.sheetId === sheet.id && editor.row === active.row && editor.col === active.col
      ? editor.text
      : editText(activeCell);
  const lastRun = runtime.runs[runtime.runs.length - 1];
  const scrollKey = `${sheet?.id}|${wb.selection?.address}|${active.row},${active.col}`;

  const tabsRef = useRef<HTMLElement>(null);
  useEffect(() => {
    tabsRef.current?.querySelector<HTMLElement>(".wb-tab-active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [sheet?.id, visible.length]);

  const closeDialog = (button?: DialogButton) => {
    setDialog(null);
    focusGrid();
    button?.onClick();
  };

  return (
    // The class goes on an inner div: FluentProvider copies its own className to dialog portals.
    <FluentProvider theme={webLightTheme}>
      <div className="wb-root">
        <header className="wb-header">
          <div className="wb-brand">
            <h1>{t.title}</h1>
            <span>{t.subtitle}</span>
          </div>
          {runtime.functionIds.length === 0 && (
            <div className="wb-warning" role="alert">
              {t.functionsMissing}
            </div>
          )}
          <a className="wb-lang" href={t.switchLanguageHref} hrefLang={language === "vi" ? "en" : "vi"}>
            {t.switchLanguage}
          </a>
        </header>

        <div className="wb-formula-bar">
          <input
            className="wb-namebox"
            aria-label={t.nameBox}
            value={nameBox ?? (multiSelection ? formatRect(viewSelection) : `${columnToLetters(active.col)}${active.row + 1}`)}
            spellCheck={false}
            onFocus={(e) => {
              setNameBox(e.target.value);
              e.target.select();
            }}
            onChange={(e) => setNameBox(e.target.value)}
            onBlur={() => setNameBox(null)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                setNameBox(null);
                focusGrid();
              } else if (e.key === "Enter") {
                e.preventDefault();
                goTo(e.currentTarget.value);
              }
            }}
          />
          <span className="wb-fx" aria-hidden="true">
            fx
          </span>
          <input
            className="wb-formula"
            aria-label={t.formulaBar}
            value={barText}
            spellCheck={false}
            onFocus={() => {
              if (!editorRef.current) startEdit("bar");
            }}
            onChange={(e) => {
              const ed = editorRef.current;
              if (ed) setEditor({ ...ed, text: e.target.value });
            }}
            onKeyDown={onEditorKeyDown}
            onBlur={() => {
              if (editorRef.current?.mode === "bar") commit(null);
            }}
            readOnly={!!sheet && isLocked(sheet, active.row, active.col)}
          />
        </div>

        <div className="wb-sheet-area">
          {sheet && (
            <Grid
              sheet={sheet}
              version={version}
              viewTick={viewTick}
              extent={extent}
              zoom={zoom}
              label={t.gridLabel(sheet.name)}
              active={active}
              selection={viewSelection}
              cf={cf}
              cfVersion={cfTick}
              editor={editor}
              prompt={prompt}
              scrollKey={scrollKey}
              gridRef={gridRef}
              onCellMouseDown={(row, col, shift) => {
                if (editorRef.current && (editorRef.current.row !== row || editorRef.current.col !== col)) commit(null);
                select({ row, col }, shift);
                focusGrid();
              }}
              onCellMouseEnter={(row, col) => select({ row, col }, true)}
              onCellDoubleClick={(row, col) => {
                select({ row, col });
                if (!sheet || isLocked(sheet, row, col)) return showProtected();
                setEditor({ sheetId: sheet.id, row, col, text: editText(sheet.cells.get(cellKey(row, col))), mode: "edit" });
              }}
              onViewportChange={(rects) => {
                // Re-render only when cells scrolled into view have not been evaluated yet.
                const cache = cfCache.current;
                if (!cache || cache.complete) return;
                if (rects.every((rect) => rectDone(cache, rect))) return;
                setViewport(rects);
              }}
              onGridKeyDown={onGridKeyDown}
              onEditorChange={(text) => {
                const ed = editorRef.current;
                if (ed) setEditor({ ...ed, text });
              }}
              onEditorKeyDown={onEditorKeyDown}
              onEditorBlur={onEditorBlur}
            />
          )}
          {sheet && <ChartList wb={wb} charts={sheet.charts} strings={t} />}
        </div>

        <nav className="wb-tabs" aria-label={t.sheetTabs} ref={tabsRef}>
          <div role="tablist" aria-label={t.sheetTabs}>
            {visible.map((s) => (
              <button
                key={s.id}
                type="button"
                role="tab"
                aria-selected={s.id === sheet?.id}
                className={`wb-tab${s.id === sheet?.id ? " wb-tab-active" : ""}`}
                style={s.tabColor ? { borderBottomColor: s.tabColor } : undefined}
                onClick={() => activateSheet(s)}
                data-sheet={s.name}
              >
                {s.protection.protected && (
                  <svg className="wb-lock" viewBox="0 0 10 12" width="9" height="11" role="img" aria-label={t.protectedSheet}>
                    <title>{t.protectedSheet}</title>
                    <path d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" strokeWidth="1.3" />
                    <rect x="1" y="5" width="8" height="6.5" rx="1" fill="currentColor" />
                  </svg>
                )}
                {s.name}
              </button>
            ))}
          </div>
        </nav>

        <footer className="wb-status">
          <span>{lastRun ? t.lastRun(lastRun.syncs, lastRun.ms) : t.ready}</span>
          <span className="wb-hint">{t.editHint}</span>
          <label className="wb-zoom">
            Zoom{" "}
            <select value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
              {[0.7, 0.85, 1, 1.15].map((z) => (
                <option key={z} value={z}>
                  {Math.round(z * 100)}%
                </option>
              ))}
            </select>
          </label>
        </footer>

        <Dialog open={dialog !== null} modalType="alert" onOpenChange={(_e, data) => !data.open && closeDialog()}>
          <DialogSurface className="wb-dialog" data-kind={dialog?.kind}>
            <DialogBody>
              <DialogTitle>{dialog?.title}</DialogTitle>
              <DialogContent>
                <p className="wb-dialog-message">{dialog?.message}</p>
                {dialog?.question && <p>{dialog.question}</p>}
              </DialogContent>
              <DialogActions>
                {dialog?.buttons.map((button) => (
                  <Button key={button.label} appearance={button.primary ? "primary" : "secondary"} onClick={() => closeDialog(button)}>
                    {button.label}
                  </Button>
                ))}
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
    </FluentProvider>
  );
}
