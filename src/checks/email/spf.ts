import { defineCheck, type ReportInput } from '../../core/check.js';
import { spfFacts, type EmailProbes, type EmailTarget, type SpfFacts } from './evidence.js';

export function judgeSpf(t: EmailTarget, f: SpfFacts): ReportInput[] {
  const d = t.domain;
  const l = { host: d, record: `TXT ${d}` };
  if (f.error) return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: f.error }, location: l }];
  if (!f.records.length) return [{ messageId: 'missing', severity: t.sending ? 'high' : 'medium', data: { domain: d }, location: l }];
  if (f.records.length > 1) {
    const out: ReportInput[] = [{ messageId: 'multiple', data: { domain: d, count: f.records.length }, location: l, evidence: f.records.join('\n') }];
    // merging the records is the fix, and the merged record keeps each one's problems: judge them one by one
    // (as dmarcian's SPF surveyor shows every record), and their lookups together (a merge sums them)
    const each = (f.perRecord ?? []).flatMap((r) => judgeSpf(t, r)).filter((r) => r.messageId !== 'ok' && r.messageId !== 'permerror' && r.messageId !== 'no-all');
    for (const r of each) if (!out.some((o) => o.messageId === r.messageId)) out.push(r);
    const total = (f.perRecord ?? []).reduce((n, r) => n + r.lookups, 0);
    if (total > 10 && !out.some((o) => o.messageId === 'too-many-lookups')) {
      out.push({ messageId: 'too-many-lookups', data: { domain: d, record: f.records.join(' + '), lookups: total }, location: l, evidence: `${f.records.join('\n')}\nDNS lookups once merged: ${total}` });
    }
    return out;
  }
  const evidence = `${d} TXT "${f.records[0]}"\nDNS lookups: ${f.lookups}, void lookups: ${f.voidLookups}${f.mailauth ? `\nmailauth (192.0.2.1): ${f.mailauth.result}${f.mailauth.comment ? ` (${f.mailauth.comment})` : ''}` : ''}`;
  const out: ReportInput[] = [];
  const data = { domain: d, record: f.records[0]! };
  if (f.syntaxErrors.length) out.push({ messageId: 'syntax', data: { ...data, terms: f.syntaxErrors.join(', ') }, location: l, evidence });
  if (f.all === '+') out.push({ messageId: 'plus-all', severity: 'critical', data, location: l, evidence });
  else if (f.all === '?') out.push({ messageId: 'neutral-all', severity: 'medium', data, location: l, evidence });
  else if (f.all === undefined && !f.mailauth?.result.match(/^(fail|softfail)$/)) out.push({ messageId: 'no-all', status: 'warn', severity: 'medium', data, location: l, evidence });
  // RFC 7208 §4.6.4: more than 10 DNS-querying terms is a permerror; receivers then ignore SPF entirely
  if (f.lookups > 10) out.push({ messageId: 'too-many-lookups', data: { ...data, lookups: f.lookups }, location: l, evidence });
  if (f.voidLookups > 2) out.push({ messageId: 'void-lookups', severity: 'medium', data: { ...data, voids: f.voidLookups }, location: l, evidence });
  if (f.brokenIncludes.length) out.push({ messageId: 'broken-include', data: { ...data, includes: f.brokenIncludes.join(', ') }, location: l, evidence });
  // the resolver could not answer for some includes: say so (status error), never call them broken or pass them
  if (f.tempErrors?.length) out.push({ messageId: 'resolver-error', status: 'error', data: { domain: d, error: `no answer for include/redirect ${f.tempErrors.join(', ')}` }, location: l, evidence });
  if (f.ptr) out.push({ messageId: 'ptr', status: 'warn', severity: 'low', data, location: l, evidence });
  if (!out.length && f.mailauth?.result === 'permerror' && !f.tempErrors?.length) out.push({ messageId: 'permerror', data: { ...data, comment: f.mailauth.comment ?? '' }, location: l, evidence });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { ...data, lookups: f.lookups }, location: l, evidence });
  return out;
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/spf',
  title: 'SPF authorises only your senders',
  problem: 'SPF record missing, broken or too permissive',
  titles: { 'plus-all': 'SPF lets anyone send mail as {{domain}}', missing: 'SPF record missing for {{domain}}' },
  area: 'email',
  mode: 'active',
  description: 'One valid v=spf1 record, ending in -all or ~all, within 10 DNS lookups (nested includes counted) and 2 void lookups.',
  severity: 'high',
  cwe: 'CWE-290',
  messages: {
    ok: '{{domain}}: SPF "{{record}}" is valid ({{lookups}} DNS lookups).',
    missing: '{{domain}} has no SPF record: receivers cannot tell your mail servers from a spoofer, so password resets and receipts land in spam.',
    multiple: '{{domain}} has {{count}} SPF records: a permanent error (RFC 7208 §4.5) — receivers treat the domain as having no SPF.',
    syntax: '{{domain}}: SPF "{{record}}" has invalid terms ({{terms}}): receivers return permerror and ignore SPF.',
    'plus-all': '{{domain}}: SPF "{{record}}" ends in +all (or otherwise authorises every IP): anyone on the internet may send as your domain.',
    'neutral-all': '{{domain}}: SPF "{{record}}" ends in ?all: it asserts nothing about strangers, so spoofed mail is not rejected.',
    'no-all': '{{domain}}: SPF "{{record}}" has no "all" term: mail from unlisted servers is "neutral", not failed.',
    'too-many-lookups': '{{domain}}: SPF needs {{lookups}} DNS lookups (limit 10, nested includes counted): receivers return permerror and your legitimate mail fails SPF.',
    'void-lookups': '{{domain}}: SPF causes {{voids}} lookups of names that do not exist (limit 2): permerror at strict receivers.',
    'broken-include': '{{domain}}: SPF include/redirect target(s) {{includes}} have no (single) SPF record: permerror.',
    ptr: '{{domain}}: SPF uses the "ptr" mechanism (RFC 7208 §5.5: do not use); slow and ignored by some receivers.',
    permerror: '{{domain}}: SPF "{{record}}" evaluates to permerror ({{comment}}).',
    'resolver-error': 'SPF of {{domain}} could not be read ({{error}}).',
  },
  remediation: 'Publish exactly one TXT record like "v=spf1 include:_spf.google.com include:<your ESP> -all" (~all while testing). Flatten or drop includes to stay under 10 lookups. Route 53/Cloudflare: one TXT record at the apex; never two v=spf1 records.',
  async run(ctx) {
    for (const r of judgeSpf(ctx.target, await spfFacts(ctx))) ctx.report(r);
  },
});
