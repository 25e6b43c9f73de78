import { defineCheck, type ReportInput } from '../../core/check.js';
import { cnameFacts, nameFacts, type CnameFacts, type DnsProbes, type DnsTarget } from './evidence.js';

/**
 * Providers where a CNAME left behind after deleting the resource lets anyone claim the name
 * (can-i-take-over-xyz, EdOverflow; patterns are the CNAME target suffixes those services use).
 */
export const TAKEOVER_PRONE: { suffix: string; provider: string }[] = [
  { suffix: '.herokuapp.com', provider: 'Heroku' },
  { suffix: '.herokudns.com', provider: 'Heroku' },
  { suffix: '.s3.amazonaws.com', provider: 'AWS S3' },
  { suffix: '.s3-website', provider: 'AWS S3 website' },
  { suffix: '.elasticbeanstalk.com', provider: 'AWS Elastic Beanstalk' },
  { suffix: '.cloudfront.net', provider: 'AWS CloudFront' },
  { suffix: '.azurewebsites.net', provider: 'Azure App Service' },
  { suffix: '.cloudapp.net', provider: 'Azure' },
  { suffix: '.cloudapp.azure.com', provider: 'Azure' },
  { suffix: '.trafficmanager.net', provider: 'Azure Traffic Manager' },
  { suffix: '.blob.core.windows.net', provider: 'Azure Blob Storage' },
  { suffix: '.azureedge.net', provider: 'Azure CDN' },
  { suffix: '.github.io', provider: 'GitHub Pages' },
  { suffix: '.gitlab.io', provider: 'GitLab Pages' },
  { suffix: '.netlify.app', provider: 'Netlify' },
  { suffix: '.netlify.com', provider: 'Netlify' },
  { suffix: '.vercel.app', provider: 'Vercel' },
  { suffix: '.now.sh', provider: 'Vercel' },
  { suffix: '.surge.sh', provider: 'Surge' },
  { suffix: '.bitbucket.io', provider: 'Bitbucket' },
  { suffix: '.ghost.io', provider: 'Ghost' },
  { suffix: '.myshopify.com', provider: 'Shopify' },
  { suffix: '.pantheonsite.io', provider: 'Pantheon' },
  { suffix: '.wpengine.com', provider: 'WP Engine' },
  { suffix: '.zendesk.com', provider: 'Zendesk' },
  { suffix: '.readme.io', provider: 'ReadMe' },
  { suffix: '.helpscoutdocs.com', provider: 'Help Scout' },
  { suffix: '.unbouncepages.com', provider: 'Unbounce' },
  { suffix: '.fly.dev', provider: 'Fly.io' },
  { suffix: '.onrender.com', provider: 'Render' },
  { suffix: '.webflow.io', provider: 'Webflow' },
];

export function providerOf(target: string): string | undefined {
  const t = `.${target.toLowerCase().replace(/\.$/, '')}`;
  return TAKEOVER_PRONE.find((p) => t.endsWith(p.suffix) || t.includes(`${p.suffix}.`))?.provider;
}

export function judgeDangling(t: DnsTarget, f: CnameFacts): ReportInput[] {
  const target = f.cname.ok ? f.cname.records[0] : undefined;
  const l = { host: t.name, record: `CNAME ${t.name}` };
  if (!target) {
    if (!f.cname.ok && f.cname.error && !['NXDOMAIN', 'NODATA'].includes(f.cname.error)) return [{ messageId: 'resolver-error', status: 'error', data: { name: t.name, record: 'CNAME', error: f.cname.error }, location: l }];
    return [{ messageId: 'no-cname', status: 'pass', severity: 'info', data: { name: t.name }, location: l }];
  }
  const provider = providerOf(target);
  const data = { name: t.name, target, provider: provider ?? 'unknown provider' };
  const ta = f.targetA;
  const t6 = f.targetAAAA;
  const nx = ta?.error === 'NXDOMAIN' && (t6?.error === 'NXDOMAIN' || !t6?.ok);
  if (nx) return [{ messageId: provider ? 'takeover' : 'dangling', severity: provider ? 'critical' : 'high', data, location: l, evidence: `${t.name} CNAME ${target}; ${target}: NXDOMAIN` }];
  // An authoritative-only or offline resolver answers REFUSED/SERVFAIL (or nothing) for the provider's name: we
  // cannot tell a live resource from a deleted one, and at a takeover-prone provider that is worth a look.
  if (provider && ta && !ta.ok && ['REFUSED', 'SERVFAIL', 'TIMEOUT'].includes(ta.error ?? '')) return [{ messageId: 'unverified', status: 'warn', severity: 'medium', data: { ...data, error: ta.error! }, location: l, evidence: `${t.name} CNAME ${target}; A ${target}: ${ta.error}` }];
  if (ta && !ta.ok && ta.error !== 'NODATA' && ta.error !== 'NXDOMAIN') return [{ messageId: 'resolver-error', status: 'error', data: { name: target, record: 'A', error: ta.error ?? 'ERROR' }, location: l }];
  // resolving is not proof the resource is yours (GitHub Pages, Heroku answer for deleted sites too): a reminder
  if (provider) return [{ messageId: 'provider', status: 'warn', severity: 'low', data, location: l }];
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data, location: l }];
}

