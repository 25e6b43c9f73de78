import { defineCheck, type ReportInput } from '../../core/check.js';
import { hostEvidence, loc, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

/**
 * Pages a hosting provider shows for a name that points at it but that no account has claimed (fingerprints from
 * EdOverflow's can-i-take-over-xyz). Seeing one on your own host means anyone can claim it: subdomain takeover,
 * even when the CNAME target still resolves (GitHub Pages, Heroku, S3 answer for deleted sites too).
 */
export const UNCLAIMED: { provider: string; re: RegExp }[] = [
  { provider: 'GitHub Pages', re: /There isn't a GitHub Pages site here/i },
  { provider: 'Heroku', re: /no-such-app\.html|<title>No such app<\/title>/i },
  { provider: 'AWS S3', re: /<Code>NoSuchBucket<\/Code>|The specified bucket does not exist/i },
  { provider: 'Vercel', re: /DEPLOYMENT_NOT_FOUND|The deployment could not be found on Vercel/i },
  { provider: 'Azure', re: /404 Web Site not found/i },
  { provider: 'Shopify', re: /Sorry, this shop is currently unavailable/i },
  { provider: 'Surge', re: /project not found[\s\S]{0,200}surge/i },
  { provider: 'Bitbucket', re: /Repository not found[\s\S]{0,200}bitbucket/i },
  { provider: 'Fastly', re: /Fastly error: unknown domain/i },
  { provider: 'Pantheon', re: /The gods are wise, but do not know of the site which you seek/i },
  { provider: 'Tumblr', re: /Whatever you were looking for doesn't currently exist at this address/i },
  { provider: 'Zendesk', re: /Help Center Closed/i },
  { provider: 'Help Scout', re: /No settings were found for this company:/i },
  { provider: 'ReadMe', re: /Project doesnt exist\.\.\. yet!/i },
  { provider: 'Ghost', re: /The thing you were looking for is no longer here, or never was/i },
];

export function judgeTakeover(ev: HostEvidence): ReportInput[] {
  const t = ev.target;
  const seen = [ev.main, ev.https?.final, ev.http?.final].filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (!seen.length) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: ev.error ?? 'no response' }, location: loc(t) }];
  for (const r of seen) {
    const body = r.body.slice(0, 65_536);
    const hit = UNCLAIMED.find((u) => u.re.test(body));
    if (hit) return [{ messageId: 'unclaimed', data: { host: t.host, provider: hit.provider, status: r.status }, location: loc(t, r.url), evidence: body.match(hit.re)?.[0] ?? '' }];
  }
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host }, location: loc(t) }];
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'edge/takeover',
  title: 'No unclaimed hosting-provider page (subdomain takeover)',
  problem: 'Unclaimed hosting-provider page: a subdomain can be taken over',
  area: 'edge',
  mode: 'passive',
  description: "The host does not answer with a provider's \"no site here\" page (GitHub Pages, Heroku, S3, Vercel, Azure, Shopify, ...).",
  severity: 'critical',
  cwe: 'CWE-350',
  messages: {
    ok: '{{host}} shows no unclaimed-provider page.',
    unclaimed: '{{host}} answers with the {{provider}} "nothing here" page (HTTP {{status}}): the name points at {{provider}} but no account owns it, so anyone can claim it and serve pages, phish and read cookies on your domain.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Today: delete the DNS record that points at the provider (Route 53 / Cloudflare: DNS → Records), or re-create the resource under your account. Remove DNS records before deprovisioning cloud resources.',
  async run(ctx) {
    for (const r of judgeTakeover(await hostEvidence(ctx))) ctx.report(r);
  },
});
