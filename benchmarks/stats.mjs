// Pure statistics for the benchmarks: medians, bootstrap intervals, goal verdicts, warm-up
// agreement, order rotation and run-to-run spread. No I/O; unit-tested by stats.test.mjs.

/** Median of a list of numbers (NaN for an empty list). */
export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** The p-quantile (0..1) of an already sorted list, linear between neighbours. */
export function quantile(sorted, p) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos); const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** A small seeded generator (mulberry32), so that a report's interval can be reproduced from its data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile-bootstrap interval of the median: resample the values with replacement, take each
 * resample's median, and return the (1-level)/2 and (1+level)/2 quantiles of those medians.
 * With few values the interval is wide (with two it spans them): that is the honest answer.
 */
export function bootstrapMedian(xs, { iterations = 4000, level = 0.95, seed = 17 } = {}) {
  if (!xs.length) return { lo: NaN, hi: NaN };
  const next = rng(seed);
  const meds = new Array(iterations);
  const sample = new Array(xs.length);
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < xs.length; j++) sample[j] = xs[Math.floor(next() * xs.length)];
    meds[i] = median(sample);
  }
  meds.sort((a, b) => a - b);
  return { lo: quantile(meds, (1 - level) / 2), hi: quantile(meds, (1 + level) / 2) };
}

/**
 * Goal verdict from an interval: for a goal "at least g" (higher is better) it is met only when
 * the whole interval lies at or above g, missed only when it lies below; for "at most g" the
 * mirror image. Anything straddling the goal is undecided.
 */
export function verdict({ lo, hi }, goal, direction) {
  if (!(lo <= hi)) return 'undecided';
  if (direction === 'atLeast') return lo >= goal ? 'met' : hi < goal ? 'missed' : 'undecided';
  if (direction === 'atMost') return hi <= goal ? 'met' : lo > goal ? 'missed' : 'undecided';
  throw new Error(`unknown direction ${direction}`);
}

/** Median, min, max and bootstrap interval of per-round ratios, with the verdict against a goal if one is given. */
export function summarize(ratios, goal, direction, opts) {
  const ci = bootstrapMedian(ratios, opts);
  const r = { n: ratios.length, median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), lo: ci.lo, hi: ci.hi };
  if (goal != null) Object.assign(r, { goal, direction, verdict: verdict(ci, goal, direction) });
  return r;
}

/** True when two measurements differ by at most `tolerance` of the larger one. */
export function agree(a, b, tolerance) {
  if (!(a > 0 && b > 0)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}

/** Whether the last two values of a warm-up history agree within the tolerance. */
export function steady(history, tolerance) {
  return history.length >= 2 && agree(history[history.length - 2], history[history.length - 1], tolerance);
}

/** Round r's order of the flows: rotated by r, so that over a multiple of the flow count every flow takes every position once. */
export function rotation(items, round) {
  const k = ((round % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Spread of one figure across runs: min, max, median and the half-range relative to the midpoint
 * (±x means every run lies within x of the middle of the runs).
 */
export function spread(values) {
  const min = Math.min(...values); const max = Math.max(...values);
  const mid = (min + max) / 2;
  return { n: values.length, min, max, median: median(values), halfRange: mid ? (max - min) / 2 / mid : NaN };
}
