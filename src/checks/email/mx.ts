import { defineCheck, type ReportInput } from '../../core/check.js';
import { mxFacts, type EmailProbes, type EmailTarget, type MxFacts } from './evidence.js';

export function judgeMx(t: EmailTarget, f: MxFacts): ReportInput[] {
  const d = t.domain;
  const l = { host: d, record: `MX ${d}` };
  if (f.error) return [{ messageId: 'resolver-error', status: 'error', data: { domain: d, error: f.error }, location: l }];
  const nullMx = f.mx.length === 1 && (f.mx[0]!.exchange === '' || f.mx[0]!.exchange === '.');
  if (!f.mx.length) {
    if (!t.receiving && !t.sending) return [{ messageId: 'ok-none', status: 'pass', severity: 'info', data: { domain: d }, location: l }];
    return [{ messageId: 'missing', severity: 'medium', data: { domain: d }, location: l }];
  }
  if (nullMx) {
    // a null MX is a deliberate statement (RFC 7505); with receiving: true it contradicts the config, but the
    // domain may simply be send-only, so this is a warning
    if (t.receiving) return [{ messageId: 'null-mx', status: 'warn', severity: 'low', data: { domain: d }, location: l }];
    return [{ messageId: 'ok-null', status: 'pass', severity: 'info', data: { domain: d }, location: l }];
  }
  const out: ReportInput[] = [];
  for (const h of f.hosts) {
    const hl = { host: d, record: `MX ${d} → ${h.exchange}` };
    if (h.error) out.push({ messageId: 'resolver-error', status: 'error', data: { domain: h.exchange, error: h.error }, location: hl });
    else if (!h.resolves) out.push({ messageId: 'host-missing', severity: 'high', data: { domain: d, mx: h.exchange }, location: hl });
    else if (h.cname) out.push({ messageId: 'cname', status: 'warn', severity: 'low', data: { domain: d, mx: h.exchange }, location: hl });
  }
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { domain: d, mx: f.mx.map((m) => `${m.priority} ${m.exchange}`).join(', ') }, location: l });
  return out;
}

export default defineCheck<EmailTarget, EmailProbes>({
  id: 'email/mx',
  title: 'MX records valid',
  problem: 'MX records missing or invalid',
  area: 'email',
  mode: 'active',
  description: 'A sending/receiving domain has MX records whose hosts resolve (RFC 5321 §5), not CNAMEs (RFC 2181 §10.3).',
  severity: 'medium',
  messages: {
    ok: '{{domain}}: MX {{mx}}.',
    'ok-none': '{{domain}} neither sends nor receives mail and has no MX.',
    'ok-null': '{{domain}} publishes a null MX (does not receive mail).',
    missing: '{{domain}} has no MX record: replies to your password-reset and receipt mails bounce, and some receivers reject mail from domains that cannot receive.',
    'null-mx': '{{domain}} publishes a null MX ("0 .") but is configured to receive mail: all inbound mail bounces.',
    'host-missing': '{{domain}}: MX host {{mx}} does not resolve: inbound mail to it bounces.',
    cname: '{{domain}}: MX host {{mx}} is a CNAME (RFC 2181 §10.3 forbids it); some senders refuse to deliver.',
    'resolver-error': 'MX of {{domain}} could not be read ({{error}}).',
  },
  remediation: 'Publish the MX records your mail provider gives you (Google Workspace: smtp.google.com priority 1; Microsoft 365: <domain>.mail.protection.outlook.com). A domain that never receives mail: MX "0 ." (null MX, RFC 7505).',
  async run(ctx) {
    for (const r of judgeMx(ctx.target, await mxFacts(ctx))) ctx.report(r);
  },
});
