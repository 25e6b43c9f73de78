import { createPublicKey } from 'node:crypto';
import { apexOf } from '../edge/parse.js';
import type { CheckContext } from '../../core/check.js';
import type { DnsAnswer, DnsProbe, MxRecord } from '../../probes/dns.js';
import type { HttpProbe } from '../../probes/http.js';

export interface EmailTarget {
  domain: string;
  dkimSelectors: string[];
  sending: boolean;
  receiving: boolean;
  mtaSts: boolean;
}

export interface EmailProbes {
  dns: DnsProbe;
  http: HttpProbe;
}

export type EmailCtx = CheckContext<EmailTarget, EmailProbes>;

/** Selectors the big senders use by default (Google Workspace, Microsoft 365, Mailchimp/Mandrill, Postmark, Resend...). */
export const COMMON_SELECTORS = [
  'default', 'dkim', 'dkim1', 'dkim2', 'mail', 'email', 'smtp', 'mta', 'key', 'key1', 'key2', 'sig1', 'dk', 'selector', 'sel1', 'sel2',
  'google', 'selector1', 'selector2', 'k1', 'k2', 'k3', 's1', 's2', 's1024', 's2048', 'mandrill', 'mxvault',
  'pm', 'resend', 'sendgrid', 'smtpapi', 'mailo', 'mg', 'krs', 'mailjet', 'zoho', 'zmail', 'protonmail', 'protonmail2', 'protonmail3',
  'fm1', 'fm2', 'fm3', 'everlytickey1', 'everlytickey2', 'cm', 'hs1', 'hs2', 'turbo-smtp', 'sib', 'mailchannels', 'ses', 'amazonses',
];

// ---- SPF -------------------------------------------------------------------------------------------------

export interface SpfFacts {
  domain: string;
  records: string[];
  lookups: number;
  voidLookups: number;
  /** qualifier of the top-level `all` (or of the redirect target's), undefined when absent */
  all?: '+' | '-' | '~' | '?';
  syntaxErrors: string[];
  /** include/redirect targets without an SPF record */
  brokenIncludes: string[];
  /**
   * include/redirect targets the resolver could not answer for (SERVFAIL, REFUSED, TIMEOUT): a temperror at
   * receivers (RFC 7208 §5.2), not a broken record, and not judged here
   */
  tempErrors?: string[];
  ptr: boolean;
  /** mailauth's verdict for a TEST-NET-1 address (RFC 5737), i.e. a stranger: permerror cross-checks our own walk */
  mailauth?: { result: string; comment?: string };
  /** why mailauth's cross-check could not run (optional: our own walk stands; kept as evidence) */
  mailauthError?: string;
  /**
   * With several v=spf1 records (a permerror in itself), each one walked on its own: merging them is the fix, and
   * the merged record inherits every include and lookup of both
   */
  perRecord?: SpfFacts[];
  error?: string;
}

const MECH = /^([+\-~?]?)(all|include:[^\s]+|a(?::[^\s/]+)?(?:\/\d+)?(?:\/\/\d+)?|mx(?::[^\s/]+)?(?:\/\d+)?(?:\/\/\d+)?|ptr(?::[^\s]+)?|ip4:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|ip6:[0-9a-fA-F:.]+(?:\/\d{1,3})?|exists:[^\s]+)$/i;
const MODIFIER = /^[a-z][a-z0-9_.-]*=[^\s]*$/i;

function spfOf(rows: string[]): string[] {
  return rows.filter((r) => /^v=spf1(\s|$)/i.test(r.trim()));
}

