import type { CellFinding } from "../../excel/operations";

export interface AreaGroup {
  /** Undefined for findings outside any area (typed-in totals). */
  area: string | undefined;
  findings: CellFinding[];
}

export interface UnitGroup {
  unit: string;
  areas: AreaGroup[];
  count: number;
}

/** Findings by unit, then by area, in the order the workbook reported them; areas without a code last. */
export function groupFindings(findings: readonly CellFinding[]): UnitGroup[] {
  const units = new Map<string, Map<string | undefined, CellFinding[]>>();
  for (const finding of findings) {
    let areas = units.get(finding.unit);
    if (!areas) units.set(finding.unit, (areas = new Map()));
    const list = areas.get(finding.area);
    if (list) list.push(finding);
    else areas.set(finding.area, [finding]);
  }
  return [...units].map(([unit, areas]) => ({
    unit,
    count: [...areas.values()].reduce((sum, list) => sum + list.length, 0),
    areas: [...areas]
      .map(([area, list]) => ({ area, findings: list }))
      .sort((a, b) => Number(a.area === undefined) - Number(b.area === undefined)),
  }));
}
