/** The status bar: the last command's syncs and time, the editing hint, and the zoom. */
import type { RunRecord } from "./runtime";
import type { WorkbenchStrings } from "./strings";

const ZOOMS = [0.7, 0.85, 1, 1.15];

export function StatusBar(props: {
  lastRun: RunRecord | undefined;
  zoom: number;
  onZoom: (zoom: number) => void;
  strings: WorkbenchStrings;
}) {
  const { lastRun, strings: t } = props;
  return (
    <footer className="wb-status">
      <span>{lastRun ? t.lastRun(lastRun.syncs, lastRun.ms) : t.ready}</span>
      <span className="wb-hint">{t.editHint}</span>
      <label className="wb-zoom">
        Zoom{" "}
        <select value={props.zoom} onChange={(e) => props.onZoom(Number(e.target.value))}>
          {ZOOMS.map((z) => (
            <option key={z} value={z}>
              {Math.round(z * 100)}%
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
