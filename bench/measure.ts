/** Median wall time of `run` over enough repetitions to be stable (at least `minMs` of work). */
export function medianMs(run: () => unknown, minMs = 300, minRuns = 15): number {
  const times: number[] = [];
  const start = performance.now();
  let sink = 0;
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    const result = run();
    times.push(performance.now() - t0);
    if (typeof result === "number") sink += result;
  }
  if (sink === -1) console.log("");
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function emit(figure: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

export function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
