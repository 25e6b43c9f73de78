/**
 * CDN / edge provider detection from response headers, and provider-specific fix wording. Header names are
 * the ones each vendor documents (Cloudflare cf-ray/cf-cache-status, Fastly x-served-by/x-cache, CloudFront
 * x-amz-cf-id, Akamai x-akamai-*, Vercel x-vercel-id/x-vercel-cache, Netlify x-nf-request-id).
 */

export type ProviderName = 'Cloudflare' | 'Fastly' | 'CloudFront' | 'Akamai' | 'Vercel' | 'Netlify';

export interface CdnInfo {
  name: ProviderName;
  /** the header that gave it away */
  evidence: string;
  /** HIT / MISS / DYNAMIC / BYPASS ... where the provider says */
  cacheStatus?: string;
}

export function detectCdn(headers: Record<string, string>): CdnInfo[] {
  const h = (k: string) => headers[k];
  const server = (h('server') ?? '').toLowerCase();
  const via = (h('via') ?? '').toLowerCase();
  const out: CdnInfo[] = [];
  const add = (name: ProviderName, evidence: string, cacheStatus?: string) => {
    if (out.some((o) => o.name === name)) return;
    out.push(cacheStatus ? { name, evidence, cacheStatus } : { name, evidence });
  };
  if (h('cf-ray') || server === 'cloudflare') add('Cloudflare', h('cf-ray') ? 'cf-ray' : 'server: cloudflare', h('cf-cache-status'));
  if (h('x-vercel-id') || server === 'vercel') add('Vercel', h('x-vercel-id') ? 'x-vercel-id' : 'server: Vercel', h('x-vercel-cache'));
  if (h('x-nf-request-id') || server === 'netlify') add('Netlify', h('x-nf-request-id') ? 'x-nf-request-id' : 'server: Netlify', h('cache-status'));
  if (h('x-amz-cf-id') || via.includes('cloudfront')) add('CloudFront', h('x-amz-cf-id') ? 'x-amz-cf-id' : 'via: CloudFront', h('x-cache')?.split(' ')[0]);
  if (h('x-fastly-request-id') || (h('x-served-by')?.startsWith('cache-') ?? false) || via.includes('varnish')) add('Fastly', h('x-fastly-request-id') ? 'x-fastly-request-id' : 'x-served-by', h('x-cache')?.split(',').pop()?.trim());
  if (server.startsWith('akamaighost') || Object.keys(headers).some((k) => k.startsWith('x-akamai'))) add('Akamai', server.startsWith('akamaighost') ? 'server: AkamaiGHost' : 'x-akamai-*', h('x-cache')?.split(' ')[0]);
  return out;
}

/** Did a shared cache answer this response from storage? */
export function servedFromCache(headers: Record<string, string>): string | undefined {
  for (const k of ['cf-cache-status', 'x-vercel-cache', 'x-cache', 'cache-status', 'x-cache-status']) {
    const v = headers[k];
    if (v && /\bhit\b/i.test(v) && !/\bmiss\b/i.test(v.split(',').pop() ?? '')) return `${k}: ${v}`;
  }
  const age = Number(headers.age);
  if (Number.isFinite(age) && age > 0) return `age: ${headers.age}`;
  return undefined;
}

export interface FixWording {
  generic: string;
  Cloudflare?: string;
  Vercel?: string;
  Netlify?: string;
  'Route 53'?: string;
  CloudFront?: string;
  Fastly?: string;
}

/** One remediation text: the generic fix, then each provider's wording where it differs. */
export function fixText(w: FixWording): string {
  const parts = [w.generic];
  for (const k of ['Cloudflare', 'Vercel', 'Netlify', 'Route 53', 'CloudFront', 'Fastly'] as const) if (w[k]) parts.push(`${k}: ${w[k]}`);
  return parts.join(' ');
}
