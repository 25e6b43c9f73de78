import { z } from 'zod';
import { EXPIRY_THRESHOLDS } from '../../cert-expiry.js';

// Owned by the domain/edge work (issue 4). See docs/edge.md for the reference.
export const edge = z
  .object({
    hosts: z.array(z.string().min(1)).min(1).describe('hosts or URLs to audit (apex, www, app, api, admin, ...); a bare host means https://host'),
    canonical: z.string().optional().describe('the one canonical host every other web host redirects to (default: www.<apex> if audited, else the apex)'),
    apex: z.string().optional().describe('registered domain (default: derived from the first host)'),
    dnsNames: z
      .array(z.string())
      .default(['@', 'www', 'app', 'api', 'admin'])
      .describe('labels under the apex whose DNS is checked (@ = apex); names that do not exist are only reported when audited as hosts'),
    privatePaths: z.array(z.string()).default([]).describe('paths whose responses are private (never publicly cacheable)'),
    auth: z
      .object({
        header: z.string().default('authorization'),
        value: z.string().describe('a credential for one authenticated request per private path (masked in output)'),
      })
      .strict()
      .optional()
      .describe('send one authenticated request per host / private path to judge its cacheability'),
    ca: z.array(z.string()).default([]).describe('extra trusted CA files (PEM) on top of Node roots and NODE_EXTRA_CA_CERTS; empty strings are ignored'),
    tls: z
      .object({
        warnDays: z.number().int().positive().default(EXPIRY_THRESHOLDS.warnDays).describe('fewer days left before a certificate expires: tls/expiry warns and tls monitors are down (one threshold for the audit and the monitor)'),
        failDays: z.number().int().nonnegative().default(EXPIRY_THRESHOLDS.failDays).describe('fewer days left: tls/expiry fails (high); tls monitors report expires-soon'),
        legacy: z.boolean().default(true).describe('probe TLS 1.0/1.1 and weak suites (a few extra handshakes per host)'),
      })
      .strict()
      .default({ ...EXPIRY_THRESHOLDS, legacy: true }),
    corsOrigin: z.string().default('https://evil.launchready.invalid').describe('the foreign Origin sent to test CORS'),
  })
  .passthrough();

export const email = z
  .object({
    domain: z.string().min(1).describe('the domain mail is sent from (SPF, DKIM, DMARC, MX, MTA-STS, TLS-RPT)'),
    dkimSelectors: z.array(z.string()).default([]).describe('DKIM selectors you sign with; common ones (google, selector1, s1, k1, ...) are tried too'),
    sending: z.boolean().default(true).describe('the domain sends mail (password resets, receipts): DKIM and DMARC enforcement are required'),
    receiving: z.boolean().default(true).describe('the domain receives mail: MX, MTA-STS and TLS-RPT are checked'),
    mtaSts: z.boolean().default(true).describe('fetch https://mta-sts.<domain>/.well-known/mta-sts.txt (adds that host to the allowlist)'),
  })
  .passthrough();
