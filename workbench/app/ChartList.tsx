/**
 * Charts recorded on the active sheet: title, type and source range, and a small column chart
 * drawn from the source data (first column = categories, first row = series names) so a reviewer
 * can see what the add-in asked Excel to draw.
 */
import { parseAddress, findSheet, peekCell, type ChartModel, type WorkbookModel } from "../host";
import { displayText } from "./display";
import type { WorkbenchStrings } from "./strings";

const COLORS = ["#1F6FB2", "#E07B24", "#5B9B45", "#8064A2", "#C0504D"];

function chartData(wb: WorkbookModel, chart: ChartModel): { categories: string[]; series: { name: string; values: number[] }[] } | null {
  const parsed = parseAddress(chart.sourceAddress);
  if (!parsed || parsed.sheet === undefined) return null;
  const sheet = findSheet(wb, parsed.sheet);
  if (!sheet) return null;
  const { rect } = parsed;
  if (rect.rowCount < 2 || rect.colCount < 2 || rect.rowCount * rect.colCount > 2000) return null;
  const text = (r: number, c: number) => displayText(peekCell(sheet, r, c));
  const num = (r: number, c: number) => {
    const v = peekCell(sheet, r, c)?.value;
    return typeof v === "number" ? v : 0;
  };
  const categories: string[] = [];
  for (let r = rect.row + 1; r < rect.row + rect.rowCount; r++) categories.push(text(r, rect.col));
  const series = [];
  for (let c = rect.col + 1; c < rect.col + rect.colCount; c++) {
    const values: number[] = [];
    for (let r = rect.row + 1; r < rect.row + rect.rowCount; r++) values.push(num(r, c));
    series.push({ name: text(rect.row, c), values });
  }
  return { categories, series };
}

function ColumnChart(props: { wb: WorkbookModel; chart: ChartModel; label: string }) {
  const data = chartData(props.wb, props.chart);
  if (!data || data.series.length === 0) return null;
  const width = 560;
  const height = 190;
  const left = 36;
  const bottom = 28;
  const top = 10;
  const legendWidth = 150;
  const plotW = width - left - legendWidth - 10;
  const plotH = height - top - bottom;
  const maxValue = Math.max(1, ...data.series.flatMap((s) => s.values));
  const groupW = plotW / Math.max(1, data.categories.length);
  const barW = Math.max(2, (groupW * 0.75) / data.series.length);
  const y = (v: number) => top + plotH - (Math.max(0, v) / maxValue) * plotH;
  return (
    <svg className="wb-chart-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={props.label}>
      <line x1={left} y1={top + plotH} x2={left + plotW} y2={top + plotH} stroke="#999" />
      <line x1={left} y1={top} x2={left} y2={top + plotH} stroke="#999" />
      {[0, 0.5, 1].map((f) => (
        <text key={f} x={left - 4} y={y(maxValue * f) + 4} fontSize="10" textAnchor="end" fill="#444">
          {Math.round(maxValue * f * 10) / 10}
        </text>
      ))}
      {data.categories.map((cat, i) => (
        <g key={i}>
          {data.series.map((s, j) => (
            <rect
              key={j}
              x={left + i * groupW + groupW * 0.125 + j * barW}
              y={y(s.values[i])}
              width={barW - 1}
              height={top + plotH - y(s.values[i])}
              fill={COLORS[j % COLORS.length]}
            >
              <title>{`${cat} · ${s.name}: ${s.values[i]}`}</title>
            </rect>
          ))}
          <text x={left + i * groupW + groupW / 2} y={top + plotH + 13} fontSize="10" textAnchor="middle" fill="#333">
            <title>{cat}</title>
            {cat.length > 10 ? `${cat.slice(0, 9)}…` : cat}
          </text>
        </g>
      ))}
      {data.series.map((s, j) => (
        <g key={j}>
          <rect x={width - legendWidth} y={top + j * 18} width={10} height={10} fill={COLORS[j % COLORS.length]} />
          <text x={width - legendWidth + 14} y={top + j * 18 + 9} fontSize="10" fill="#333">
            {s.name.length > 24 ? `${s.name.slice(0, 23)}…` : s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function ChartList(props: { wb: WorkbookModel; charts: ChartModel[]; strings: WorkbenchStrings }) {
  if (props.charts.length === 0) return null;
  const t = props.strings;
  return (
    <details className="wb-charts" open>
      <summary className="wb-charts-title">
        {t.charts} ({props.charts.length})
      </summary>
      <ul>
        {props.charts.map((chart) => {
          const label = t.chartItem(chart.title ?? t.noTitle, chart.type, chart.sourceAddress);
          return (
            <li key={chart.id} data-chart={chart.name}>
              <div className="wb-chart-caption">{label}</div>
              <ColumnChart wb={props.wb} chart={chart} label={label} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
