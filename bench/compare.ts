/** One contender of a comparison: an async task whose duration is measured. */
export interface Contender {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/** Median of the measured durations of each contender, in milliseconds. */
export type Medians = Map<string, number>;

/** The median of some samples. */
export const median = (values: number[]): number => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Runs the contenders in interleaved rounds (A B C, B C A, …) after a warm-up, and returns each one's
 * median. Interleaving spreads the machine's noise over every contender instead of one of them, which
 * is what makes the ratios of a single run meaningful on a shared, noisy machine.
 */
export async function compare(contenders: Contender[], rounds: number, warmup = 2): Promise<Medians> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = -warmup; round < rounds; round++) {
    for (let offset = 0; offset < contenders.length; offset++) {
      const contender = contenders[(round + warmup + offset) % contenders.length]!;
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      await contender.run();
      const elapsed = performance.now() - start;
      if (round >= 0) samples.get(contender.name)!.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}
