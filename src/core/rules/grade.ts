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
 * The same grade as native formula text, for a bands range of (label, minimum) rows sorted highest
 * minimum first, as the template writes it (rubric-sheet-plan, bandsOf). The bands not reached are
 * counted (SUMPRODUCT compares numbers exactly, with the slack above written out elementwise) and the
 * next label is the grade; below every band it is #N/A, as PAR.GRADE says. A value that is not a
 * number (an error in the index row, or nothing) is passed on as it is. Works in Excel 2010 and later
 * and in LibreOffice; no custom function is called, so an edit elsewhere never recalculates it.
 */
export function gradeFormula(value: string, bandsRange: string): string {
  const mins = `INDEX(${bandsRange},0,2)`;
  const slack = `${SLACK}*((ABS(${mins})>1)*ABS(${mins})+(ABS(${mins})<=1))`;
  const notReached = `SUMPRODUCT(--(${value}+${slack}<${mins}))`;
  return `IF(ISNUMBER(${value}),IFERROR(INDEX(${bandsRange},${notReached}+1,1),NA()),${value})`;
}
