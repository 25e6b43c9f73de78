import { defineCheck, type ReportInput } from '../../core/check.js';
import { dkimFacts, dmarcFacts, spfFacts, type DmarcFacts, type EmailProbes, type EmailTarget } from './evidence.js';

export function judgeDmarc(t: EmailTarget, f: DmarcFacts, auth?: { spf: boolean; dkim: boolean }): ReportInput[] {
  const d = t.domain;
  const l = { host: d, record: `TXT _dmarc.${d}` };
  if (f.error) return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: f.error }, location: l }];
  if (!f.records.length) return [{ messageId: 'missing', severity: t.sending ? 'high' : 'medium', data: { domain: d }, location: l }];
  if (f.records.length > 1) return [{ messageId: 'multiple', data: { domain: d, count: f.records.length }, location: l, evidence: f.records.join('\n') }];
  const p = f.parsed ?? {};
  const record = f.records[0]!;
  const evidence = `_dmarc.${d} TXT "${record}"`;
  const policy = String(p.p ?? '').toLowerCase();
  const data = { domain: d, record, policy: policy || '(none)' };
  if (!['none', 'quarantine', 'reject'].includes(policy)) return [{ messageId: 'invalid', data, location: l, evidence }];
  const out: ReportInput[] = [];
  if (policy === 'none') out.push({ messageId: 'monitor-only', status: 'warn', severity: 'medium', data, location: l, evidence });
  const pct = p.pct === undefined ? 100 : Number(p.pct);
  if (policy !== 'none' && pct < 100) out.push({ messageId: 'partial', status: 'warn', severity: 'low', data: { ...data, pct }, location: l, evidence });
  const sp = String(p.sp ?? '').toLowerCase();
  if (policy !== 'none' && sp === 'none') out.push({ messageId: 'subdomains-open', status: 'warn', severity: 'medium', data, location: l, evidence });
  if (!p.rua) out.push({ messageId: 'no-rua', status: 'warn', severity: 'low', data, location: l, evidence });
  // RFC 7489 §7.1: receivers send reports to another organisational domain only when it publishes
  // <domain>._report._dmarc.<report domain> (dmarcian: "external destination not verified"); otherwise they are dropped
  for (const x of f.externalReports ?? []) {
    if (x.authorized === true) continue;
    // the resolver could not answer for the vendor's name: not verified either way (a note, like dns/dangling-cname's
    // unverified), never a pass
    if (x.authorized === 'unknown') {
      out.push({ messageId: 'rua-unverified', status: 'warn', severity: 'info', data: { ...data, tag: x.tag, uri: x.uri, reportDomain: x.reportDomain, authName: x.authName }, location: l, evidence: `${evidence}\nTXT ${x.authName}: no answer` });
      continue;
    }
    out.push({ messageId: 'rua-unauthorized', status: 'warn', severity: 'low', data: { ...data, tag: x.tag, uri: x.uri, reportDomain: x.reportDomain, authName: x.authName }, location: l, evidence: `${evidence}\nTXT ${x.authName}: none` });
  }
  // DMARC passes only through an aligned SPF or DKIM pass; enforcing with neither in place rejects your own mail
  if (auth && t.sending && policy !== 'none' && !auth.spf && !auth.dkim) out.push({ messageId: 'unalignable', data, location: l, evidence });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { ...data, pct }, location: l, evidence });
  return out;
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/dmarc',
  title: 'DMARC policy enforced',
  problem: 'DMARC policy missing or not enforcing',
  titles: { missing: 'DMARC policy missing for {{domain}}' },
  area: 'email',
  mode: 'active',
  description: 'One DMARC record with p=quarantine or reject at pct=100, aggregate reports (rua), and SPF or DKIM in place to align with.',
  severity: 'high',
  cwe: 'CWE-290',
  messages: {
    ok: '{{domain}}: DMARC p={{policy}} at {{pct}}%.',
    missing: '{{domain}} has no DMARC record: anyone can send mail as your domain, and Gmail/Yahoo (since 2024) throttle or spam bulk mail from domains without one.',
    multiple: '{{domain}} has {{count}} DMARC records: receivers ignore all of them.',
    invalid: '{{domain}}: DMARC "{{record}}" has no valid p= tag; it is ignored.',
    'monitor-only': '{{domain}}: DMARC p=none only monitors: spoofed mail in your name is still delivered. Move to quarantine, then reject.',
    partial: '{{domain}}: DMARC applies to only {{pct}}% of failing mail.',
    'subdomains-open': '{{domain}}: DMARC sp=none leaves every subdomain spoofable.',
    'no-rua': '{{domain}}: DMARC has no rua= address: you never learn who sends as you, or that your own mail fails.',
    'rua-unauthorized': '{{domain}}: DMARC {{tag}} sends reports to {{reportDomain}}, which has not authorised them (no TXT {{authName}} "v=DMARC1", RFC 7489 §7.1): receivers drop those reports.',
    'rua-unverified': '{{domain}}: DMARC {{tag}} sends reports to {{reportDomain}}; its authorisation (TXT {{authName}}) could not be read from this resolver, so check it is published.',
    unalignable: '{{domain}}: DMARC p={{policy}} is enforced but the domain has neither a valid SPF record nor a DKIM key: your own mail will be rejected.',
    'resolver-error': 'DMARC of {{domain}} could not be read ({{error}}).',
  },
  remediation: 'Publish TXT _dmarc.<domain> "v=DMARC1; p=quarantine; rua=mailto:dmarc@<domain>" and, after a few weeks of clean reports, p=reject. Route 53/Cloudflare: TXT record named _dmarc.',
  async run(ctx) {
    const [f, spf, dkim] = await Promise.all([dmarcFacts(ctx), spfFacts(ctx), dkimFacts(ctx)]);
    const auth = { spf: spf.records.length === 1 && !spf.syntaxErrors.length, dkim: dkim.keys.some((k) => !k.revoked && !k.error) };
    for (const r of judgeDmarc(ctx.target, f, auth)) ctx.report(r);
  },
});
