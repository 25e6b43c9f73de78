import { defineCheck, type ReportInput } from '../../core/check.js';
import { mtaStsFacts, mxFacts, mxMatches, type EmailProbes, type EmailTarget, type MtaStsFacts, type MxFacts } from './evidence.js';

/** RFC 8461: _mta-sts TXT + https://mta-sts.<domain>/.well-known/mta-sts.txt whose mx patterns cover every MX. */
export function judgeMtaSts(t: EmailTarget, f: MtaStsFacts, mx?: MxFacts): ReportInput[] {
  const d = t.domain;
  const l = { host: d, record: `TXT _mta-sts.${d}` };
  if (!t.receiving) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { domain: d, reason: 'email.receiving is false' }, location: { host: d } }];
  if (f.txtError) return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: f.txtError }, location: l }];
  if (!f.txt.length) return [{ messageId: 'missing', status: 'warn', severity: 'low', data: { domain: d }, location: l }];
  if (!t.mtaSts) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { domain: d, reason: 'email.mtaSts is false (policy not fetched)' }, location: l }];
  const pl = { host: `mta-sts.${d}`, url: f.policyUrl };
  if (f.fetchError || f.policyStatus !== 200) return [{ messageId: 'policy-unreachable', data: { domain: d, url: f.policyUrl, reason: f.fetchError ?? `HTTP ${f.policyStatus}` }, location: pl }];
  const p = f.policy!;
  if (p.mode === 'invalid') return [{ messageId: 'policy-invalid', data: { domain: d, error: p.error ?? '' }, location: pl, evidence: f.policyText?.slice(0, 500) ?? '' }];
  const out: ReportInput[] = [];
  const data = { domain: d, mode: p.mode };
  const uncovered = (mx?.mx ?? []).map((m) => m.exchange).filter((e) => e && e !== '.' && !p.mx.some((pat) => mxMatches(pat, e)));
  if (p.mode !== 'none' && uncovered.length) out.push({ messageId: 'mx-mismatch', severity: p.mode === 'enforce' ? 'high' : 'medium', data: { ...data, mx: uncovered.join(', ') }, location: pl, evidence: f.policyText?.slice(0, 500) ?? '' });
  if (p.mode === 'none') out.push({ messageId: 'mode-none', status: 'warn', severity: 'low', data, location: pl });
  else if (p.mode === 'testing') out.push({ messageId: 'mode-testing', status: 'warn', severity: 'low', data, location: pl });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: pl });
  return out;
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/mta-sts',
  title: 'MTA-STS policy enforced',
  problem: 'MTA-STS policy missing or not enforcing',
  titles: { missing: 'MTA-STS policy missing for {{domain}}' },
  area: 'email',
  mode: 'active',
  description: 'The domain publishes an MTA-STS record and an enforce-mode policy (fetched over https from mta-sts.<domain>) that covers every MX.',
  severity: 'medium',
  cwe: 'CWE-319',
  messages: {
    ok: '{{domain}}: MTA-STS policy in {{mode}} mode covers every MX.',
    missing: '{{domain}} publishes no MTA-STS record: mail sent to you can be downgraded to plain text by anyone on the path.',
    'policy-unreachable': '{{domain}}: the MTA-STS record exists but the policy at {{url}} cannot be fetched ({{reason}}).',
    'policy-invalid': '{{domain}}: the MTA-STS policy is invalid ({{error}}).',
    'mx-mismatch': '{{domain}}: the MTA-STS policy ({{mode}}) does not cover MX {{mx}}: senders that enforce it will refuse to deliver your inbound mail.',
    'mode-none': '{{domain}}: the MTA-STS policy is mode: none (switched off).',
    'mode-testing': '{{domain}}: the MTA-STS policy is mode: testing; switch to enforce once TLS-RPT reports are clean.',
    'resolver-error': 'MTA-STS of {{domain}} could not be read ({{error}}).',
    skipped: '{{domain}}: not checked ({{reason}}).',
  },
  remediation: 'Publish TXT _mta-sts.<domain> "v=STSv1; id=<date>" and serve https://mta-sts.<domain>/.well-known/mta-sts.txt with "version: STSv1\\nmode: enforce\\nmx: <each MX>\\nmax_age: 604800" (Cloudflare Workers, Netlify or Vercel can host the file).',
  async run(ctx) {
    const [f, mx] = await Promise.all([mtaStsFacts(ctx), mxFacts(ctx)]);
    for (const r of judgeMtaSts(ctx.target, f, mx)) ctx.report(r);
  },
});
