/**
 * Ranking (xếp hạng): 1 is the highest, ties share a rank and the next rank skips ("1, 2, 2, 4"),
 * as provinces and units are ranked when results are announced. Excel's RANK.EQ ranks the same way.
 */
export function rankOf(value: number, values: readonly number[]): number {
  let higher = 0;
  for (const other of values) if (other > value) higher++;
  return higher + 1;
}

/** Ranks for every value, in the input order; non-numbers (undefined) get no rank. */
export function rankAll(values: readonly (number | undefined)[]): (number | undefined)[] {
  const numbers = values.filter((value): value is number => value !== undefined).sort((a, b) => b - a);
  return values.map((value) => {
    if (value === undefined) return undefined;
    // Index of the first equal value in the descending list is the count of higher values.
    let low = 0;
    let high = numbers.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (numbers[mid] > value) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  });
}

/**
/** What a rank or grade shows for an index that is not a number: its error, or nothing. */
export function passOn(value: string): string {
  return `IF(ISERROR(${value}),${value},"")`;
}

/**
 * A unit's rank as native formula text: RANK.EQ (Excel 2010 and later, LibreOffice) over the units'
 * index row. A unit without a number (nothing applicable, invalid scores) has no rank and shows its
 * index cell's error (as PAR.RANK would pass it on) or nothing; the row it ranks in must hold numbers or
 * text only (see the template's index row), because RANK.EQ passes an error in its list on to every
 * rank. Being native, it costs no custom-function call: one edited score no longer sends every unit's
 * index to every unit's rank.
 */
export function rankFormula(value: string, values: string): string {
  return `IF(ISNUMBER(${value}),RANK.EQ(${value},${values}),${passOn(value)})`;
}
