/**
 * The conditional-format styles of the shown sheet, evaluated in steps so the grid stays quick: what
 * is on screen before painting, the rest of the rules' ranges in small slices afterwards (a rule over
 * a whole score block is thousands of formula evaluations), then painted once. Kept per workbook
 * version and sheet.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { cellKey, evaluateConditionalFormats, type CfStyle, type Rect, type SheetModel } from "../host";
import type { WorkbenchRuntime } from "./runtime";

interface StyleCache {
  version: number;
  sheetId: string;
  /** Cells whose rules have been evaluated. */
  done: Set<number>;
  styles: Map<number, CfStyle>;
  complete: boolean;
}

/** Rows per background slice, and how long one step may take before yielding to the page. */
const SLICE_ROWS = 6;
const STEP_MS = 12;

function evaluateSlice(runtime: WorkbenchRuntime, sheet: SheetModel, cache: StyleCache, rect: Rect): void {
  const done = cache.done;
  evaluateConditionalFormats(runtime.evaluate, runtime.host.workbook, sheet, rect, { skip: (key) => done.has(key), into: cache.styles });
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) done.add(cellKey(r, c));
}

function rectDone(cache: StyleCache, rect: Rect): boolean {
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) if (!cache.done.has(cellKey(r, c))) return false;
  return true;
}

/** The rules' ranges cut into slices of a few rows, for the background pass. */
function backgroundSlices(sheet: SheetModel): Rect[] {
  const slices: Rect[] = [];
  for (const rule of sheet.conditionalFormats) {
    const end = rule.rect.row + rule.rect.rowCount;
    for (let row = rule.rect.row; row < end; row += SLICE_ROWS) {
      slices.push({ row, col: rule.rect.col, rowCount: Math.min(SLICE_ROWS, end - row), colCount: rule.rect.colCount });
    }
  }
  return slices;
}

export interface ConditionalFormatStyles {
  /** Styles by cellKey; filled in place as the background pass goes on. */
  styles: Map<number, CfStyle>;
  /** Changes when the background pass has added styles. */
  stylesVersion: number;
  /** The grid reports the cells in view; those not evaluated yet are evaluated before the next paint. */
  onViewportChange(rects: Rect[]): void;
}

export function useConditionalFormatStyles(
  runtime: WorkbenchRuntime,
  sheet: SheetModel | undefined,
  version: number,
): ConditionalFormatStyles {
  const [viewport, setViewport] = useState<Rect[]>([{ row: 0, col: 0, rowCount: 30, colCount: 12 }]);
  const [stylesVersion, setStylesVersion] = useState(0);
  const cacheRef = useRef<StyleCache | null>(null);

  // On screen first: evaluated while rendering (memoized), so the first paint already has the colours.
  const styles = useMemo(() => {
    if (!sheet) return new Map<number, CfStyle>();
    let cache = cacheRef.current;
    if (!cache || cache.version !== version || cache.sheetId !== sheet.id) {
      cache = { version, sheetId: sheet.id, done: new Set(), styles: new Map(), complete: sheet.conditionalFormats.length === 0 };
      cacheRef.current = cache;
    }
    if (!cache.complete) {
      const started = performance.now();
      for (const rect of viewport) evaluateSlice(runtime, sheet, cache, rect);
      const ms = performance.now() - started;
      if (ms > 1) runtime.timings.conditionalFormatsMs = Math.round(ms);
    }
    return cache.styles;
  }, [runtime, sheet, version, viewport]);

  // The rest in the background, a few milliseconds at a time.
  useEffect(() => {
    const cache = cacheRef.current;
    if (!sheet || !cache || cache.complete || cache.sheetId !== sheet.id) return;
    const work = backgroundSlices(sheet);
    let index = 0;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (cacheRef.current !== cache) return;
      const started = performance.now();
      while (index < work.length && performance.now() - started < STEP_MS) evaluateSlice(runtime, sheet, cache, work[index++]);
      if (index < work.length) timer = setTimeout(step, 0);
      else {
        cache.complete = true;
        setStylesVersion((tick) => tick + 1);
      }
    };
    timer = setTimeout(step, 16);
    return () => clearTimeout(timer);
  }, [version, sheet, runtime]);

  const onViewportChange = (rects: Rect[]) => {
    // Re-render only when cells scrolled into view have not been evaluated yet.
    const cache = cacheRef.current;
    if (!cache || cache.complete) return;
    if (rects.every((rect) => rectDone(cache, rect))) return;
    setViewport(rects);
  };

  return { styles, stylesVersion, onViewportChange };
}