/** RFC 7208 §4.6.4: at most 10 DNS-querying terms in total, at most 2 void lookups. */
export async function walkSpf(dns: DnsProbe, domain: string): Promise<SpfFacts> {
  const facts: SpfFacts = { domain, records: [], lookups: 0, voidLookups: 0, syntaxErrors: [], brokenIncludes: [], ptr: false };
  const top = await dns.query(domain, 'TXT');
  if (!top.ok && top.error !== 'NXDOMAIN' && top.error !== 'NODATA') {
    facts.error = `TXT ${domain}: ${top.error}`;
    return facts;
  }
  facts.records = spfOf(top.records);
  if (facts.records.length > 1) {
    facts.perRecord = [];
    for (const r of facts.records) facts.perRecord.push(await walkRecord(dns, domain, r));
    return facts;
  }
  if (facts.records.length !== 1) return facts;
  return walkRecord(dns, domain, facts.records[0]!);
}

async function walkRecord(dns: DnsProbe, domain: string, record: string): Promise<SpfFacts> {
  const facts: SpfFacts = { domain, records: [record], lookups: 0, voidLookups: 0, syntaxErrors: [], brokenIncludes: [], ptr: false };
  const seen = new Set<string>();
  const isTemp = (a: DnsAnswer) => !a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA';
  const isVoid = (a: DnsAnswer) => (!a.ok && (a.error === 'NXDOMAIN' || a.error === 'NODATA')) || (a.ok && a.records.length === 0);
  const walk = async (record: string, dom: string, depth: number, topLevel: boolean): Promise<void> => {
    if (depth > 12 || facts.lookups > 30) return;
    let hasAll = false;
    let redirect: string | undefined;
    for (const term of record.trim().split(/\s+/).slice(1)) {
      if (MODIFIER.test(term) && !MECH.test(term)) {
        const [k, v] = term.split('=');
        if (k!.toLowerCase() === 'redirect') redirect = v;
        continue;
      }
      const m = MECH.exec(term);
      if (!m) {
        facts.syntaxErrors.push(`${dom}: "${term}"`);
        continue;
      }
      const q = (m[1] || '+') as '+' | '-' | '~' | '?';
      const mech = m[2]!.toLowerCase();
      const arg = m[2]!.includes(':') ? m[2]!.slice(m[2]!.indexOf(':') + 1).replace(/\/.*$/, '') : dom;
      if (mech === 'all') {
        hasAll = true;
        if (topLevel) facts.all = q;
        continue;
      }
      if (mech.startsWith('include:')) {
        facts.lookups++;
        if (arg.includes('%')) continue; // macro: depends on the sender, not resolvable here
        const rows = await dns.query(arg, 'TXT');
        if (isTemp(rows)) {
          (facts.tempErrors ??= []).push(`${arg} (${rows.error})`);
          continue;
        }
        if (isVoid(rows)) facts.voidLookups++;
        const spf = spfOf(rows.records);
        if (spf.length !== 1) {
          facts.brokenIncludes.push(arg);
          continue;
        }
        if (seen.has(arg)) continue;
        seen.add(arg);
        await walk(spf[0]!, arg, depth + 1, false);
      } else if (mech === 'a' || mech.startsWith('a:') || mech.startsWith('a/')) {
        facts.lookups++;
        if (!arg.includes('%') && isVoid(await dns.query(arg, 'A')) && isVoid(await dns.query(arg, 'AAAA'))) facts.voidLookups++;
      } else if (mech === 'mx' || mech.startsWith('mx:') || mech.startsWith('mx/')) {
        facts.lookups++;
        if (!arg.includes('%') && isVoid(await dns.query(arg, 'MX'))) facts.voidLookups++;
      } else if (mech.startsWith('ptr')) {
        facts.lookups++;
        facts.ptr = true;
      } else if (mech.startsWith('exists:')) {
        facts.lookups++;
      }
    }
    if (redirect && !hasAll) {
      facts.lookups++;
      const rows = await dns.query(redirect, 'TXT');
      if (isVoid(rows)) facts.voidLookups++;
      const spf = spfOf(rows.records);
      if (isTemp(rows)) (facts.tempErrors ??= []).push(`${redirect} (${rows.error})`);
      else if (spf.length !== 1) facts.brokenIncludes.push(redirect);
      else if (!seen.has(redirect)) {
        seen.add(redirect);
        await walk(spf[0]!, redirect, depth + 1, topLevel);
      }
    }
  };
  await walk(record, domain, 0, true);
  return facts;
}

