import { performance } from "node:perf_hooks";

/** Repetitions per figure (spec/bench.md: the median of at least 3, after a warm-up). */
export const REPETITIONS = 5;

/** Milliseconds of one run of `work`, the median of REPETITIONS runs after one warm-up run. */
export async function medianMs(work: () => unknown | Promise<unknown>, repetitions = REPETITIONS): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));
