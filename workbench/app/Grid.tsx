/**
 * The worksheet grid: a plain table (a scoring sheet is ~110 × 35 cells; 150 × 40 renders in tens
 * of milliseconds), with Excel's look where it matters to the add-in: fills, fonts, number
 * formats, conditional formats, frozen panes (sticky), text spilling into empty neighbours,
 * errors with their message as a tooltip, the selection, an in-cell editor and the data
 * validation input prompt.
 */
import { memo, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";
import { columnToLetters, formatRect, rectContains, type Rect, cellKey, type CellModel, type SheetModel, type CfStyle } from "../host";
import { alignmentOf, displayText } from "./display";
import { localizedDisplay } from "./locale";
import type { Language } from "./runtime";
import { columnWidthPx, defaultRowHeightPx, px, rowHeightPx, type GridExtent } from "./grid-layout";

export interface EditorState {
  sheetId: string;
  row: number;
  col: number;
  text: string;
  /** "enter": started by typing (arrows commit); "edit": F2 / double-click (arrows move the caret); "bar": in the formula bar. */
  mode: "enter" | "edit" | "bar";
}

export interface GridProps {
  sheet: SheetModel;
  version: number;
  /** Changes when only the view (selection) changed. */
  viewTick: number;
  extent: GridExtent;
  zoom: number;
  label: string;
  active: { row: number; col: number };
  selection: Rect;
  cf: Map<number, CfStyle>;
  /** Changes when more conditional formats have been evaluated (the map is filled in place). */
  cfVersion: number;
  editor: EditorState | null;
  prompt: { title: string; message: string } | null;
  /** Changes when the view must bring the active cell into sight (selection moved). */
  scrollKey: string;
  onCellMouseDown: (row: number, col: number, shift: boolean) => void;
  onCellMouseEnter: (row: number, col: number) => void;
  onCellDoubleClick: (row: number, col: number) => void;
  onGridKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** The visible cells: the scrolled area, and the frozen rows / columns over it. */
  onViewportChange: (rects: Rect[]) => void;
  onEditorChange: (text: string) => void;
  onEditorKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onEditorBlur: () => void;
  gridRef: React.RefObject<HTMLDivElement>;
  /** Numbers show the locale's decimal mark. */
  language: Language;
}

const ROW_HEADER_PT = 30;

function cellStyle(cell: CellModel | undefined, cf: CfStyle | undefined, zoom: number): CSSProperties {
  const style: CSSProperties = {};
  const fill = cf?.fill ?? cell?.format.fill ?? null;
  if (fill) style.backgroundColor = fill;
  const color = cf?.fontColor ?? cell?.format.fontColor ?? null;
  if (color && color !== "#000000") style.color = color;
  if (cf?.bold ?? cell?.format.bold) style.fontWeight = 700;
  if (cf?.italic ?? cell?.format.italic) style.fontStyle = "italic";
  if (cell && cell.format.fontSize !== 11) style.fontSize = `${Math.round(cell.format.fontSize * zoom * 10) / 10}pt`;
  const v = cell?.format.verticalAlignment;
  style.verticalAlign = v === "Top" ? "top" : v === "Center" ? "middle" : "bottom";
  return style;
}

function isBlank(cell: CellModel | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === "") && cell.formula === null);
}

