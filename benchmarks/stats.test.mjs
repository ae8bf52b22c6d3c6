// Unit tests of the benchmarks' statistics: node --test benchmarks/ (benchmarks/run runs them first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, quantile, bootstrapMedian, verdict, summarize, agree, steady, rotation, spread } from './stats.mjs';

test('median of odd and even lists, unsorted input left untouched', () => {
  const xs = [3, 1, 2];
  assert.equal(median(xs), 2);
  assert.deepEqual(xs, [3, 1, 2]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('quantile interpolates between neighbours', () => {
  assert.equal(quantile([0, 10], 0.5), 5);
  assert.equal(quantile([1, 2, 3, 4, 5], 0), 1);
  assert.equal(quantile([1, 2, 3, 4, 5], 1), 5);
  assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
});

test('bootstrap interval of constant data is that constant', () => {
  assert.deepEqual(bootstrapMedian([0.97, 0.97, 0.97, 0.97]), { lo: 0.97, hi: 0.97 });
});

test('bootstrap interval contains the median and lies within the data', () => {
  const xs = [0.91, 0.95, 0.93, 0.99, 0.96, 0.94, 0.92, 0.98, 0.97];
  const { lo, hi } = bootstrapMedian(xs);
  assert.ok(lo <= median(xs) && median(xs) <= hi, `${lo} ≤ ${median(xs)} ≤ ${hi}`);
  assert.ok(lo >= 0.91 && hi <= 0.99);
  assert.ok(lo < hi, 'scattered data gives an interval, not a point');
});

test('bootstrap interval narrows when the rounds agree more closely', () => {
  const wide = bootstrapMedian([0.80, 0.90, 1.00, 1.10, 1.20, 0.85, 1.15]);
  const narrow = bootstrapMedian([0.99, 1.00, 1.01, 1.00, 0.995, 1.005, 1.00]);
  assert.ok(narrow.hi - narrow.lo < (wide.hi - wide.lo) / 5, JSON.stringify({ wide, narrow }));
});

test('bootstrap is reproducible for a seed', () => {
  const xs = [1.02, 1.07, 0.99, 1.04, 1.10, 1.01];
  assert.deepEqual(bootstrapMedian(xs, { seed: 5 }), bootstrapMedian(xs, { seed: 5 }));
});

test('verdict for a goal "at least": met above, missed below, undecided across', () => {
  assert.equal(verdict({ lo: 0.96, hi: 0.99 }, 0.95, 'atLeast'), 'met');
  assert.equal(verdict({ lo: 0.95, hi: 0.99 }, 0.95, 'atLeast'), 'met');
  assert.equal(verdict({ lo: 0.90, hi: 0.94 }, 0.95, 'atLeast'), 'missed');
  assert.equal(verdict({ lo: 0.93, hi: 0.97 }, 0.95, 'atLeast'), 'undecided');
});

test('verdict for a goal "at most": met below, missed above, undecided across', () => {
  assert.equal(verdict({ lo: 1.00, hi: 1.04 }, 1.05, 'atMost'), 'met');
  assert.equal(verdict({ lo: 1.06, hi: 1.12 }, 1.05, 'atMost'), 'missed');
  assert.equal(verdict({ lo: 1.02, hi: 1.08 }, 1.05, 'atMost'), 'undecided');
  assert.equal(verdict({ lo: NaN, hi: NaN }, 1.05, 'atMost'), 'undecided');
  assert.throws(() => verdict({ lo: 1, hi: 1 }, 1, 'sideways'));
});

test('a median above the goal with rounds below it is not called met', () => {
  const s = summarize([0.90, 0.97, 0.98, 0.99, 0.93, 0.96], 0.95, 'atLeast');
  assert.ok(s.median > 0.95);
  assert.equal(s.verdict, 'undecided');
  assert.equal(s.min, 0.90);
  assert.equal(s.max, 0.99);
});

test('warm-up is steady only when the last two rounds agree within the tolerance', () => {
  assert.equal(agree(100, 104.9, 0.05), true);
  assert.equal(agree(100, 106, 0.05), false);
  assert.equal(agree(0, 0, 0.05), false);
  assert.equal(steady([22], 0.05), false);
  assert.equal(steady([22, 28, 33, 34], 0.05), true);
  assert.equal(steady([22, 28, 34, 30], 0.05), false);
});

test('rotation puts every flow in every position once over as many rounds as flows', () => {
  const flows = ['stock', 'mag', 'mag1p'];
  const orders = [0, 1, 2].map((r) => rotation(flows, r));
  assert.deepEqual(orders[0], flows);
  for (let pos = 0; pos < 3; pos++) assert.deepEqual(new Set(orders.map((o) => o[pos])), new Set(flows));
  assert.deepEqual(rotation(flows, 3), flows);
});

test('spread across runs: half the range relative to its midpoint', () => {
  const s = spread([0.97, 1.03]);
  assert.equal(s.min, 0.97);
  assert.equal(s.max, 1.03);
  assert.ok(Math.abs(s.halfRange - 0.03) < 1e-12);
  assert.equal(spread([1, 1, 1]).halfRange, 0);
});
