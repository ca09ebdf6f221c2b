/**
 * Typing into a cell: the in-cell editor or the formula bar holds the text; confirming writes it as a
 * typed value (the host applies input rules, protection and data validation) and shows the alert a
 * refusal calls for; Retry reopens the editor with the same text.
 */
import { useRef, useState, type KeyboardEvent } from "react";
import { cellKey, isCellLocked, type SheetModel, type WriteOutcome } from "../host";
import { alertForRefusal, protectedAlert, type Alert } from "./alerts";
import { editText } from "./display";
import { localizedEditText, typedInput } from "./locale";
import type { EditorState } from "./Grid";
import { editorMove } from "./grid-keys";
import type { Language, WorkbenchRuntime } from "./runtime";
import type { Cell } from "./use-selection";
import type { WorkbenchStrings } from "./strings";

export interface CellEditor {
  editor: EditorState | null;
  isEditing(): boolean;
  /** Opens the editor on `cell` (or shows the protected-cell alert). */
  start(sheet: SheetModel, cell: Cell, mode: EditorState["mode"], text?: string): void;
  change(text: string): void;
  /** Writes the text, then moves the selection by `moveBy` if it was accepted. */
  commit(moveBy: [number, number] | null): void;
  cancel(): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

export function useCellEditor(options: {
  runtime: WorkbenchRuntime;
  strings: WorkbenchStrings;
  showAlert: (alert: Alert) => void;
  /** After a confirmed entry: move the selection from the edited cell. */
  moveFrom: (cell: Cell, dRow: number, dCol: number) => void;
  focusGrid: () => void;
  /** Numbers are typed and edited with the locale's decimal mark. */
  language: Language;
}): CellEditor {
  const { runtime, strings, showAlert, moveFrom, focusGrid, language } = options;
  const [editor, setEditorState] = useState<EditorState | null>(null);
  // Key and blur handlers run before React re-renders: they read the latest editor from here.
  const editorRef = useRef<EditorState | null>(null);
  const setEditor = (next: EditorState | null) => {
    editorRef.current = next;
    setEditorState(next);
  };

  const settle = (outcome: WriteOutcome, ed: EditorState, sheet: SheetModel, after: () => void) => {
    if (outcome.ok) {
      runtime.notify();
      after();
      return;
    }
    showAlert(
      alertForRefusal(outcome, strings, {
        retry: () => setEditor({ ...ed, mode: ed.mode === "bar" ? "edit" : ed.mode }),
        keep: () =>
          settle(runtime.host.typeCell(sheet, ed.row, ed.col, typedInput(ed.text, language), { validate: false }), ed, sheet, after),
      }),
    );
  };

  const commit = (moveBy: [number, number] | null) => {
    const ed = editorRef.current;
    if (!ed) return;
    setEditor(null);
    const sheet = runtime.host.workbook.sheets.find((s) => s.id === ed.sheetId);
    if (!sheet) return;
    const outcome = runtime.host.typeCell(sheet, ed.row, ed.col, typedInput(ed.text, language), { validate: true });
    settle(outcome, ed, sheet, () => {
      if (moveBy) moveFrom({ row: ed.row, col: ed.col }, moveBy[0], moveBy[1]);
    });
    focusGrid();
  };

  const cancel = () => {
    setEditor(null);
    focusGrid();
  };

  return {
    editor,
    isEditing: () => editorRef.current !== null,
    start(sheet, cell, mode, text) {
      if (isCellLocked(sheet, cell.row, cell.col)) return showAlert(protectedAlert(strings));
      setEditor({
        sheetId: sheet.id,
        row: cell.row,
        col: cell.col,
        text:
          text ??
          localizedEditText(editText(sheet.cells.get(cellKey(cell.row, cell.col))), sheet.cells.get(cellKey(cell.row, cell.col)), language),
        mode,
      });
    },
    change(text) {
      const ed = editorRef.current;
      if (ed) setEditor({ ...ed, text });
    },
    commit,
    cancel,
    onKeyDown(event) {
      const ed = editorRef.current;
      if (!ed) return;
      if (event.key === "Escape") {
        event.preventDefault();
        return cancel();
      }
      const moveBy = editorMove(event, ed.mode === "enter");
      if (moveBy) {
        event.preventDefault();
        commit(moveBy);
      }
    },
  };
}
