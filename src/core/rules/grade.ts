import { passOn } from "./rank";

/**
 * Grade (xếp loại): the label of the highest band whose minimum the value reaches. Each rubric sets
 * its bands, often different for departments and communes. A value computed by another formula may
 * carry binary noise (0.8999999999999999 for 90%); a relative 1e-12 slack keeps it in its band.
 */
export interface Band {
  label: string;
  min: number;
}

const SLACK = 1e-12;

export function gradeOf(value: number, bands: readonly Band[]): string | undefined {
  let best: Band | undefined;
  for (const band of bands) {
    const slack = SLACK * Math.max(1, Math.abs(band.min));
    if (value + slack >= band.min && (best === undefined || band.min > best.min)) best = band;
  }
  return best?.label;
}

/** A band's two cells in formula text: its label and its minimum (references such as "'Bands'!$K$5"). */
export interface BandCells {
  label: string;
  min: string;
}

/**
 * The same grade as native formula text, for band cells sorted highest minimum first, as the
 * template writes them (rubric-sheet-plan, bandsOf): the first
 * band the value reaches, with the slack above, is the highest one reached; below every band it is
 * #N/A, as PAR.GRADE says. An index that is not a number shows its error, or nothing. One
 * comparison per band on plain cell references, no array arithmetic and no
 * INDEX (which the workbench's engine gets wrong across sheets): the same in Excel 2010 and later,
 * LibreOffice and the workbench. No custom function is called, so an edit elsewhere never
 * recalculates it.
 */
export function gradeFormula(value: string, bands: readonly BandCells[]): string {
  let formula = "NA()";
  for (let band = bands.length - 1; band >= 0; band--) {
    const { label, min } = bands[band];
    formula = `IF(${value}+${SLACK}*IF(ABS(${min})>1,ABS(${min}),1)>=${min},${label},${formula})`;
  }
  return `IF(ISNUMBER(${value}),${formula},${passOn(value)})`;
}