export function spfFacts(ctx: CheckContext<EmailTarget, EmailProbes>): Promise<SpfFacts> {
  const d = ctx.target.domain;
  return ctx.evidence(`email:spf:${d}`, async () => {
    const facts = await walkSpf(ctx.probes.dns, d);
    if (facts.records.length === 1) {
      try {
        // mailauth's public API (its package root exports spf)
        const { spf } = (await import('mailauth')) as unknown as { spf(o: Record<string, unknown>): Promise<{ status: { result: string; comment?: string } }> };
        const r = await spf({ sender: `postmaster@${d}`, ip: '192.0.2.1', helo: 'launchready.invalid', mta: 'launchready', resolver: ctx.probes.dns.mailauthResolver() });
        facts.mailauth = { result: r.status.result, ...(r.status.comment ? { comment: r.status.comment } : {}) };
      } catch (err) {
        // the cross-check is optional; our own walk stands, and why it could not run is kept in the evidence
        facts.mailauthError = err instanceof Error ? err.message : String(err);
      }
    }
    return facts;
  });
}

// ---- DKIM ------------------------------------------------------------------------------------------------

export interface DkimKey {
  selector: string;
  record: string;
  keyType: string;
  bits?: number;
  revoked: boolean;
  error?: string;
}

export function parseDkimKey(selector: string, record: string): DkimKey {
  const tags = new Map(record.split(';').map((p) => p.trim()).filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')).trim().toLowerCase(), p.slice(p.indexOf('=') + 1).replace(/\s+/g, '')] as [string, string]));
  const keyType = (tags.get('k') || 'rsa').toLowerCase();
  const p = tags.get('p') ?? '';
  const key: DkimKey = { selector, record, keyType, revoked: p === '' };
  if (key.revoked) return key;
  if (keyType === 'ed25519') {
    key.bits = 256;
    return key;
  }
  try {
    const k = createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'spki' });
    key.bits = k.asymmetricKeyDetails?.modulusLength ?? 0;
  } catch (err) {
    key.error = `p= is not a valid public key (${(err as Error).message})`;
  }
  return key;
}

export function dkimFacts(ctx: EmailCtx): Promise<{ tried: string[]; keys: DkimKey[]; errors: string[] }> {
  const t = ctx.target;
  return ctx.evidence(`email:dkim:${t.domain}`, async () => {
    const tried = [...new Set([...t.dkimSelectors, ...COMMON_SELECTORS])];
    const keys: DkimKey[] = [];
    const errors: string[] = [];
    await Promise.all(
      tried.map(async (sel) => {
        const a = await ctx.probes.dns.query(`${sel}._domainkey.${t.domain}`, 'TXT');
        if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') errors.push(`${sel}: ${a.error}`);
        const rec = a.records.find((r) => /(^|;)\s*(v=DKIM1|p=|k=)/i.test(r));
        if (rec) keys.push(parseDkimKey(sel, rec));
      }),
    );
    keys.sort((x, y) => tried.indexOf(x.selector) - tried.indexOf(y.selector));
    return { tried, keys, errors };
  });
}

// ---- DMARC -----------------------------------------------------------------------------------------------

export interface DmarcFacts {
  domain: string;
  /** raw records at _dmarc.<domain> that start with v=DMARC1 */
  records: string[];
  /** mailauth's parse (tags lower-cased; pct/ri numbers) */
  parsed?: Record<string, string | number | boolean>;
  isOrgRecord?: boolean;
  /**
   * Report addresses (rua/ruf) in another organisational domain and whether that domain authorised them
   * (RFC 7489 §7.1: TXT "<domain>._report._dmarc.<report domain>" starting with v=DMARC1). `unknown` when the
   * resolver could not answer (SERVFAIL, REFUSED, TIMEOUT): not judged.
   */
  externalReports?: { tag: 'rua' | 'ruf'; uri: string; reportDomain: string; authName: string; authorized: boolean | 'unknown' }[];
  error?: string;
}