// A label no zone would have: when it has a CNAME, the zone has a wildcard, and swept names that merely inherit
// it say nothing about forgotten records.
const WILDCARD_PROBE = 'launchready-wildcard-probe';

/** The sweep of usual labels: only names that have a CNAME are reported (apart from wildcard copies). */
export function judgeSweep(t: DnsTarget, swept: CnameFacts[], wildcard?: CnameFacts): ReportInput[] {
  const wild = wildcard?.cname.ok ? wildcard.cname.records[0]?.toLowerCase() : undefined;
  const out: ReportInput[] = [];
  for (const f of swept) {
    const target = f.cname.ok ? f.cname.records[0] : undefined;
    if (!target || (wild && target.toLowerCase() === wild)) continue;
    out.push(...judgeDangling({ name: f.name, apex: t.apex, audited: false }, f));
  }
  // a resolver that failed on some names must not turn into a silent pass for them
  const failed = swept.filter((f) => !f.cname.ok && f.cname.error && !['NXDOMAIN', 'NODATA'].includes(f.cname.error));
  if (failed.length) out.push({ messageId: 'resolver-error', status: 'error', data: { name: failed.map((f) => f.name).slice(0, 5).join(', ') + (failed.length > 5 ? ` and ${failed.length - 5} more` : ''), record: 'CNAME', error: failed[0]!.cname.error! }, location: { host: t.apex, record: `CNAME *.${t.apex}` } });
  if (!out.length) out.push({ messageId: 'sweep-clean', status: 'pass', severity: 'info', data: { apex: t.apex, count: swept.length }, location: { host: t.apex, record: `CNAME *.${t.apex}` } });
  return out;
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/dangling-cname',
  title: 'No dangling CNAME (subdomain takeover)',
  problem: 'Dangling CNAME: a subdomain can be taken over',
  titles: { takeover: 'Dangling CNAME: {{name}} points at an unclaimed {{provider}} resource' },
  area: 'dns',
  mode: 'active',
  description: 'CNAMEs of the apex, www, app, api, admin, audited hosts and ~60 usual subdomains (blog, status, docs, shop, ...) point at names that exist; targets at takeover-prone providers are flagged when they do not.',
  severity: 'high',
  cwe: 'CWE-350',
  messages: {
    ok: '{{name}} CNAME {{target}} resolves.',
    'no-cname': '{{name}} has no CNAME.',
    provider: '{{name}} CNAME {{target}} ({{provider}}) resolves; remove the record before you delete that {{provider}} resource, or someone else can claim the name.',
    dangling: '{{name}} CNAME {{target}} points at a name that does not exist (NXDOMAIN): if anyone can register {{target}}, they serve content (and phish, set cookies) on your domain.',
    takeover: '{{name}} CNAME {{target}} ({{provider}}) does not exist any more: anyone can create that {{provider}} resource and take over {{name}} — serve pages, read cookies scoped to your domain.',
    'resolver-error': '{{record}} {{name}} could not be resolved ({{error}}); takeover not judged.',
    unverified: '{{name}} CNAME {{target}} ({{provider}}): the target could not be resolved ({{error}}), so whether that {{provider}} resource still exists is unknown; if it was deleted, anyone can claim it and take over {{name}}.',
    'sweep-clean': '{{count}} usual subdomains of {{apex}} (blog, status, docs, shop, staging, ...) have no CNAME.',
  },
  remediation: 'Delete the CNAME (Route 53: hosted zone → record → Delete; Cloudflare: DNS → Records) or re-create the resource it points to, today. Remove DNS records before deprovisioning cloud resources.',
  async run(ctx) {
    const t = ctx.target;
    if (t.sweep) {
      const [wildcard, ...swept] = await Promise.all([cnameFacts(ctx, `${WILDCARD_PROBE}.${t.apex}`), ...t.sweep.map((l) => cnameFacts(ctx, `${l}.${t.apex}`))]);
      for (const r of judgeSweep(t, swept, wildcard)) ctx.report(r);
      return;
    }
    for (const r of judgeDangling(t, await nameFacts(ctx, t.name))) ctx.report(r);
  },
});
