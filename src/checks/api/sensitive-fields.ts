import { defineCheck } from '../../core/check.js';
import { discover, isSuperuser } from './lib/discovery.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { is2xx, reportExchange } from './lib/util.js';

/**
 * Excessive data exposure (API3:2023): responses that carry password hashes, secrets or tokens, or another
 * tenant's contact details. Passive over what discovery already read (every identity, every list route), so it
 * costs no requests. Login answers legitimately carry a token and are not scanned for it.
 */

const SECRET_KEYS = /^(password|passwd|pwd|pass|password_?hash|passwordhash|password_?digest|hashed_?password|encrypted_?password|salt|secret|client_?secret|api_?secret|private_?key|mfa_?secret|totp_?secret|otp_?secret|two_?factor_?secret|reset_?(password_?)?token|password_?reset_?token|refresh_?token|session_?token|access_?token|api_?token|auth_?token|personal_?access_?token|api_?key|apikey|ssn|social_?security_?number|card_?number|cc_?number|cvv|cvc)$/i;
// Staff-only annotations that back offices keep on customer records ("late payer", "churn risk", fraud flags):
// a customer-facing serialiser that returns the whole row shows them to the customer.
export const INTERNAL_KEYS = /^(internal|staff|admin|backoffice|back_?office|ops|agent|support|moderator|underwriter|fraud|risk)[-_]?(notes?|comments?|remarks?|memos?|annotations?|flags?|reason)$/i;
// Where a user last signed in from (Devise's current/last_sign_in_ip, Django apps' last_login_ip): personal data that
// profile serialisers copy from the user row.
const IP_KEYS = /^(last_?login_?ip|last_?sign_?in_?ip|current_?sign_?in_?ip|current_?login_?ip|sign_?up_?ip|registration_?ip|last_?ip|last_?seen_?ip|login_?ip)$/i;
const IP_VALUE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]{3,39})$/i;
const HASH_VALUE = /^(\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{40,60}|\$argon2(id|i|d)\$.{20,}|pbkdf2_sha(1|256|512)\$.{20,}|\$scrypt\$.{20,}|\$[156]\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{20,})$/;

function* walk(v: unknown, path = '', depth = 0): Generator<[string, string, unknown]> {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < Math.min(v.length, 50); i++) yield* walk(v[i], `${path}[${i}]`, depth + 1);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      yield [k, path ? `${path}.${k}` : k, x];
      yield* walk(x, path ? `${path}.${k}` : k, depth + 1);
    }
  }
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/sensitive-fields',
  title: 'Sensitive data in API responses',
  area: 'api',
  mode: 'passive',
  description: 'Looks for password hashes, secrets, tokens, staff-only notes and other tenants\' contact details in every response read during discovery.',
  severity: 'high',
  cwe: 'CWE-213',
  owasp: 'API3:2023',
  remediation: 'Serialise responses through explicit view models / DTOs (allowlists of fields), never the database row.',
  messages: {
    passwordHash: '{{path}} returns a password hash in field {{field}} (to {{identity}}).',
    secretField: '{{path}} returns secret-bearing field {{field}} (to {{identity}}).',
    internalField: '{{path}} shows {{identity}} (role {{role}}) the staff-only field {{field}}.',
    foreignPii: '{{path}} shows {{identity}} (tenant {{tenant}}) the email of {{other}} from tenant {{otherTenant}}.',
    ipAddress: '{{path}} returns the sign-in IP address in field {{field}} (to {{identity}}).',
    clean: '{{responses}} responses carry no password hashes, secrets or other tenants\' contact details.',
  },
  async run(ctx) {
    const { model, client } = ctx.probes;
    const d = await discover(ctx);
    const members = client.members;
    const reported = new Set<string>();
    let failed = 0;
    const report = (x: ApiExchange, messageId: string, data: Record<string, string>, severity: 'high' | 'medium' | 'low', key: string) => {
      // every value under a secret-bearing key in this answer is masked in all output
      for (const [k, , v] of walk(x.json)) if (typeof v === 'string' && (HASH_VALUE.test(v) || SECRET_KEYS.test(k))) ctx.secret(v);
      const k = `${x.path}|${messageId}|${key}`;
      if (reported.has(k)) return;
      reported.add(k);
      failed++;
      reportExchange(ctx, { messageId, data, severity, ...(severity === 'low' ? { status: 'warn' as const } : {}), route: { method: x.method, path: x.path }, x, fingerprintKey: key });
    };
    let responses = 0;
    for (const x of d.exchanges) {
      if (!is2xx(x.status) || x.json === undefined) continue;
      responses++;
      // Judged from discovery's answer: a tested cell of the coverage matrix for the route it came from.
      if (ctx.probes.coverage.has(x.method, x.path)) ctx.probes.coverage.mark(ctx.checkId, { method: x.method, path: x.path }, 'tested');
      const me = members.find((m) => m.name === x.identity);
      const staff = !me || model.config.adminRoles.includes(me.role) || isSuperuser(me, model.config.adminRoles);
      for (const [key, path, value] of walk(x.json)) {
        if (typeof value === 'string' && value.length >= 20 && (HASH_VALUE.test(value) || /^(pass(word|wd)?_?(hash|digest)|hashed_?password|encrypted_?password|password_?encrypted)$/i.test(key))) {
          report(x, 'passwordHash', { path: x.path, field: path.replace(/\[\d+\]/g, '[]'), identity: x.identity }, 'high', key);
          continue;
        }
        if (!staff && INTERNAL_KEYS.test(key) && ((typeof value === 'string' && value.trim().length > 0) || (Array.isArray(value) && value.length > 0))) {
          report(x, 'internalField', { path: x.path, field: path.replace(/\[\d+\]/g, '[]'), identity: x.identity, role: me!.role }, 'medium', key);
          continue;
        }
        if (IP_KEYS.test(key) && typeof value === 'string' && IP_VALUE.test(value)) {
          report(x, 'ipAddress', { path: x.path, field: path.replace(/\[\d+\]/g, '[]'), identity: x.identity }, 'low', key);
          continue;
        }
        if (SECRET_KEYS.test(key) && typeof value === 'string' && value.length >= 6 && !/^(\*+|x+|null|redacted|\[redacted\])$/i.test(value) && !/\*{3,}|•|…|\.\.\./.test(value)) {
          report(x, 'secretField', { path: x.path, field: path.replace(/\[\d+\]/g, '[]'), identity: x.identity }, 'high', key);
        }
      }
      // Another tenant's people in my answer: the emails of identities from other tenants.
      if (me?.tenant) {
        for (const other of members) {
          if (!other.email || !other.tenant || other.tenant === me.tenant) continue;
          if (x.response.body.includes(other.email)) report(x, 'foreignPii', { path: x.path, identity: me.name, tenant: me.tenant, other: other.name, otherTenant: other.tenant }, 'medium', `pii:${other.tenant}`);
        }
      }
    }
    if (failed === 0) ctx.report({ messageId: 'clean', status: responses ? 'pass' : 'skipped', ...(responses ? {} : { severity: 'info' as const }), data: { responses }, target: model.config.baseUrl });
  },
});
