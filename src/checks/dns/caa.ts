import { defineCheck, type ReportInput } from '../../core/check.js';
import type { TlsHandshake } from '../../probes/tls.js';
import { RESOLVER_ERROR, resolverError, zoneFacts, type DnsProbes, type DnsTarget, type ZoneFacts } from './evidence.js';

/**
 * The CA behind an issuing certificate's organisation (O) → the issuer domain names that CA accepts in CAA (the
 * "CAA identifiers" each CA declares in its CP/CPS and in CCADB). Only CAs whose name is unambiguous are listed;
 * an issuer not in this table (a private CA, a reseller) is not judged.
 */
const CAA_IDS: [RegExp, string[]][] = [
  // matched anywhere in the issuer's O and CN: "(STAGING) Let's Encrypt", "DigiCert Global G2 TLS RSA SHA256 2020 CA1"
  [/let'?s ?encrypt/i, ['letsencrypt.org']],
  [/google trust services/i, ['pki.goog']],
  [/zerossl/i, ['sectigo.com', 'zerossl.com']],
  [/digicert|geotrust|rapidssl|thawte/i, ['digicert.com', 'symantec.com', 'thawte.com', 'geotrust.com', 'rapidssl.com', 'digitalcertvalidation.com']],
  [/sectigo|comodo|usertrust/i, ['sectigo.com', 'comodoca.com', 'comodo.com', 'usertrust.com', 'trust-provider.com']],
  [/\bamazon\b/i, ['amazon.com', 'amazontrust.com', 'awstrust.com', 'amazonaws.com']],
  [/globalsign/i, ['globalsign.com']],
  [/godaddy|starfield/i, ['godaddy.com', 'starfieldtech.com']],
  [/entrust/i, ['entrust.net', 'affirmtrust.com']],
  [/ssl corporation|\bssl\.com\b/i, ['ssl.com']],
  [/buypass/i, ['buypass.com', 'buypass.no']],
  [/\bcertainly\b/i, ['certainly.com']],
  // Cloudflare's own intermediates ("Cloudflare Inc ECC CA-3") are issued under DigiCert's roots
  [/cloudflare/i, ['digicert.com']],
];

export function caaIdentifiers(issuerName: string | undefined): string[] | undefined {
  if (!issuerName?.trim()) return undefined;
  return CAA_IDS.find(([re]) => re.test(issuerName))?.[1];
}

/** A served certificate, as far as CAA is concerned. */
export interface ServedCert {
  host: string;
  /** the issuer's O and CN, as one string */
  issuerOrg?: string;
  wildcard: boolean;
}

export function servedCert(hs: TlsHandshake): ServedCert | undefined {
  const leaf = hs.ok ? hs.chain[0] : undefined;
  if (!leaf || leaf.selfSigned) return undefined;
  const issuer = [leaf.issuerOrg, leaf.issuer].filter(Boolean).join(' ');
  return { host: hs.host, ...(issuer ? { issuerOrg: issuer } : {}), wildcard: leaf.san.some((n) => n.startsWith('*.')) };
}

/**
 * RFC 8659: CAA tags issue, issuewild, iodef; values of issue are CA domain names. When the CA that issued a served
 * certificate is not among them, that CA refuses the next renewal (§4: a CA must not issue then), and the site goes
 * down when the current certificate expires.
 */
export function judgeCaa(t: DnsTarget, z: ZoneFacts, certs: ServedCert[] = []): ReportInput[] {
  const l = { host: t.apex, record: `CAA ${t.apex}` };
  const err = resolverError(t.apex, 'CAA', z.caa);
  if (err) return [err];
  const recs = z.caa.records;
  if (!recs.length) return [{ messageId: 'missing', status: 'warn', data: { apex: t.apex }, location: l }];
  const unknown = recs.filter((r) => !['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone', 'issuemail', 'issuevmc'].includes(r.tag.toLowerCase()));
  if (unknown.length) return [{ messageId: 'unknown-tag', data: { apex: t.apex, tags: unknown.map((r) => r.tag).join(', ') }, location: l }];
  const issuers = recs.filter((r) => r.tag.toLowerCase() === 'issue').map((r) => r.value || ';');
  if (!issuers.length) return [{ messageId: 'no-issue', status: 'warn', data: { apex: t.apex }, location: l }];
  const evidence = recs.map((r) => `${r.critical} ${r.tag} "${r.value}"`).join('\n');
  const domains = (tag: string) => recs.filter((r) => r.tag.toLowerCase() === tag).map((r) => r.value.split(';')[0]!.trim().toLowerCase());
  const issue = domains('issue');
  const issuewild = domains('issuewild');
  const refused = new Map<string, { hosts: string[]; allowed: string[] }>();
  for (const c of certs) {
    const ids = caaIdentifiers(c.issuerOrg);
    if (!ids) continue;
    // §4.3: issuewild, when present, governs wildcard names; an empty value (";") allows no CA
    const allowed = (c.wildcard && issuewild.length ? issuewild : issue).filter(Boolean);
    if (ids.some((d) => allowed.includes(d))) continue;
    const r = refused.get(c.issuerOrg!) ?? { hosts: [], allowed };
    r.hosts.push(c.host);
    refused.set(c.issuerOrg!, r);
  }
  if (refused.size) {
    return [...refused].map(([ca, r]) => ({
      messageId: 'issuer-not-allowed',
      status: 'warn' as const,
      severity: 'medium' as const,
      data: { apex: t.apex, ca, hosts: r.hosts.join(', '), allowed: r.allowed.join(', ') || '(none)' },
      location: l,
      fingerprintKey: ca,
      evidence: `${evidence}\ncertificates from ${ca}: ${r.hosts.join(', ')}`,
    }));
  }
  return [{ messageId: 'ok', status: 'pass', severity: 'info', data: { apex: t.apex, issuers: issuers.join(', ') }, location: l, evidence: recs.map((r) => `${r.critical} ${r.tag} "${r.value}"`).join('\n') }];
}

export default defineCheck<DnsTarget, DnsProbes>({
  id: 'dns/caa',
  title: 'CAA records restrict certificate issuance',
  problem: 'CAA records missing or too permissive',
  titles: { missing: 'CAA records missing for {{apex}}' },
  area: 'dns',
  mode: 'active',
  description: 'The apex publishes CAA records naming the CAs allowed to issue certificates for the domain, including the CA of the certificates its hosts serve.',
  severity: 'low',
  cwe: 'CWE-295',
  messages: {
    ok: '{{apex}} allows certificates only from: {{issuers}}.',
    missing: '{{apex}} has no CAA record: any of ~100 public CAs may issue a certificate for your domain after a DNS or validation mistake.',
    'no-issue': '{{apex}} has CAA records but no "issue" tag, so any CA may still issue non-wildcard certificates.',
    'unknown-tag': '{{apex}} has CAA records with unknown tags ({{tags}}); check for typos.',
    'issuer-not-allowed': '{{apex}}: CAA allows only {{allowed}}, but {{hosts}} serve certificates from {{ca}}: {{ca}} must refuse the next renewal, and the site goes down when the current certificate expires.',
    'resolver-error': RESOLVER_ERROR,
  },
  remediation: 'Add e.g. CAA 0 issue "letsencrypt.org" (plus your other CAs) and CAA 0 iodef "mailto:security@…". Cloudflare: DNS → Add record → CAA (also allow the CAs Cloudflare uses for edge certificates). Route 53: record type CAA.',
  async run(ctx) {
    const tls = ctx.probes.tls;
    const handshakes = tls
      ? await Promise.all((ctx.target.webHosts ?? []).map((h) => ctx.evidence(`edge:tls:${h.host}:${h.port}`, (r) => tls.handshake(h.host, h.port, r.requester))))
      : [];
    const certs = handshakes.map(servedCert).filter((c): c is ServedCert => !!c);
    for (const r of judgeCaa(ctx.target, await zoneFacts(ctx, ctx.target.apex), certs)) ctx.report(r);
  },
});
