import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBudget } from '../../src/dashboard/api.js';
import { formatAgo, formatBudget, formatDuration, formatPct, formatWhen } from '../../src/dashboard/ui.js';

describe('dashboard numbers (the functions the pages run)', () => {
  it('uptime: 100% and 0% only when exact, shortfalls never rounded away', () => {
    assert.equal(formatPct(100), '100%');
    assert.equal(formatPct(0), '0%');
    assert.equal(formatPct(99.95), '99.95%');
    assert.equal(formatPct(99.9), '99.9%');
    assert.equal(formatPct(98), '98%');
    assert.equal(formatPct(99.99999), '99.999%');
    assert.equal(formatPct(0.00001), '0.001%');
    assert.equal(formatPct(null), '–');
  });

  it('error budget: from the 30-day allowance, never "-99900%" for a young monitor', () => {
    const m = { slo: 99.9, intervalMs: 60_000, locations: ['local'] };
    // 10 minutes of history, every run failed: 10 of the 43.2 runs SLO 99.9% allows in 30 days are spent
    const young = errorBudget({ up: 0, total: 10 }, m)!;
    assert.ok(Math.abs(young.left - (1 - 10 / 43.2)) < 1e-9);
    assert.equal(formatBudget(young), '76.8% left (33 min)');
    assert.equal(formatBudget(errorBudget({ up: 43_200, total: 43_200 }, m)), '100.0% left (43 min)');
    const spent = errorBudget({ up: 100, total: 200 }, m)!;
    assert.ok(spent.left < 0);
    assert.equal(formatBudget(spent), 'exhausted: 100 min down of 43 min allowed');
    assert.equal(errorBudget(undefined, m), null);
    assert.equal(formatBudget(null), '–');
  });

  it('human times', () => {
    assert.equal(formatDuration(45_000), '45 s');
    assert.equal(formatDuration(12 * 60_000), '12 min');
    assert.equal(formatDuration(125 * 60_000), '2 h 5 min');
    assert.equal(formatDuration(76 * 3_600_000), '3 d 4 h');
    assert.equal(formatAgo(1_000, 3_000), 'just now');
    assert.equal(formatAgo(0 + 1, 5 * 60_000 + 1), '5 min ago');
    assert.equal(formatWhen(Date.UTC(2026, 11, 5, 14, 3)), 'Dec 5, 14:03 UTC');
  });
});
