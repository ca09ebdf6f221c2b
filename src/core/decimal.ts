/**
 * Exact decimal arithmetic for scores. Scores are decimals with at most a few places (0.25, 7.242);
 * binary floating point turns 12.5 + 7.242 into 19.742000000000001. Every score is converted once to
 * an integer count of micro-points (1e-6), summed exactly as integers, and converted back with a
 * single correctly rounded division, which prints as the decimal a careful person would write.
 */
export const MICRO_PER_POINT = 1_000_000;
export const MAX_DECIMALS = 6;

/** Integer micro-points for `points`, or undefined when it has more than 6 decimals or is too large. */
export function toMicro(points: number): number | undefined {
  const scaled = points * MICRO_PER_POINT;
  const micro = Math.round(scaled);
  if (!Number.isSafeInteger(micro)) return undefined;
  // The tolerance absorbs the binary representation error of an exact 6-decimal number, nothing more.
  const tolerance = Math.max(1e-3, Math.abs(scaled) * 4 * Number.EPSILON);
  if (Math.abs(scaled - micro) > tolerance) return undefined;
  return micro === 0 ? 0 : micro; // never -0
}

/**
 * The nearest micro-point to any finite number, for a value that is a target rather than a score
 * (a typed target of 85.0000004 still means 85): scores go through toMicro, which refuses them.
 */
export function nearestMicro(points: number): number {
  return Math.round(points * MICRO_PER_POINT) + 0;
}

/**
 * toMicro for the score pass, which runs for every score cell: the nearest micro-point when the value
 * has at most 6 decimals, -1 otherwise. A score is never negative, so the caller's "at least 0" test
 * refuses both (the full check then says why). The tolerance is toMicro's for every value a score can
 * take (below 250 000 points). An integer result, never NaN, keeps V8's small-integer arithmetic.
 */
export function scoreMicro(value: number): number {
  // 1e6 written out rather than MICRO_PER_POINT: a module constant is a property load per cell here.
  const scaled = value * 1_000_000;
  const micro = Math.round(scaled);
  return Math.abs(scaled - micro) <= 1e-3 ? micro : -1;
}

export function fromMicro(micro: number): number {
  return micro / MICRO_PER_POINT + 0; // + 0 turns -0 into 0
}

/** Quotient of two exact amounts, correctly rounded once (index = points ÷ max). */
export function ratio(numeratorMicro: number, denominatorMicro: number): number {
  return numeratorMicro / denominatorMicro + 0;
}

/** True when `micro` is a whole multiple of `stepMicro`. */
export function isMultipleOf(micro: number, stepMicro: number): boolean {
  return stepMicro > 0 && micro % stepMicro === 0;
}

/** Rounds to the given number of decimals, exactly (half away from zero), via micro-points. */
export function roundPoints(points: number, decimals: number): number {
  const factor = 10 ** decimals;
  const sign = points < 0 ? -1 : 1;
  const shifted = Math.abs(points) * factor;
  // Correct for representation error before rounding so 1.005 rounds to 1.01, as on paper.
  const rounded = Math.round(shifted + shifted * 4 * Number.EPSILON);
  return (sign * rounded) / factor + 0;
}

/**
 * Largest amount of points a rubric number, score or target may have. Real rubrics stay below a
 * thousand; the bound keeps micro-points exact integers (1e9 points = 1e15 micro, below 2^53) and
 * lets a mistyped 1e308 be named for what it is rather than as "too many decimals".
 */
export const MAX_POINTS = 1e9;

/** What a number means as points: exact micro-points, or why it cannot be one. */
export type PointsReading = { kind: "points"; micro: number } | { kind: "notFinite" } | { kind: "tooLarge" } | { kind: "tooPrecise" };

export function readPoints(value: number): PointsReading {
  if (!Number.isFinite(value)) return { kind: "notFinite" };
  if (Math.abs(value) > MAX_POINTS) return { kind: "tooLarge" };
  const micro = toMicro(value);
  return micro === undefined ? { kind: "tooPrecise" } : { kind: "points", micro };
}
