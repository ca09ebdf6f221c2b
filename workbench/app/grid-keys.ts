/** What a key pressed on the grid (not in the editor) does, as in Excel. */
export type GridCommand =
  | { kind: "move"; dRow: number; dCol: number }
  /** Shift+arrows: the selection's far corner moves. */
  | { kind: "extend"; dRow: number; dCol: number }
  | { kind: "home"; toFirstCell: boolean }
  | { kind: "edit" }
  | { kind: "clear" }
  /** Typing starts a new entry: Backspace with nothing, a character with itself. */
  | { kind: "type"; text: string };

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  PageDown: [20, 0],
  PageUp: [-20, 0],
};

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function gridCommand(press: KeyPress): GridCommand | null {
  const step = STEPS[press.key];
  if (step) return { kind: press.shiftKey ? "extend" : "move", dRow: step[0], dCol: step[1] };
  switch (press.key) {
    case "Enter":
      return { kind: "move", dRow: press.shiftKey ? -1 : 1, dCol: 0 };
    case "Tab":
      return { kind: "move", dRow: 0, dCol: press.shiftKey ? -1 : 1 };
    case "Home":
      return { kind: "home", toFirstCell: press.ctrlKey };
    case "F2":
      return { kind: "edit" };
    case "Delete":
      return { kind: "clear" };
    case "Backspace":
      return { kind: "type", text: "" };
  }
  if (press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey) return { kind: "type", text: press.key };
  return null;
}

/** In the editor: Enter / Tab confirm and move; arrows confirm and move only in an entry started by typing. */
export function editorMove(press: KeyPress, startedByTyping: boolean): [number, number] | null {
  if (press.key === "Enter") return [press.shiftKey ? -1 : 1, 0];
  if (press.key === "Tab") return [0, press.shiftKey ? -1 : 1];
  if (startedByTyping && press.key.startsWith("Arrow")) {
    const step = STEPS[press.key];
    return step ? step : null;
  }
  return null;
}
