import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, loc, mainOrSkip, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

import { isHtml } from './evidence.js';
import { metaPolicies } from './parse.js';

const SAFE = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);
// full URL leaks (tokens in paths and queries) vs origin-only leaks (and origin sent over http on downgrade)
const UNSAFE = new Set(['unsafe-url', 'no-referrer-when-downgrade']);
const ORIGIN_ONLY = new Set(['origin', 'origin-when-cross-origin']);

export function judgeReferrer(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const m = mainOrSkip(ev);
  if ('reports' in m) return m.reports;
  const l = loc(t, m.res.url);
  // header first, then <meta name="referrer">: the later policy wins (MDN Observatory reads both the same way)
  const metas = isHtml(m.res) ? metaPolicies(m.res.body).referrer : [];
  const parts = [m.res.headers['referrer-policy'], ...metas].filter((x): x is string => x !== undefined);
  const v = parts.length ? parts.join(', ') : undefined;
  if (v === undefined) return [{ messageId: 'missing', status: 'warn', severity: 'low', data: { host: t.host }, location: l }];
  // the last policy the browser understands wins (Referrer Policy §8.1)
  const tokens = v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => SAFE.has(s) || UNSAFE.has(s) || ORIGIN_ONLY.has(s));
  const eff = tokens.at(-1);
  if (!eff) return [{ messageId: 'invalid', severity: 'low', data: { host: t.host, value: v }, location: l }];
  if (UNSAFE.has(eff)) return [{ messageId: 'unsafe', data: { host: t.host, value: eff }, location: l }];
  if (ORIGIN_ONLY.has(eff)) return [{ messageId: 'origin-only', severity: 'low', data: { host: t.host, value: eff }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, value: eff }, location: l }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/referrer-policy',
  title: 'Referrer-Policy is set',
  problem: 'Referrer-Policy missing or leaky',
  titles: { missing: 'Referrer-Policy missing on {{host}}' },
  area: 'edge',
  mode: 'passive',
  description: 'Responses set a Referrer-Policy that does not leak full URLs (tokens, ids in paths) to other sites.',
  severity: 'medium',
  cwe: 'CWE-200',
  messages: {
    ok: '{{host}} sends Referrer-Policy: {{value}}.',
    missing: '{{host}} sends no Referrer-Policy (browsers default to strict-origin-when-cross-origin; set it explicitly so old browsers do not leak full URLs).',
    unsafe: '{{host}}: Referrer-Policy {{value}} sends full URLs (with reset tokens, invoice ids) to every third-party site linked or embedded.',
    'origin-only': '{{host}}: Referrer-Policy {{value}} sends your origin to every site (and over plain http after a downgrade); use strict-origin-when-cross-origin.',
    invalid: '{{host}}: Referrer-Policy "{{value}}" has no valid policy.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Send "Referrer-Policy: strict-origin-when-cross-origin" (or no-referrer) on every response.',
  async run(ctx) {
    for (const r of judgeReferrer(await hostEvidence(ctx))) ctx.report(r);
  },
});
