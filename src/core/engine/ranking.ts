/**
 * Competition ranking: 1 is the highest, ties share a rank and the next rank skips ("1, 2, 2, 4"),
 * as provinces and units are ranked when results are announced.
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
