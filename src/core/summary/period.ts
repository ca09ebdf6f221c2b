/** "Quý IV/2026": the quarter a meeting at this date reviews by default. */
export function defaultPeriod(date: Date): string {
  const quarter = ["I", "II", "III", "IV"][Math.floor(date.getMonth() / 3)];
  return `Quý ${quarter}/${date.getFullYear()}`;
}
