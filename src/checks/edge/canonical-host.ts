import { defineCheck, type ReportInput } from '../../core/check.js';
import { fixText } from './providers.js';
import { hostEvidence, SKIPPED_MESSAGE, type EdgeProbes, type EdgeTarget, type HostEvidence } from './evidence.js';

export interface CanonicalTarget {
  apex: string;
  /** configured canonical host, if any */
  canonical?: string;
  apexTarget?: EdgeTarget;
  wwwTarget?: EdgeTarget;
}

function hostOfUrl(u: string | undefined): string {
  try {
    return u ? new URL(u).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** apex vs www: exactly one answers; the other reaches it in one hop (after its own http→https hop). */
export function judgeCanonical(apexEv: HostEvidence | undefined, wwwEv: HostEvidence | undefined, configured?: string): ReportInput[] {
  if (!apexEv || !wwwEv) {
    const h = (apexEv ?? wwwEv)?.target.host ?? '';
    return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: h, reason: 'audit both the apex and www. to judge the canonical host' }, location: { host: h } }];
  }
  const apex = apexEv.target.host;
  const www = wwwEv.target.host;
  if (apexEv.target.plainLocal || wwwEv.target.plainLocal) return [];
  const endA = hostOfUrl(apexEv.https?.final?.url ?? apexEv.https?.hops.at(-1)?.url);
  const endW = hostOfUrl(wwwEv.https?.final?.url ?? wwwEv.https?.hops.at(-1)?.url);
  if (!endA && !endW) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: apex, reason: 'neither apex nor www answered over https' }, location: { host: apex } }];
  const canonical = configured?.toLowerCase() ?? (endA === www ? www : endW === apex ? apex : endA || endW);
  const out: ReportInput[] = [];
  const other = canonical === apex ? wwwEv : apexEv;
  const canonEv = canonical === apex ? apexEv : wwwEv;
  const o = other.target.host;
  const data = { host: o, canonical };
  const end = hostOfUrl(other.https?.final?.url);
  if (other.https?.final && end === o) out.push({ messageId: 'both-answer', data, location: { host: o, url: other.https.start } });
  else if (other.https?.final && end !== canonical) out.push({ messageId: 'wrong-target', data: { ...data, end }, location: { host: o, url: other.https.start } });
  else if (other.https && other.https.hops.length - 1 > 1) out.push({ messageId: 'too-many-hops', status: 'warn', severity: 'low', data: { ...data, hops: other.https.hops.length - 1 }, location: { host: o, url: other.https.start } });
  const firstHttp = other.http?.hops[0]?.location;
  if (firstHttp && hostOfUrl(firstHttp) !== o && firstHttp.startsWith('https://')) {
    out.push({ messageId: 'hsts-skipped', status: 'warn', severity: 'low', data, location: { host: o, url: other.http!.start } });
  }
  const canonEnd = hostOfUrl(canonEv.https?.final?.url);
  if (canonEv.https?.final && canonEnd && canonEnd !== canonical) out.push({ messageId: 'canonical-redirects', data: { host: canonical, end: canonEnd }, location: { host: canonical } });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data, location: { host: o } });
  return out;
}

export default defineCheck<CanonicalTarget, EdgeProbes>({
  id: 'edge/canonical-host',
  title: 'One canonical host (apex vs www)',
  problem: 'Apex and www not redirected to one canonical host',
  titles: { 'both-answer': 'Apex and www both serve the site ({{host}} not redirected to {{canonical}})' },
  area: 'edge',
  mode: 'active',
  description: 'Of the apex and www., exactly one serves the site; the other redirects to it in one hop (after its own http→https hop).',
  severity: 'medium',
  messages: {
    ok: '{{host}} redirects to the canonical host {{canonical}} in one hop.',
    'both-answer': '{{host}} and {{canonical}} both serve the site: logins and cookies split between two hosts (users appear logged out), and search engines index duplicate pages.',
    'wrong-target': '{{host}} ends on {{end}} instead of the canonical host {{canonical}}.',
    'too-many-hops': '{{host}} needs {{hops}} redirects over https to reach {{canonical}}; one is enough (each hop adds a round trip to every first visit).',
    'hsts-skipped': 'http://{{host}}/ redirects straight to {{canonical}} on another host, so {{host}} never gets its own HSTS header (HSTS preload requires http→https on the same host first).',
    'canonical-redirects': 'The canonical host {{host}} itself redirects to {{end}}; pick one canonical host.',
    skipped: SKIPPED_MESSAGE,
  },
  remediation: fixText({
    generic: 'Pick one canonical host. Redirect http://other → https://other (same host, with HSTS), then https://other → https://canonical with a 301/308.',
    Cloudflare: 'Rules → Redirect Rules → "Redirect from root to WWW" (or WWW to root) template, status 301.',
    Vercel: 'Project → Settings → Domains: add both, set the non-canonical one to "Redirect to" the canonical (308).',
    Netlify: 'Domain management: set the primary domain; the other is redirected automatically.',
    'Route 53': 'Route 53 cannot redirect: point the non-canonical name at a CloudFront or S3 website redirect.',
  }),
  async run(ctx) {
    const t = ctx.target;
    const [a, w] = await Promise.all([t.apexTarget ? hostEvidence(ctx, t.apexTarget) : undefined, t.wwwTarget ? hostEvidence(ctx, t.wwwTarget) : undefined]);
    for (const r of judgeCanonical(a, w, t.canonical)) ctx.report(r);
  },
});