export const Grid = memo(function Grid(props: GridProps) {
  const { sheet, extent, zoom, active, selection, cf, editor } = props;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const promptRef = useRef<HTMLDivElement>(null);
  const widths: number[] = [];
  for (let c = 0; c < extent.cols; c++) widths.push(columnWidthPx(sheet, c, zoom));
  const rowHeaderWidth = px(ROW_HEADER_PT, zoom);
  const frozenCols = Math.min(sheet.frozenColumns, extent.cols);
  const frozenRows = Math.min(sheet.frozenRows, extent.rows);
  const lefts: number[] = [];
  let x = rowHeaderWidth;
  for (let c = 0; c < frozenCols; c++) {
    lefts.push(x);
    x += widths[c];
  }
  const defaultHeight = defaultRowHeightPx(zoom);
  const editing = editor && editor.sheetId === sheet.id ? editor : null;
  // Excel draws a frozen cell's overflowing text on across the freeze line (a title in A1 reads whole)
  // until the columns on the right are scrolled, when that part scrolls away with them.
  const [scrolledRight, setScrolledRight] = useState(false);

  // Bring the active cell into sight (below sticky headers and frozen panes), and place the prompt.
  useLayoutEffect(() => {
    const scroller = props.gridRef.current;
    const wrapper = wrapperRef.current;
    if (!scroller || !wrapper) return;
    const td = scroller.querySelector<HTMLElement>(`td[data-r="${active.row}"][data-c="${active.col}"]`);
    if (!td) return;
    const box = scroller.getBoundingClientRect();
    const cell = td.getBoundingClientRect();
    const head = scroller.querySelector("thead")?.getBoundingClientRect();
    const top = head ? head.bottom : box.top;
    const left = box.left + rowHeaderWidth + lefts.reduce((sum, _l, i) => sum + widths[i], 0);
    if (active.row >= frozenRows) {
      if (cell.top < top) scroller.scrollTop -= top - cell.top;
      else if (cell.bottom > box.top + scroller.clientHeight) scroller.scrollTop += cell.bottom - (box.top + scroller.clientHeight);
    }
    if (active.col >= frozenCols) {
      if (cell.left < left) scroller.scrollLeft -= left - cell.left;
      else if (cell.right > box.left + scroller.clientWidth)
        scroller.scrollLeft += Math.min(cell.left - left, cell.right - (box.left + scroller.clientWidth));
    }
  }, [props.scrollKey, sheet.id]);

  useLayoutEffect(() => {
    const scroller = props.gridRef.current;
    const wrapper = wrapperRef.current;
    const prompt = promptRef.current;
    if (!scroller || !wrapper || !prompt) return;
    const td = scroller.querySelector<HTMLElement>(`td[data-r="${active.row}"][data-c="${active.col}"]`);
    if (!td) return;
    const w = wrapper.getBoundingClientRect();
    const c = td.getBoundingClientRect();
    prompt.style.left = `${Math.round(c.left - w.left + Math.min(c.width, 40))}px`;
    prompt.style.top = `${Math.round(c.bottom - w.top + 4)}px`;
  });

  // Report the visible area after every render and on scroll (throttled to frames).
  const frame = useRef(0);
  const reportViewport = () => {
    const scroller = props.gridRef.current;
    if (!scroller) return;
    const rows = scroller.querySelectorAll<HTMLTableRowElement>("tbody > tr");
    const headHeight = scroller.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const top = scroller.scrollTop + headHeight;
    const bottom = scroller.scrollTop + scroller.clientHeight;
    let r0 = -1;
    let r1 = -1;
    for (let i = 0; i < rows.length; i++) {
      const tr = rows[i];
      const y0 = tr.offsetTop;
      const y1 = y0 + tr.offsetHeight;
      if (y1 > top && r0 < 0) r0 = i;
      if (y0 < bottom) r1 = i;
      else break;
    }
    if (r0 < 0) r0 = 0;
    if (r1 < r0) r1 = r0;
    const left = scroller.scrollLeft + rowHeaderWidth + lefts.reduce((sum, _l, i) => sum + widths[i], 0);
    const right = scroller.scrollLeft + scroller.clientWidth;
    let x0 = rowHeaderWidth;
    let c0 = -1;
    let c1 = -1;
    for (let c = 0; c < widths.length; c++) {
      const x1 = x0 + widths[c];
      if (c >= frozenCols) {
        if (x1 > left && c0 < 0) c0 = c;
        if (x0 < right) c1 = c;
      }
      x0 = x1;
    }
    if (c0 < 0) c0 = frozenCols;
    if (c1 < c0) c1 = c0;
    const main: Rect = { row: frozenRows + r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
    const rects = [main];
    if (frozenRows > 0) rects.push({ row: 0, col: c0, rowCount: frozenRows, colCount: main.colCount });
    if (frozenCols > 0) rects.push({ row: main.row, col: 0, rowCount: main.rowCount, colCount: frozenCols });
    if (frozenRows > 0 && frozenCols > 0) rects.push({ row: 0, col: 0, rowCount: frozenRows, colCount: frozenCols });
    props.onViewportChange(rects);
  };
  useLayoutEffect(reportViewport);
  const onScroll = () => {
    const right = (props.gridRef.current?.scrollLeft ?? 0) > 0;
    if (right !== scrolledRight) setScrolledRight(right);
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(reportViewport);
  };

  const selectionRows = { from: selection.row, to: selection.row + selection.rowCount - 1 };
  const selectionCols = { from: selection.col, to: selection.col + selection.colCount - 1 };
  const multi = selection.rowCount * selection.colCount > 1;

  const renderCell = (r: number, c: number): ReactNode => {
    const key = cellKey(r, c);
    const cell = sheet.cells.get(key);
    const cfStyle = cf.get(key);
    const style = cellStyle(cell, cfStyle, zoom);
    const address = `${columnToLetters(c)}${r + 1}`;
    const classes = ["wb-cell"];
    const frozenC = c < frozenCols;
    if (frozenC) {
      classes.push("wb-frozen-col");
      style.left = lefts[c];
      if (c === frozenCols - 1) classes.push("wb-frozen-edge-col");
    }
    if (r === frozenRows - 1) classes.push("wb-frozen-edge-row");
    const isActive = r === active.row && c === active.col;
    if (isActive) classes.push("wb-active");
    else if (multi && rectContains(selection, r, c)) classes.push("wb-in-selection");
    if (cell?.error) classes.push("wb-error");

    if (editing && editing.row === r && editing.col === c) {
      classes.push("wb-editing");
      return (
        <td key={c} className={classes.join(" ")} style={style} data-r={r} data-c={c} data-a={address} role="gridcell" aria-selected>
          <input
            className="wb-editor"
            aria-label={address}
            value={editing.text}
            autoFocus={editing.mode !== "bar"}
            spellCheck={false}
            onChange={(e) => props.onEditorChange(e.target.value)}
            onKeyDown={props.onEditorKeyDown}
            onBlur={props.onEditorBlur}
            onMouseDown={(e) => e.stopPropagation()}
          />
        </td>
      );
    }

    const text = localizedDisplay(displayText(cell), cell, props.language);
    const align = alignmentOf(cell);
    const wrap = cell?.format.wrap === true;
    let content: ReactNode = text;
    if (text !== "" && !wrap && align === "left") {
      // Text spills into empty neighbours on the right, as in Excel.
      let span = widths[c];
      let n = c + 1;
      while (
        n < extent.cols &&
        n < c + 30 &&
        isBlank(sheet.cells.get(cellKey(r, n))) &&
        !(editing && editing.row === r && editing.col === n)
      ) {
        if (n === frozenCols && frozenC && scrolledRight) break; // the unfrozen part has scrolled away
        span += widths[n];
        n++;
      }
      if (span > widths[c]) {
        classes.push("wb-spill");
        content = (
          <div className="wb-text wb-nowrap" style={{ width: span - 6 }}>
            {text}
          </div>
        );
      } else content = <div className="wb-text wb-nowrap wb-clip">{text}</div>;
    } else if (text !== "") {
      // A row the sheet gave a height keeps it, as in Excel: wrapped text past it is cut, not the row grown.
      // Whole lines only (the CSS line height is 1.25 × the font size), as Excel draws them.
      const fixed = wrap ? rowHeightPx(sheet, r, zoom) : undefined;
      const line = (((cell?.format.fontSize ?? 11) * 4) / 3) * zoom * 1.25;
      const shown = fixed === undefined ? undefined : Math.max(line, Math.floor((fixed - 1) / line) * line);
      content = (
        <div
          className={`wb-text ${wrap ? "wb-wrap" : "wb-nowrap wb-clip"}`}
          style={shown === undefined ? undefined : { maxHeight: shown, overflow: "hidden" }}
        >
          {text}
        </div>
      );
    }
    style.textAlign = align;
    const title = cell?.error ? `${cell.error.code}${cell.error.message ? `: ${cell.error.message}` : ""}` : undefined;
    return (
      <td
        key={c}
        className={classes.join(" ")}
        style={style}
        data-r={r}
        data-c={c}
        data-a={address}
        data-fill={(cfStyle?.fill ?? cell?.format.fill ?? "") || undefined}
        data-cf={cfStyle ? cfStyle.rules.length : undefined}
        title={title}
        role="gridcell"
        aria-selected={isActive || (multi && rectContains(selection, r, c)) ? true : undefined}
        onMouseDown={(e) => {
          if (e.button !== 0) return;
          props.onCellMouseDown(r, c, e.shiftKey);
        }}
        onMouseEnter={(e) => {
          if (e.buttons === 1) props.onCellMouseEnter(r, c);
        }}
        onDoubleClick={() => props.onCellDoubleClick(r, c)}
      >
        {content}
      </td>
    );
  };

  const renderRow = (r: number): ReactNode => {
    const height = rowHeightPx(sheet, r, zoom) ?? defaultHeight;
    const inSel = r >= selectionRows.from && r <= selectionRows.to;
    const cells: ReactNode[] = [
      <th key="h" scope="row" className={`wb-rowhead${inSel ? " wb-head-sel" : ""}${r === frozenRows - 1 ? " wb-frozen-edge-row" : ""}`}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < extent.cols; c++) cells.push(renderCell(r, c));
    return (
      <tr key={r} style={{ height }} aria-rowindex={r + 2}>
        {cells}
      </tr>
    );
  };

  const headRows: ReactNode[] = [];
  const bodyRows: ReactNode[] = [];
  for (let r = 0; r < extent.rows; r++) (r < frozenRows ? headRows : bodyRows).push(renderRow(r));

  const totalWidth = rowHeaderWidth + widths.reduce((a, b) => a + b, 0);

  return (
    <div
      className="wb-grid-scroll"
      ref={props.gridRef}
      tabIndex={0}
      onKeyDown={props.onGridKeyDown}
      onScroll={onScroll}
      aria-label={props.label}
      aria-describedby={props.prompt ? "wb-prompt" : undefined}
      data-sheet={sheet.name}
      data-active={`${columnToLetters(active.col)}${active.row + 1}`}
      data-selection={formatRect(selection)}
    >
      <div className="wb-grid-wrapper" ref={wrapperRef} style={{ width: totalWidth }}>
        <table
          className="wb-grid"
          role="grid"
          aria-label={props.label}
          aria-rowcount={extent.rows + 1}
          aria-colcount={extent.cols + 1}
          style={{ width: totalWidth, fontSize: `${Math.round(11 * zoom * 10) / 10}pt` }}
        >
          <colgroup>
            <col style={{ width: rowHeaderWidth }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr className="wb-colheads" aria-rowindex={1}>
              <th className="wb-corner" aria-label={sheet.name} />
              {widths.map((_w, c) => (
                <th
                  key={c}
                  scope="col"
                  className={`wb-colhead${c >= selectionCols.from && c <= selectionCols.to ? " wb-head-sel" : ""}${c < frozenCols ? " wb-frozen-col" : ""}${c === frozenCols - 1 ? " wb-frozen-edge-col" : ""}`}
                  style={c < frozenCols ? { left: lefts[c] } : undefined}
                >
                  {columnToLetters(c)}
                </th>
              ))}
            </tr>
            {headRows}
          </thead>
          <tbody>{bodyRows}</tbody>
        </table>
        {props.prompt && (
          <div id="wb-prompt" className="wb-prompt" role="tooltip" ref={promptRef}>
            {props.prompt.title && <strong>{props.prompt.title}</strong>}
            {props.prompt.message && <span>{props.prompt.message}</span>}
          </div>
        )}
      </div>
    </div>
  );
});
