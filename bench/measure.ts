/**
 * Medians of two workloads timed in alternation, one sample of each per round: a change in machine
 * load or clock speed during the run then weighs on both alike, and their ratio stays meaningful.
 */
export function medianPairMs(a: () => unknown, b: () => unknown, minMs = 600, minRuns = 31): [number, number] {
  const timesA: number[] = [];
  const timesB: number[] = [];
  const start = performance.now();
  let sink = 0;
  const time = (run: () => unknown, into: number[]) => {
    const t0 = performance.now();
    const result = run();
    into.push(performance.now() - t0);
    if (typeof result === "number") sink += result;
  };
  while (timesA.length < minRuns || performance.now() - start < minMs) {
    time(a, timesA);
    time(b, timesB);
  }
  if (sink === -1) console.log("");
  const median = (times: number[]) => times.sort((x, y) => x - y)[Math.floor(times.length / 2)];
  return [median(timesA), median(timesB)];
}

export function emit(figure: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

export function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
