import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { decodeJwt, issuedAt, jwtSubjects, JWT_NO_JWT } from './lib/jwt.js';
import { attempt, reportGaps, UNREACHABLE, type ApiCtx } from './lib/util.js';

/**
 * A JWS is signed, not encrypted: every claim is readable by whoever holds the token (browser storage, logs,
 * proxies). RFC 8725 §3.6 and OWASP's JWT cheat sheet: no secrets or personal data beyond what the API needs.
 * Passive: decodes the tokens the identities already received at login; no request of its own.
 */

export interface SensitiveClaim {
  claim: string;
  kind: string;
}

const HASH = /^(\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2(id|i|d)\$.+|\$(1|5|6|pbkdf2[-\w]*|scrypt)\$.+|pbkdf2_sha\d+\$.+|[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{128})$/i;
const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[a-z]{2,}$/i;
// Claim names that carry a secret or a password whatever their value (RFC 7519 registers none of these).
const SECRET_NAME = /^(pass(word)?|passwd|pwd|password_?hash|hash(ed)?_?password|salt|secret|client_?secret|api_?key|private_?key|refresh_?token|otp_?secret|totp_?secret|mfa_?secret|security_?answer|pin)$/i;
const PII_NAME = /^(ssn|social_?security(_?number)?|national_?id|tax_?id|passport(_?number)?|credit_?card|card_?number|pan|cvv|cvc|iban|account_?number|date_?of_?birth|dob|birth_?date|phone(_?number)?|mobile|address|street)$/i;
const CARD = /^\d{13,19}$/;

/** Sensitive claims in a decoded payload (walks nested objects, bounded). `ownEmail` is not a finding. */
export function sensitiveClaims(payload: Record<string, unknown>, ownEmail?: string): SensitiveClaim[] {
  const out: SensitiveClaim[] = [];
  const walk = (o: unknown, prefix: string, depth: number) => {
    if (!o || typeof o !== 'object' || depth > 4) return;
    for (const [k, v] of Object.entries(o as Record<string, unknown>).slice(0, 200)) {
      const name = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object') {
        if (Array.isArray(v)) {
          const emails = v.filter((e) => typeof e === 'string' && EMAIL.test(e) && e.toLowerCase() !== ownEmail?.toLowerCase());
          if (emails.length) out.push({ claim: name, kind: `${emails.length} other people's email address(es)` });
          v.slice(0, 20).forEach((e, i) => walk(e, `${name}[${i}]`, depth + 1));
        } else walk(v, name, depth + 1);
        continue;
      }
      if (v === null || v === undefined || v === '' || typeof v === 'boolean') continue;
      const s = String(v);
      if (SECRET_NAME.test(k)) out.push({ claim: name, kind: HASH.test(s) ? 'a password hash' : 'a secret or password' });
      else if (HASH.test(s) && /pass|pwd|hash|digest/i.test(k)) out.push({ claim: name, kind: 'a password hash' });
      else if (/^\$2[abxy]?\$\d{2}\$|^\$argon2/.test(s)) out.push({ claim: name, kind: 'a password hash' });
      else if (PII_NAME.test(k)) out.push({ claim: name, kind: 'personal data' });
      else if (CARD.test(s) && /card|pan|cc/i.test(k)) out.push({ claim: name, kind: 'a card number' });
      else if (typeof v === 'string' && EMAIL.test(s) && ownEmail && s.toLowerCase() !== ownEmail.toLowerCase() && !/^(iss|aud|azp)$/.test(k)) out.push({ claim: name, kind: 'another person\'s email address' });
    }
  };
  walk(payload, '', 0);
  return out;
}

function judge(ctx: ApiCtx, name: string, email: string | undefined, token: string, at: { method: string; path: string }): boolean {
  const dec = decodeJwt(token);
  if (!dec) return false;
  const found = sensitiveClaims(dec.payload, email);
  ctx.probes.coverage.mark(ctx.checkId, at, 'tested');
  if (found.length === 0) return false;
  // Claim names and kinds only: the values are what must not leak, so they never reach the report.
  ctx.report({
    messageId: 'sensitive',
    data: { identity: name, method: at.method, path: at.path, claims: found.map((f) => `${f.claim} (${f.kind})`).join(', ') },
    severity: found.some((f) => /hash|secret|password|card/.test(f.kind)) ? 'high' : 'medium',
    location: at,
    evidence: `Token of ${name} (${String(dec.header.alg)}), claims: ${Object.keys(dec.payload).join(', ')}. Sensitive: ${found.map((f) => `${f.claim} = <${f.kind}>`).join('; ')}.`,
    fingerprintKey: found.map((f) => f.claim).sort().join(','),
  });
  return true;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/jwt-sensitive-claims',
  title: 'Sensitive data in JWT claims',
  area: 'api',
  mode: 'active',
  description: 'Decodes the identities\' tokens and looks for password hashes, secrets, other people\'s emails and personal data in their claims.',
  severity: 'high',
  cwe: 'CWE-312',
  owasp: 'API3:2023',
  remediation: 'Keep only an opaque subject id, roles and the registered claims (iss, aud, exp, iat) in tokens; look everything else up server-side. Rotate anything a token exposed (passwords whose hash leaked, secrets).',
  messages: {
    sensitive: 'Tokens issued by {{method}} {{path}} to {{identity}} carry {{claims}}: anyone holding the token reads them.',
    clean: 'The tokens of {{count}} identit(y/ies) carry no secrets, password hashes or personal data beyond the holder\'s own email.',
    noJwt: JWT_NO_JWT,
    unreachable: UNREACHABLE,
  },
  async run(ctx) {
    const subjects = await jwtSubjects(ctx);
    if ('reason' in subjects) return ctx.report({ messageId: 'noJwt', status: 'skipped', severity: 'info', data: { reason: subjects.reason }, target: ctx.probes.model.config.baseUrl });
    let bad = 0;
    let judged = 0;
    const gaps: string[] = [];
    // Every identity's token (not one per scheme): an admin's token may carry more than a member's.
    for (const identity of ctx.probes.client.members) {
      const token = await attempt(ctx, gaps, `${identity.name}'s sign-in`, ctx.probes.client.token(identity, 'api/discovery'));
      if (!token || !decodeJwt(token)) continue;
      judged++;
      const at = issuedAt({ identity, route: subjects[0]!.route });
      if (judge(ctx, identity.name, identity.email, token, at)) bad++;
    }
    if (bad === 0 && gaps.length) reportGaps(ctx, gaps);
    else if (bad === 0 && judged > 0) ctx.report({ messageId: 'clean', status: 'pass', data: { count: judged }, location: issuedAt(subjects[0]!) });
  },
});
