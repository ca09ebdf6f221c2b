/** The grid's keys and alerts, as Excel behaves; the browser flow (test/e2e) uses them end to end. */
import { alertForRefusal, protectedAlert } from "../../workbench/app/alerts";
import { editorMove, gridCommand, type KeyPress } from "../../workbench/app/grid-keys";
import { workbenchStrings } from "../../workbench/app/strings";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("keys on the grid", () => {
  test("arrows move, Shift+arrows extend, Enter/Tab move down/right and back with Shift", () => {
    expect(gridCommand(press("ArrowDown"))).toEqual({ kind: "move", dRow: 1, dCol: 0 });
    expect(gridCommand(press("ArrowLeft", { shiftKey: true }))).toEqual({ kind: "extend", dRow: 0, dCol: -1 });
    expect(gridCommand(press("Enter", { shiftKey: true }))).toEqual({ kind: "move", dRow: -1, dCol: 0 });
    expect(gridCommand(press("Tab"))).toEqual({ kind: "move", dRow: 0, dCol: 1 });
    expect(gridCommand(press("PageDown"))).toEqual({ kind: "move", dRow: 20, dCol: 0 });
    expect(gridCommand(press("Home", { ctrlKey: true }))).toEqual({ kind: "home", toFirstCell: true });
  });

  test("typing starts an entry with the character, Backspace with nothing; shortcuts are left alone", () => {
    expect(gridCommand(press("7"))).toEqual({ kind: "type", text: "7" });
    expect(gridCommand(press("Backspace"))).toEqual({ kind: "type", text: "" });
    expect(gridCommand(press("F2"))).toEqual({ kind: "edit" });
    expect(gridCommand(press("Delete"))).toEqual({ kind: "clear" });
    expect(gridCommand(press("c", { ctrlKey: true }))).toBeNull();
    expect(gridCommand(press("Shift"))).toBeNull();
  });

  test("in the editor, arrows confirm only an entry started by typing (F2 keeps them for the caret)", () => {
    expect(editorMove(press("ArrowRight"), true)).toEqual([0, 1]);
    expect(editorMove(press("ArrowRight"), false)).toBeNull();
    expect(editorMove(press("Enter"), false)).toEqual([1, 0]);
    expect(editorMove(press("Tab", { shiftKey: true }), false)).toEqual([0, -1]);
  });
});

describe("alerts for a refused entry", () => {
  const t = workbenchStrings("vi");
  const retry = jest.fn();
  const keep = jest.fn();
  const refusal = (style: "Stop" | "Warning" | "Information") => ({
    ok: false as const,
    kind: "invalid" as const,
    style,
    title: "Điểm 1.1.1 không hợp lệ",
    message: "Nhập số từ 0 đến 1",
  });

  test("Stop offers Retry and Cancel; Warning asks to continue (Yes keeps the value, No retries); Information keeps it on OK", () => {
    const stop = alertForRefusal(refusal("Stop"), t, { retry, keep });
    expect(stop).toMatchObject({ kind: "stop", title: "Điểm 1.1.1 không hợp lệ", message: "Nhập số từ 0 đến 1" });
    expect(stop.buttons.map((b) => b.label)).toEqual([t.retry, t.cancel]);
    stop.buttons[0].onClick();
    expect(retry).toHaveBeenCalledTimes(1);

    const warning = alertForRefusal(refusal("Warning"), t, { retry, keep });
    expect(warning.question).toBe(t.continueQuestion);
    expect(warning.buttons.map((b) => b.label)).toEqual([t.yes, t.no, t.cancel]);
    warning.buttons[0].onClick();
    warning.buttons[1].onClick();
    expect(keep).toHaveBeenCalledTimes(1);
    expect(retry).toHaveBeenCalledTimes(2);

    const information = alertForRefusal(refusal("Information"), t, { retry, keep });
    expect(information.buttons.map((b) => b.label)).toEqual([t.ok, t.cancel]);
  });

  test("a protected cell gets Excel's protected-cell alert with one OK", () => {
    const alert = alertForRefusal({ ok: false, kind: "protected", message: "x" }, t, { retry, keep });
    expect(alert).toMatchObject({ kind: "protected", title: "Microsoft Excel", message: protectedAlert(t).message });
    // In the page's language (issue 10, item 8), not Excel's English.
    expect(alert.message).toMatch(/trang tính được bảo vệ/);
    expect(alertForRefusal({ ok: false, kind: "protected", message: "x" }, workbenchStrings("en"), { retry, keep }).message).toMatch(
      /protected sheet/,
    );
    expect(alert.buttons.map((b) => b.label)).toEqual([t.ok]);
  });
});
