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

/**
 * The same grade as native formula text, for a bands range of `bandCount` (label, minimum) rows
 * sorted highest minimum first, as the template writes it (rubric-sheet-plan, bandsOf): the first
 * band the value reaches, with the slack above, is the highest one reached; below every band it is
 * #N/A, as PAR.GRADE says. A value that is not a number (an error or nothing in the index row) is
 * passed on as it is. One comparison per band, no array arithmetic: the same in Excel 2010 and later,
 * LibreOffice and the workbench's engine. No custom function is called, so an edit elsewhere never
 * recalculates it.
 */
export function gradeFormula(value: string, bandsRange: string, bandCount: number): string {
  let formula = "NA()";
  for (let band = bandCount; band >= 1; band--) {
    const min = `INDEX(${bandsRange},${band},2)`;
    formula = `IF(${value}+${SLACK}*IF(ABS(${min})>1,ABS(${min}),1)>=${min},INDEX(${bandsRange},${band},1),${formula})`;
  }
  return `IF(ISNUMBER(${value}),${formula},${value})`;
}
