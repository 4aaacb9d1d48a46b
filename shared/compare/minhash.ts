// Word shingles, exact Jaccard, and MinHash (one-permutation hashing) with LSH banding for near-duplicate candidates.

/** FNV-1a, 32 bit. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads similar inputs over the whole 32-bit range. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff)
  );
}

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44;

/**
 * FNV-1a hash of every word of `text`, lowercased, with ’ read as ' - the words of text.ts's words() without
 * building a string per word (the near-duplicate scan of a whole project hashes millions of them).
 */
export function wordHashes(text: string): Uint32Array {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 0xc0) c = text[i].toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord && isJoiner(c) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) {
      h = Math.imul(h ^ (c === 0x2019 ? 39 : c), 0x01000193);
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return Uint32Array.from(out);
}

/**
 * Hashes of every run of `k` consecutive words (one hash for a text shorter than k words), sorted and unique.
 * A typed array, not a Set: most 32-bit hashes are not small integers in V8, and a Set of boxed numbers per
 * article costs more in garbage collection than the hashing itself.
 */
export function shingleSet(text: string, k = 5): Uint32Array {
  const hashes = wordHashes(text);
  if (hashes.length === 0) return new Uint32Array(0);
  const span = Math.min(k, hashes.length);
  const out = new Uint32Array(hashes.length - span + 1);
  for (let i = 0; i + span <= hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + span; j++) h = mix(Math.imul(h ^ hashes[j], 0x01000193));
    out[i] = h;
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i];
  return out.slice(0, unique);
}

export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number; shared: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union ? shared / union : 0, containment: smaller ? shared / smaller : 0, shared };
}

export const SIGNATURE_BINS = 63;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification: each shingle is hashed once and
 * kept if it is the smallest in its bin, so a signature costs one pass instead of one pass per hash function.
 */
export function minhashSignature(shingles: Uint32Array, bins = SIGNATURE_BINS): Uint32Array {
  const sig = new Uint32Array(bins).fill(0xffffffff);
  const filled = new Uint8Array(bins);
  for (const s of shingles) {
    const h = mix(s);
    const bin = h % bins;
    const value = mix(h ^ 0x9e3779b9);
    if (!filled[bin] || value < sig[bin]) {
      sig[bin] = value;
      filled[bin] = 1;
    }
  }
  // Empty bins borrow the next filled bin's value (offset by the distance), which keeps the estimate unbiased.
  if (shingles.length > 0) {
    for (let i = 0; i < bins; i++) {
      if (filled[i]) continue;
      let j = (i + 1) % bins;
      let step = 1;
      while (!filled[j]) {
        j = (j + 1) % bins;
        step++;
      }
      sig[i] = (sig[j] + step * 0x61c88647) >>> 0;
    }
  }
  return sig;
}

/**
 * Pairs of items whose signatures agree on every row of at least one band. With 21 bands of 3 rows a pair at
 * Jaccard 0.6 becomes a candidate with probability 1 - (1 - 0.6^3)^21 ≈ 0.99; at 0.2, about 0.16.
 */
export function lshCandidatePairs(signatures: Uint32Array[], rows = 3): [number, number][] {
  const bands = Math.floor((signatures[0]?.length ?? 0) / rows);
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const n = signatures.length;
  for (let b = 0; b < bands; b++) {
    // A band's rows folded into one number; a collision only adds a candidate, which the caller verifies.
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, item) => {
      let key = b;
      for (let r = b * rows; r < (b + 1) * rows; r++) key = mix(Math.imul(key ^ sig[r], 0x01000193));
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    });
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const pair = bucket[i] * n + bucket[j];
          if (seen.has(pair)) continue;
          seen.add(pair);
          out.push([bucket[i], bucket[j]]);
        }
      }
    }
  }
  return out;
}
