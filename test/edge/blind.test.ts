import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeCommand } from '../../src/cli/commands/edge.js';
import type { Finding, Report } from '../../src/core/types.js';
import { testIo } from '../helpers.js';
import { BLIND_HOSTS, GROUND_TRUTH, startBlindBed, type BlindBed, type PlantedFlaw } from './blind-bed.js';

// Blind evaluation: the `edge` command, run exactly as a user would (hosts + --resolver + --connect-to + a CA,
// no other hints: no private paths, no DKIM selector, no email domain), against a zone it was not developed
// against. Every planted flaw must be reported on its host; the fixed twin must have nothing at medium or above.

let flawedBed: BlindBed;
let fixedBed: BlindBed;
let flawed: { report: Report; code: number; ms: number };
let fixed: { report: Report; code: number; ms: number };

async function runEdge(bed: BlindBed): Promise<{ report: Report; code: number; ms: number }> {
  const io = testIo();
  const flags = { resolver: bed.resolver, 'connect-to': bed.connectTo, ca: [bed.caFile], format: 'json' };
  const t0 = performance.now();
  const code = await edgeCommand.run({ flags, positionals: BLIND_HOSTS, io, rest: [] });
  const ms = performance.now() - t0;
  return { report: JSON.parse(io.out.text) as Report, code, ms };
}

const isProblem = (f: Finding) => f.status === 'fail' || f.status === 'warn';
const atLeastMedium = (f: Finding) => ['critical', 'high', 'medium'].includes(f.severity);
const where = (f: Finding) => f.location?.host ?? (f.location?.url ? new URL(f.location.url).hostname : '');

/** The strict match: the planted flaw's own messageId on one of its hosts. */
export function found(r: Report, flaw: PlantedFlaw): Finding | undefined {
  return r.findings.find((f) => isProblem(f) && f.checkId === flaw.checkId && f.messageId === flaw.messageId && flaw.hosts.includes(where(f)));
}

before(async () => {
  [flawedBed, fixedBed] = await Promise.all([startBlindBed({ fixed: false }), startBlindBed({ fixed: true })]);
  // one after the other: the wall time of one run is what is measured
  flawed = await runEdge(flawedBed);
  fixed = await runEdge(fixedBed);
  const misses = GROUND_TRUTH.filter((g) => !found(flawed.report, g));
  const fps = fixed.report.findings.filter((f) => isProblem(f) && atLeastMedium(f));
  // the figures docs/edge.md quotes come from this line
  console.log(`# blind bed: recall ${GROUND_TRUTH.length - misses.length}/${GROUND_TRUTH.length}${misses.length ? ` (missed: ${misses.map((m) => m.id).join(', ')})` : ''}; fixed-twin medium+ findings: ${fps.length}${fps.length ? ` (${fps.map((f) => `${f.checkId}:${f.messageId}@${where(f)}`).join(', ')})` : ''}; wall ${Math.round(flawed.ms)} ms flawed, ${Math.round(fixed.ms)} ms fixed`);
});

after(async () => {
  await Promise.all([flawedBed?.close(), fixedBed?.close()]);
});

/** Flaws the first blind run missed (recall 27/30); each fix removes its entry. */
const KNOWN_MISSES = new Map<string, string>([
]);

describe('blind bed (acme-shop.test), flawed variant: every planted flaw is found on its host', () => {
  for (const flaw of GROUND_TRUTH) {
    const todo = KNOWN_MISSES.get(flaw.id);
    test(`${flaw.id}: ${flaw.checkId} ${flaw.messageId} @ ${flaw.hosts[0]}`, todo ? { todo } : {}, () => {
      const f = found(flawed.report, flaw);
      const seen = flawed.report.findings.filter((x) => x.checkId === flaw.checkId).map((x) => `${x.status}:${x.messageId}@${where(x)}`);
      assert.ok(f, `${flaw.what}: expected ${flaw.checkId}:${flaw.messageId} on ${flaw.hosts.join(' or ')}; saw ${seen.join(', ') || 'nothing'}`);
    });
  }
  test('decision NO-GO, exit 1', () => {
    assert.equal(flawed.report.decision, 'NO-GO');
    assert.equal(flawed.code, 1);
  });
  test('no check errored on a reachable bed', () => {
    assert.deepEqual(flawed.report.findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}:${f.messageId}@${where(f)}`), []);
  });
});

describe('blind bed, fixed twin: nothing at medium or above', () => {
  test('no fail/warn finding of medium or higher, no errors', () => {
    const bad = fixed.report.findings.filter((f) => (isProblem(f) && atLeastMedium(f)) || f.status === 'error');
    assert.deepEqual(bad.map((f) => `${f.checkId}:${f.messageId}@${where(f)}`), []);
  });
  test('decision GO, exit 0', () => {
    assert.equal(fixed.report.decision, 'GO');
    assert.equal(fixed.code, 0);
  });
  test('none of the planted flaws is reported on the fixed twin', () => {
    assert.deepEqual(GROUND_TRUTH.filter((g) => found(fixed.report, g)).map((g) => g.id), []);
  });
});

describe('speed', () => {
  test('5 hosts with email in well under the bound (generous, so the test stays deterministic on a busy machine)', () => {
    assert.ok(flawed.ms < 20_000, `flawed run took ${Math.round(flawed.ms)} ms`);
    assert.ok(fixed.ms < 20_000, `fixed run took ${Math.round(fixed.ms)} ms`);
  });
});
