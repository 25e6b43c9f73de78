import { getDomain } from 'tldts';

/**
 * The registrable domain (RFC 7489's organizational domain) from the Public Suffix List via tldts, private section
 * included: `my-app.vercel.app` is its own domain, not Vercel's, so `edge` never audits a platform's email records
 * as yours; `a.b.example.co.uk` → `example.co.uk`. Names outside the list (`.test` beds) keep their last two
 * labels; an IP address or a single label comes back as it is.
 */
export function apexOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}