export function dmarcFacts(ctx: EmailCtx): Promise<DmarcFacts> {
  const d = ctx.target.domain;
  return ctx.evidence(`email:dmarc:${d}`, async () => {
    const a = await ctx.probes.dns.query(`_dmarc.${d}`, 'TXT');
    if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') return { domain: d, records: [], error: `TXT _dmarc.${d}: ${a.error}` };
    const records = a.records.filter((r) => /^v=DMARC1\b/i.test(r.trim()));
    const facts: DmarcFacts = { domain: d, records };
    if (records.length === 1) {
      // mailauth's public dmarc() (package root) finds the record as receivers do and reads p, sp and pct from it; a
      // lookup it could not finish is a temperror, never a missing policy. It returns the record (rr) but not rua.
      const { dmarc } = await import('mailauth');
      const r = await dmarc({ headerFrom: `postmaster@${d}`, spfDomains: [], dkimDomains: [], resolver: ctx.probes.dns.mailauthResolver() as never });
      if (r && r.status.result === 'temperror') return { domain: d, records, error: `TXT _dmarc.${d}: ${(r as { error?: string }).error ?? 'temporary error'}` };
      if (r && r.rr) {
        // sp is mailauth's effective subdomain policy (p when no sp= tag), which is what receivers apply
        facts.parsed = { p: r.p, sp: r.sp, ...(r.pct !== undefined ? { pct: r.pct } : {}), ...(dmarcTag(r.rr, 'rua') ? { rua: dmarcTag(r.rr, 'rua')! } : {}) };
        // the domain's own record was found (records.length === 1), so mailauth never fell back to the org domain's
        facts.isOrgRecord = false;
      }
      facts.externalReports = await externalReportAuth(ctx.probes.dns, d, records[0]!);
    }
    return facts;
  });
}

/** One tag's value from a DMARC record (RFC 7489 §6.4: "tag=value" pairs separated by ";"). */
function dmarcTag(record: string, tag: string): string | undefined {
  return new RegExp(`(?:^|;)\\s*${tag}\\s*=\\s*([^;]*)`, 'i').exec(record)?.[1]?.trim() || undefined;
}

/** mailto: report URIs of a DMARC record outside the domain's organisational domain, with their authorisation. */
export async function externalReportAuth(dns: DnsProbe, domain: string, record: string): Promise<NonNullable<DmarcFacts['externalReports']>> {
  const out: NonNullable<DmarcFacts['externalReports']> = [];
  const org = apexOf(domain);
  for (const tag of ['rua', 'ruf'] as const) {
    const m = new RegExp(`(?:^|;)\\s*${tag}\\s*=\\s*([^;]*)`, 'i').exec(record);
    if (!m) continue;
    for (const raw of m[1]!.split(',')) {
      const uri = raw.trim();
      // mailto:addr[!size] (RFC 7489 §6.2)
      const at = /^mailto:[^@\s]+@([^!\s]+)/i.exec(uri);
      if (!at) continue;
      const reportDomain = at[1]!.toLowerCase().replace(/\.$/, '');
      if (apexOf(reportDomain) === org) continue;
      const authName = `${domain}._report._dmarc.${reportDomain}`;
      const a = await dns.query(authName, 'TXT');
      const authorized: boolean | 'unknown' = a.ok ? a.records.some((r) => /^v=DMARC1\b/i.test(r.trim())) : a.error === 'NXDOMAIN' || a.error === 'NODATA' ? false : 'unknown';
      out.push({ tag, uri, reportDomain, authName, authorized });
    }
  }
  return out;
}

