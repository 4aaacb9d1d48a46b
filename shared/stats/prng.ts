// A small deterministic PRNG for the bootstrap (bootstrap.ts) and seeded reliability samples (shuffled):
// mulberry32 (Tommy Ettinger's 32-bit generator, public domain). Same seed, same sequence, on every JavaScript engine
// (only 32-bit integer arithmetic via Math.imul and >>>). Period 2^32, ample for resampling; not cryptographic.

export type Random = () => number;

/** Returns a generator of floats in [0, 1). The seed is taken modulo 2^32. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). Each integer gets ⌊2^32/n⌋ or ⌈2^32/n⌉ of the 2^32 equally likely outputs: a relative bias
 * below n / 2^32, negligible for resampling. */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A copy of `items` in a seeded random order (Fisher–Yates with mulberry32): same items and seed, same order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
