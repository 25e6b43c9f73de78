/**
 * Blind precision/recall report (issue #9): prints recall and precision on the generated single-provider samples
 * and on the generated repository, a per-provider miss table, and every false positive with the rule that fired.
 *
 *   node dist/bench/secrets/blind.js [--seed N] [--verbose]
 */
import { scoreRepo, scoreSamples } from '../../test/secrets/blind-eval.js';

const i = process.argv.indexOf('--seed');
const seed = i >= 0 ? Number(process.argv[i + 1]) : undefined;
const verbose = process.argv.includes('--verbose');
const short = (s: string) => s.replace(/\n/g, '⏎').slice(0, 160);

const t0 = performance.now();
const s = scoreSamples(seed);
console.log(`samples: ${s.tp + s.fn} positives over ${s.providers} providers, ${s.fp + s.tn} negatives (${Math.round(performance.now() - t0)} ms)`);
console.log(`  recall ${s.recall.toFixed(4)} (${s.tp}/${s.tp + s.fn})  precision ${s.precision.toFixed(4)} (${s.fp} false positives)`);

const byProv = new Map<string, { miss: number; ctx: Set<string> }>();
for (const m of s.misses) {
  const e = byProv.get(m.sample.provider) ?? { miss: 0, ctx: new Set() };
  e.miss++;
  e.ctx.add(m.sample.ctx);
  byProv.set(m.sample.provider, e);
}
if (byProv.size) {
  console.log('\nmisses by provider (provider  missed  contexts)');
  for (const [p, e] of [...byProv].sort((a, b) => b[1].miss - a[1].miss)) console.log(`  ${p.padEnd(30)} ${String(e.miss).padStart(3)}  ${[...e.ctx].join(',')}`);
}
if (verbose) for (const m of s.misses) console.log(`  MISS ${m.sample.provider} [${m.sample.ctx}] ${m.sample.file}: ${short(m.sample.text)}  got: ${m.hits.map((h) => `${h.ruleId}/${h.kind}/${h.severity}`).join(' ') || '-'}`);

const byCat = new Map<string, Map<string, number>>();
for (const f of s.falsePositives) {
  const e = byCat.get(f.sample.provider) ?? new Map<string, number>();
  for (const h of f.hits) e.set(h.ruleId, (e.get(h.ruleId) ?? 0) + 1);
  byCat.set(f.sample.provider, e);
}
if (byCat.size) {
  console.log('\nfalse positives by look-alike category (category  rules)');
  for (const [c, e] of byCat) console.log(`  ${c.padEnd(30)} ${[...e].map(([k, v]) => `${k}×${v}`).join(' ')}`);
}
if (verbose) for (const f of s.falsePositives) console.log(`  FP ${f.sample.provider} ${f.sample.file}: ${short(f.sample.text)}  got: ${f.hits.map((h) => `${h.ruleId}/${h.kind}/${h.severity}`).join(' ')}`);

const t1 = performance.now();
const r = await scoreRepo(seed);
console.log(`\nrepo: ${r.commits} commits, ${r.expected} planted secrets (${Math.round(performance.now() - t1)} ms)`);
console.log(`  recall ${r.recall.toFixed(4)} (${r.found}/${r.expected})  precision ${r.precision.toFixed(4)}`);
for (const m of r.missed) console.log(`  MISS ${m.family} ${m.file}:${m.line} ${m.commit?.slice(0, 8) ?? '(untracked)'}${m.stillPresent ? '' : ' (history only)'}`);
for (const w of r.wrongCommit) console.log(`  WRONG COMMIT ${w.exp.family} ${w.exp.file}:${w.exp.line} want ${w.exp.commit?.slice(0, 8)} got ${w.got.location.commit?.slice(0, 8)}`);
for (const x of r.extra) console.log(`  EXTRA ${x.checkId} ${x.severity} ${x.location.file}:${x.location.line} ${x.location.commit?.slice(0, 8) ?? ''} ${x.messageId ?? ''}`);