// ---- MX / MTA-STS / TLS-RPT ------------------------------------------------------------------------------

export interface MxFacts {
  domain: string;
  mx: MxRecord[];
  error?: string;
  nxdomain: boolean;
  /** per MX host: has an address? is it a CNAME? */
  hosts: { exchange: string; resolves: boolean; cname: boolean; error?: string }[];
}

export function mxFacts(ctx: CheckContext<EmailTarget, Pick<EmailProbes, 'dns'>>): Promise<MxFacts> {
  const d = ctx.target.domain;
  return ctx.evidence(`email:mx:${d}`, async () => {
    const dns = ctx.probes.dns;
    const a = await dns.query(d, 'MX');
    const facts: MxFacts = { domain: d, mx: [...a.records].sort((x, y) => x.priority - y.priority), nxdomain: a.error === 'NXDOMAIN', hosts: [] };
    if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') facts.error = `MX ${d}: ${a.error}`;
    for (const m of facts.mx) {
      if (m.exchange === '' || m.exchange === '.') continue;
      const [v4, v6, cn] = await Promise.all([dns.query(m.exchange, 'A'), dns.query(m.exchange, 'AAAA'), dns.query(m.exchange, 'CNAME')]);
      const h: MxFacts['hosts'][number] = { exchange: m.exchange, resolves: v4.records.length + v6.records.length > 0, cname: cn.ok && cn.records.length > 0 };
      if (!v4.ok && !['NXDOMAIN', 'NODATA'].includes(v4.error ?? '')) h.error = v4.error ?? 'ERROR';
      facts.hosts.push(h);
    }
    return facts;
  });
}

export interface MtaStsFacts {
  domain: string;
  txt: string[];
  txtError?: string;
  policyUrl: string;
  policyText?: string;
  policyStatus?: number;
  fetchError?: string;
  policy?: { mode: string; mx: string[]; maxAge?: number; error?: string };
}

export function mtaStsFacts(ctx: EmailCtx): Promise<MtaStsFacts> {
  const d = ctx.target.domain;
  return ctx.evidence(`email:mta-sts:${d}`, async (r) => {
    const a = await ctx.probes.dns.query(`_mta-sts.${d}`, 'TXT');
    const facts: MtaStsFacts = { domain: d, txt: a.records.filter((r) => /^v=STSv1\b/i.test(r.trim())), policyUrl: `https://mta-sts.${d}/.well-known/mta-sts.txt` };
    if (!a.ok && a.error !== 'NXDOMAIN' && a.error !== 'NODATA') facts.txtError = a.error ?? 'ERROR';
    if (!facts.txt.length || !ctx.target.mtaSts) return facts;
    try {
      const res = await ctx.probes.http.request({ url: facts.policyUrl, maxBodyBytes: 64 * 1024 }, r.requester, r.signal);
      facts.policyStatus = res.status;
      if (res.status === 200) {
        facts.policyText = res.body;
        // MTA-STS is not exported from mailauth's root: its README documents require('mailauth/lib/mta-sts') as the
        // entry, and the package ships that module's types (lib/mta-sts.d.ts), so it is typed, not a hidden path
        const { parsePolicy } = await import('mailauth/lib/mta-sts.js');
        try {
          const p = parsePolicy(res.body);
          facts.policy = { mode: p.mode, mx: p.mx ?? [], ...(p.maxAge !== undefined ? { maxAge: p.maxAge } : {}) };
        } catch (err) {
          facts.policy = { mode: 'invalid', mx: [], error: (err as Error).message };
        }
      }
    } catch (err) {
      facts.fetchError = (err as Error).message;
    }
    return facts;
  });
}

/** RFC 8461 §4.1 MX pattern matching: "*.example.com" matches one extra label. */
export function mxMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (p.startsWith('*.')) {
    const rest = h.slice(h.indexOf('.') + 1);
    return h.includes('.') && rest === p.slice(2);
  }
  return p === h;
}
