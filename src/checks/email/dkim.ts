import { defineCheck, type ReportInput } from '../../core/check.js';
import { dkimFacts, type DkimKey, type EmailProbes, type EmailTarget } from './evidence.js';

// RFC 8301 §3.2: verifiers must not accept RSA keys under 1024 bits; 2048 is the current recommendation (M3AAWG).
export function judgeDkim(t: EmailTarget, f: { tried: string[]; keys: DkimKey[]; errors: string[] }): ReportInput[] {
  const d = t.domain;
  if (!t.sending) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { domain: d, reason: 'email.sending is false' }, location: { host: d } }];
  const out: ReportInput[] = [];
  for (const sel of t.dkimSelectors) {
    if (!f.keys.some((k) => k.selector === sel)) out.push({ messageId: 'selector-missing', data: { domain: d, selector: sel }, location: { host: d, record: `TXT ${sel}._domainkey.${d}` } });
  }
  for (const k of f.keys) {
    const l = { host: d, record: `TXT ${k.selector}._domainkey.${d}` };
    const data = { domain: d, selector: k.selector, bits: k.bits ?? 0, keyType: k.keyType };
    if (k.revoked) out.push({ messageId: 'revoked', status: 'pass', severity: 'info', data, location: l });
    else if (k.error) out.push({ messageId: 'invalid', data: { ...data, error: k.error }, location: l });
    else if (k.keyType === 'rsa' && (k.bits ?? 0) < 1024) out.push({ messageId: 'weak', data, location: l });
    else if (k.keyType === 'rsa' && (k.bits ?? 0) < 2048) out.push({ messageId: 'short', status: 'warn', severity: 'low', data, location: l });
    else out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: l });
  }
  if (!f.keys.length && !t.dkimSelectors.length) {
    if (f.errors.length) return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: f.errors.join('; ') }, location: { host: d } }];
    // selectors cannot be listed from DNS, so "not found" is a strong hint, not proof: low, with the way to be sure
    out.push({ messageId: 'not-found', status: 'warn', severity: 'low', data: { domain: d, tried: f.tried.length }, location: { host: d, record: `TXT *._domainkey.${d}` } });
  }
  return out;
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/dkim',
  title: 'DKIM keys published and strong',
  problem: 'DKIM key missing, revoked or weak',
  titles: { 'selector-missing': 'DKIM key missing for selector {{selector}} of {{domain}}' },
  area: 'email',
  mode: 'active',
  description: 'A DKIM key is published at the configured selectors (common selectors are tried too) with RSA ≥ 2048 bits (fail under 1024).',
  severity: 'high',
  cwe: 'CWE-347',
  messages: {
    ok: '{{domain}}: DKIM selector {{selector}} publishes a {{keyType}} key of {{bits}} bits.',
    revoked: '{{domain}}: DKIM selector {{selector}} is revoked (empty p=).',
    invalid: '{{domain}}: DKIM selector {{selector}} is unusable: {{error}}. Mail signed with it fails DKIM.',
    weak: '{{domain}}: DKIM selector {{selector}} has a {{bits}}-bit RSA key: receivers (Gmail, Outlook) treat the signature as invalid, and such keys can be factored.',
    short: '{{domain}}: DKIM selector {{selector}} has a {{bits}}-bit RSA key; use 2048.',
    'selector-missing': '{{domain}}: the configured DKIM selector {{selector}} has no key: mail signed with it fails DKIM and DMARC, and lands in spam.',
    'not-found': '{{domain}}: no DKIM key at {{tried}} common selectors: without DKIM, DMARC depends on SPF alone and forwarded mail fails. Name your selector (email.dkimSelectors, or --dkim-selector) if it is unusual.',
    'resolver-error': 'DKIM of {{domain}} could not be read ({{error}}).',
    skipped: '{{domain}}: not checked ({{reason}}).',
  },
  remediation: 'Turn on DKIM signing at your mail provider (Google Workspace: Admin → Apps → Gmail → Authenticate email; Microsoft 365: Defender → DKIM) with a 2048-bit key and publish the TXT/CNAME it gives you (Cloudflare/Route 53: record <selector>._domainkey).',
  async run(ctx) {
    for (const r of judgeDkim(ctx.target, await dkimFacts(ctx))) ctx.report(r);
  },
});
