/** Seeded pseudo-random numbers (mulberry32) and a Fisher–Yates shuffle, so a `seed` reproduces an order. */

/** A 32-bit hash of a string (FNV-1a), to turn any seed text into a number. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1) from a seed. */
export function createRandom(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items`; the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const random = createRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A fresh random seed for a shuffle the caller did not seed (kept with the progress, so a resume keeps the order). */
export function randomSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}
