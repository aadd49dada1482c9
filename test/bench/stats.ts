export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `fn` a few times to warm up, then `runs` times, and returns the median in milliseconds. */
export function measure(fn: () => void, runs = 50): number {
  for (let i = 0; i < 5; i++) fn();
  return median(
    Array.from({ length: runs }, () => {
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
}
