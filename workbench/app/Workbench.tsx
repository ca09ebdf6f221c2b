/**
 * The workbench's spreadsheet side, put together: header, formula bar, grid, charts, sheet tabs,
 * status bar and alerts over the in-memory workbook. Each part does one thing (use-selection,
 * use-cell-editor, use-conditional-format-styles, grid-keys, alerts); this component wires them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { cellKey, columnToLetters, formatRect, isCellLocked, validationAt, type Rect } from "../host";
import { AlertDialog } from "./AlertDialog";
import { protectedAlert, type Alert, type AlertButton } from "./alerts";
import { ChartList } from "./ChartList";
import { editText } from "./display";
import { localizedEditText } from "./locale";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { gridCommand } from "./grid-keys";
import { gridExtent } from "./grid-layout";
import type { Language, WorkbenchRuntime } from "./runtime";
import { SheetTabs } from "./SheetTabs";
import { StatusBar } from "./StatusBar";
import { workbenchStrings } from "./strings";
import { useCellEditor } from "./use-cell-editor";
import { useConditionalFormatStyles } from "./use-conditional-format-styles";
import { useSelection, type Cell } from "./use-selection";
import { WorkbenchHeader } from "./WorkbenchHeader";

export function Workbench(props: { runtime: WorkbenchRuntime; language: Language }) {
  const { runtime, language } = props;
  const t = workbenchStrings(language);
  const host = runtime.host;
  const wb = host.workbook;

  // `version` changes when the workbook changed (a command ran, a cell was written); the
  // selection's own tick when only the view changed, which needs no conditional-format work.
  const [version, setVersion] = useState(0);
  const modelChanged = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => runtime.subscribe(modelChanged), [runtime, modelChanged]);
  const [zoom, setZoom] = useState(0.85);
  const [alert, setAlert] = useState<Alert | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const view = useSelection(wb);
  const { sheet, active } = view;
  const extent = sheet ? gridExtent(sheet, active) : { rows: 40, cols: 14 };
  const shown: Rect = {
    row: view.selection.row,
    col: view.selection.col,
    rowCount: Math.min(view.selection.rowCount, extent.rows - view.selection.row),
    colCount: Math.min(view.selection.colCount, extent.cols - view.selection.col),
  };
  const conditional = useConditionalFormatStyles(runtime, sheet, version);

  const focusGrid = () => {
    gridRef.current?.focus({ preventScroll: true });
    // After a dialog closes or the editor unmounts, focus may have fallen back to the page.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) gridRef.current?.focus({ preventScroll: true });
    });
  };
  const moveFrom = (from: Cell, dRow: number, dCol: number) => view.select({ row: from.row + dRow, col: from.col + dCol });
  const editing = useCellEditor({ runtime, strings: t, showAlert: setAlert, moveFrom, focusGrid, language });
  const confirmEntry = () => {
    if (editing.isEditing()) editing.commit(null);
  };

  const goTo = (text: string) => {
    confirmEntry();
    view.goTo(text);
    focusGrid();
  };

  const clearSelection = () => {
    if (!sheet) return;
    const outcome = host.clearCells(sheet, shown);
    if (!outcome.ok && outcome.kind === "protected") setAlert(protectedAlert(t));
    runtime.notify();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!sheet || alert || editing.isEditing()) return;
    const command = gridCommand(event);
    if (!command) return;
    event.preventDefault();
    switch (command.kind) {
      case "move":
        return moveFrom(active, command.dRow, command.dCol);
      case "extend":
        return view.select({ row: view.extendFrom.row + command.dRow, col: view.extendFrom.col + command.dCol }, true);
      case "home":
        return view.select(command.toFirstCell ? { row: 0, col: 0 } : { row: active.row, col: 0 });
      case "edit":
        return editing.start(sheet, active, "edit");
      case "clear":
        return clearSelection();
      case "type":
        return editing.start(sheet, active, "enter", command.text);
    }
  };

  // The data-validation input message of the active cell.
  let prompt: { title: string; message: string } | null = null;
  if (sheet && !alert) {
    const dv = validationAt(sheet, active.row, active.col);
    if (dv && dv.prompt.showPrompt && (dv.prompt.title || dv.prompt.message))
      prompt = { title: dv.prompt.title, message: dv.prompt.message };
  }

  const editor = editing.editor;
  const editorOnActive = editor && sheet && editor.sheetId === sheet.id && editor.row === active.row && editor.col === active.col;
  const closeAlert = (button?: AlertButton) => {
    setAlert(null);
    focusGrid();
    button?.onClick();
  };

  return (
    // The class goes on an inner div: FluentProvider copies its own className to dialog portals.
    <FluentProvider theme={webLightTheme}>
      <div className="wb-root">
        <WorkbenchHeader strings={t} language={language} functionsMissing={runtime.functionIds.length === 0} />

        <FormulaBar
          strings={t}
          selectionText={shown.rowCount * shown.colCount > 1 ? formatRect(shown) : `${columnToLetters(active.col)}${active.row + 1}`}
          onGoTo={goTo}
          text={
            editorOnActive
              ? editor.text
              : localizedEditText(
                  editText(sheet?.cells.get(cellKey(active.row, active.col))),
                  sheet?.cells.get(cellKey(active.row, active.col)),
                  language,
                )
          }
          readOnly={!!sheet && isCellLocked(sheet, active.row, active.col)}
          onStartEdit={() => {
            if (sheet && !editing.isEditing()) editing.start(sheet, active, "bar");
          }}
          onChange={editing.change}
          onKeyDown={editing.onKeyDown}
          onLeave={() => {
            if (editing.editor?.mode === "bar") editing.commit(null);
          }}
          onDone={focusGrid}
        />

        <div className="wb-sheet-area">
          {sheet && (
            <Grid
              sheet={sheet}
              version={version}
              viewTick={view.viewTick}
              extent={extent}
              zoom={zoom}
              label={t.gridLabel(sheet.name)}
              language={language}
              active={active}
              selection={shown}
              cf={conditional.styles}
              cfVersion={conditional.stylesVersion}
              editor={editor}
              prompt={prompt}
              scrollKey={`${sheet.id}|${wb.selection?.address}|${active.row},${active.col}`}
              gridRef={gridRef}
              onCellMouseDown={(row, col, shift) => {
                if (editor && (editor.row !== row || editor.col !== col)) editing.commit(null);
                view.select({ row, col }, shift);
                focusGrid();
              }}
              onCellMouseEnter={(row, col) => view.select({ row, col }, true)}
              onCellDoubleClick={(row, col) => {
                view.select({ row, col });
                editing.start(sheet, { row, col }, "edit");
              }}
              onViewportChange={conditional.onViewportChange}
              onGridKeyDown={onGridKeyDown}
              onEditorChange={editing.change}
              onEditorKeyDown={editing.onKeyDown}
              // Clicking elsewhere confirms the entry, as in Excel.
              onEditorBlur={confirmEntry}
            />
          )}
          {sheet && <ChartList wb={wb} charts={sheet.charts} strings={t} />}
        </div>

        <SheetTabs
          sheets={view.visibleSheets}
          activeId={sheet?.id}
          strings={t}
          onActivate={(target) => {
            confirmEntry();
            view.activateSheet(target);
          }}
        />
        <StatusBar lastRun={runtime.runs[runtime.runs.length - 1]} zoom={zoom} onZoom={setZoom} strings={t} />
        <AlertDialog alert={alert} onClose={closeAlert} />
      </div>
    </FluentProvider>
  );
}
