import { defineCheck, type ReportInput } from '../../core/check.js';
import { nameFacts, type DnsProbes, type DnsTarget, type NameFacts } from './evidence.js';

// Under 60 s every visit pays a DNS round trip and some resolvers clamp it anyway; over a day a launch-day
// fix (new IP, failover) takes a day to reach everyone.
const MIN = 60;
const MAX = 86_400;

export function judgeTtl(t: DnsTarget, f: NameFacts): ReportInput[] {
  const l = { host: t.name, record: `A ${t.name}` };
  const ttl = f.a.ttl ?? f.aaaa.ttl;
  if (ttl === undefined) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { name: t.name, reason: 'no A/AAAA answer with a TTL' }, location: l }];
  if (ttl < MIN) return [{ messageId: 'low', status: 'warn', severity: 'info', data: { name: t.name, ttl }, location: l }];
  if (ttl > MAX) return [{ messageId: 'high', status: 'warn', severity: 'low', data: { name: t.name, ttl }, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { name: t.name, ttl }, location: l }];
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/ttl',
  title: 'DNS TTLs are in a sane range',
  problem: 'DNS TTL too low or too high',
  area: 'dns',
  mode: 'active',
  description: 'A/AAAA TTLs are between 60 s and one day.',
  severity: 'low',
  messages: {
    ok: '{{name}}: TTL {{ttl}} s.',
    low: '{{name}}: TTL {{ttl}} s is very low: extra latency on every first visit and more load on resolvers.',
    high: '{{name}}: TTL {{ttl}} s is over a day: moving hosts or failing over on launch day takes a day to reach everyone.',
    skipped: '{{name}}: not checked ({{reason}}).',
  },
  remediation: 'Use 300–3600 s for web hosts (lower it a day before a planned migration). Cloudflare proxied records use "Auto" (300 s).',
  async run(ctx) {
    for (const r of judgeTtl(ctx.target, await nameFacts(ctx, ctx.target.name))) ctx.report(r);
  },
});
