/** The Name box (shows the selection; typing an address goes there) and the formula bar (edits the active cell). */
import { useState, type KeyboardEvent } from "react";
import type { WorkbenchStrings } from "./strings";

export function FormulaBar(props: {
  strings: WorkbenchStrings;
  /** "G7", or "B2:D5" for a selection of several cells. */
  selectionText: string;
  onGoTo: (text: string) => void;
  /** The editor's text while editing the active cell, else the cell's contents. */
  text: string;
  readOnly: boolean;
  onStartEdit: () => void;
  onChange: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onLeave: () => void;
  onDone: () => void;
}) {
  const t = props.strings;
  // While the Name box has focus it holds what the user types, not the selection.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <div className="wb-formula-bar">
      <input
        className="wb-namebox"
        aria-label={t.nameBox}
        value={typed ?? props.selectionText}
        spellCheck={false}
        onFocus={(e) => {
          setTyped(e.target.value);
          e.target.select();
        }}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={() => setTyped(null)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            setTyped(null);
            props.onDone();
          } else if (e.key === "Enter") {
            e.preventDefault();
            setTyped(null);
            props.onGoTo(e.currentTarget.value);
          }
        }}
      />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <input
        className="wb-formula"
        aria-label={t.formulaBar}
        value={props.text}
        spellCheck={false}
        onFocus={props.onStartEdit}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={props.onKeyDown}
        onBlur={props.onLeave}
        readOnly={props.readOnly}
      />
    </div>
  );
}
