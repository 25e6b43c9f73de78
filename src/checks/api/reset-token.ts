import { defineCheck } from '../../core/check.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, flowIdentity, isThrottled } from './lib/flows.js';
import { decodeJwt } from './lib/jwt.js';
import { fillTemplate } from '../../probes/api-client.js';
import { getField, is2xx, reportExchange, type ApiCtx } from './lib/util.js';

/**
 * Password reset links must be single-use, short-lived and unguessable, and a new link must revoke older ones
 * (OWASP Forgot Password cheat sheet). Drives the real flow for one identity: request two links, read both from
 * the mailbox API (Mailpit-style), use the older, use the newer, use the newer again. Passwords are always "reset"
 * to the identity's current password, so the account keeps working. Needs api.reset and api.allowWrites.
 */

interface Mail {
  id: string;
  text: string;
}

async function mailboxIds(ctx: ApiCtx): Promise<Set<string>> {
  const mb = ctx.probes.model.config.reset!.mailbox;
  const x = await ctx.probes.client.send({ path: `${mb.url.replace(/\/$/, '')}/api/v1/messages`, headers: mb.headers }, ctx.checkId, ctx.signal);
  const list = (getField(x.json, 'messages') ?? []) as { ID?: string; id?: string }[];
  return new Set(list.map((m) => String(m.ID ?? m.id)));
}

async function newMail(ctx: ApiCtx, email: string, known: Set<string>): Promise<Mail | undefined> {
  const mb = ctx.probes.model.config.reset!.mailbox;
  const base = mb.url.replace(/\/$/, '');
  for (let attempt = 0; attempt < 12; attempt++) {
    const x = await ctx.probes.client.send({ path: `${base}/api/v1/messages`, headers: mb.headers }, ctx.checkId, ctx.signal);
    const list = (getField(x.json, 'messages') ?? []) as { ID?: string; id?: string; To?: { Address?: string }[] }[];
    const m = list.find((e) => !known.has(String(e.ID ?? e.id)) && JSON.stringify(e.To ?? e).toLowerCase().includes(email.toLowerCase()));
    if (m) {
      const id = String(m.ID ?? m.id);
      const full = await ctx.probes.client.send({ path: `${base}/api/v1/message/${encodeURIComponent(id)}`, headers: mb.headers }, ctx.checkId, ctx.signal);
      return { id, text: full.response.body.replace(/\\u0026/g, '&').replace(/\\n/g, '\n') };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/reset-token',
  title: 'Password reset token reusable, long-lived or guessable',
  area: 'api',
  mode: 'active',
  description: 'Follows the reset flow through the mailbox API: reuse, revocation by a newer link, strength and expiry of the token.',
  severity: 'high',
  cwe: 'CWE-640',
  owasp: 'API2:2023',
  remediation: 'Store a hash of a random 128-bit+ token with an expiry of 15-60 minutes, delete it on use, and revoke older tokens when issuing a new one.',
  timeoutMs: 60_000,
  messages: {
    reusable: 'A password reset token worked twice at {{path}}: a leaked reset link stays a key to the account.',
    olderStillValid: 'An older reset token still worked after a newer one was issued at {{path}}.',
    weakToken: 'Reset tokens are short or low-entropy ({{length}} characters, {{alphabet}}).',
    bruteForceable: 'Reset codes at {{path}} are short ({{length}} characters, {{space}} values) and have no attempt limit: {{guesses}} wrong codes were refused, then the real one still worked, so the code can be guessed.',
    attemptLimited: 'Reset codes at {{path}} are short ({{length}} characters) but stop working within {{after}} wrong attempts.',
    noExpiry: 'Reset tokens are JWTs without exp: they never expire.',
    longLived: 'Reset tokens are valid for {{hours}} hours (more than 1).',
    singleUse: 'Reset tokens are single-use and a new link revokes older ones at {{path}}.',
    noMail: 'No reset email for {{email}} arrived in the mailbox API within 3 s (check api.reset.mailbox).',
    noToken: 'The reset email did not match api.reset.mailbox.tokenRegex.',
    flowBroken: 'Neither reset token worked at {{path}} (HTTP {{status}}): check api.reset.consume (the password is reset to the identity\'s current one; an API that forbids reusing it cannot be tested this way).',
    restoreFailed: 'The password of {{identity}} was changed to a temporary one during the test and could not be set back: reset it by hand.',
    notConfigured: 'Not tested: configure api.reset (request, mailbox, consume) to follow the reset flow.',
    writesSkipped: 'Not tested: api.allowWrites is false (the flow sets the password, to its current value).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const cfg = model.config.reset;
    if (!cfg) return ctx.report({ messageId: 'notConfigured', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    if (!model.config.allowWrites) return ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const who = flowIdentity(ctx, cfg.identity);
    if (!who?.email || !who.password) return ctx.report({ messageId: 'notConfigured', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const req = findFlow(ctx, 'reset-request')!;
    const re = new RegExp(cfg.mailbox.tokenRegex);
    const loc = { method: cfg.consume.method, path: cfg.consume.path };
    const getToken = async (): Promise<string | undefined> => {
      const known = await mailboxIds(ctx);
      await client.send({ method: req.method, path: req.path, ...flowBody(req, { email: who.email, nonce: client.nonce() }), headers: await flowHeaders(ctx, req) }, ctx.checkId, ctx.signal);
      const mail = await newMail(ctx, who.email!, known);
      if (!mail) {
        ctx.report({ messageId: 'noMail', status: 'error', data: { email: who.email! }, location: { method: req.method, path: req.path } });
        return undefined;
      }
      const m = re.exec(mail.text);
      if (!m?.[1]) {
        ctx.report({ messageId: 'noToken', status: 'error', location: { method: req.method, path: req.path } });
        return undefined;
      }
      ctx.secret(m[1]);
      return m[1];
    };
    const consume = async (token: string, label: string, password = who.password): Promise<ApiExchange> => {
      const headers = await flowHeaders(ctx, req);
      const body = fillTemplate(cfg.consume.body ?? { token: '{{token}}', password: '{{password}}' }, { token, password, email: who.email }) as Record<string, unknown>;
      return client.send(
        { method: cfg.consume.method, path: cfg.consume.path, ...(cfg.consume.format === 'form' ? { form: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) } : { json: body }), headers, label: `${who.name} (${label})` },
        ctx.checkId,
        ctx.signal,
      );
    };
    const older = await getToken();
    if (!older) return;
    const newer = await getToken();
    if (!newer) return;
    // Strength: at least 128 bits is the usual advice; clearly weak ones (short, or digits only) are judged by the
    // attempt limit at the end: a 6-digit code that dies after a few wrong guesses is the usual OTP design.
    const shortest = older.length < newer.length ? older : newer;
    const weak = shortest.length < 16 || (/^\d+$/.test(shortest) && shortest.length < 12);
    const weakData = { length: shortest.length, alphabet: /^\d+$/.test(shortest) ? 'digits only' : 'mixed' };
    const reportWeak = () => ctx.report({ messageId: 'weakToken', status: 'fail', severity: 'medium', data: weakData, location: { method: req.method, path: req.path } });
    const jwt = decodeJwt(newer);
    if (jwt) {
      const { exp, iat } = jwt.payload as { exp?: number; iat?: number };
      if (typeof exp !== 'number') ctx.report({ messageId: 'noExpiry', severity: 'medium', location: { method: req.method, path: req.path } });
      else if (exp - (iat ?? Math.floor(Date.now() / 1000)) > 3600) ctx.report({ messageId: 'longLived', severity: 'low', status: 'warn', data: { hours: Math.round((exp - (iat ?? Date.now() / 1000)) / 3600) }, location: { method: req.method, path: req.path } });
    }
    const useOlder = await consume(older, 'older token');
    const useNewer = await consume(newer, 'newer token');
    if (!is2xx(useNewer.status) && !is2xx(useOlder.status)) {
      // APIs that refuse the current password as the new one: use a temporary password for the first use and the
      // original one for the second use (which, if the token is reusable, also restores it); otherwise restore it
      // with one more link.
      if (weak) reportWeak();
      if (!/same|differ|reuse|previous|current|recent|history|must not|cannot be|already/i.test(useNewer.response.body)) {
        return ctx.report({ messageId: 'flowBroken', status: 'error', data: { path: cfg.consume.path, status: useNewer.status }, location: loc, evidence: useNewer.evidence });
      }
      const temp = `${who.password}-Lr${client.nonce().slice(0, 4)}!`;
      ctx.secret(temp);
      const t3 = await getToken();
      if (!t3) return;
      const first = await consume(t3, 'fresh token, temporary password', temp);
      if (!is2xx(first.status)) return ctx.report({ messageId: 'flowBroken', status: 'error', data: { path: cfg.consume.path, status: first.status }, location: loc, evidence: first.evidence });
      const second = await consume(t3, 'same token again, original password');
      if (is2xx(second.status)) {
        reportExchange(ctx, { messageId: 'reusable', data: { path: cfg.consume.path }, route: loc, x: second, control: [first], note: 'Confirmed: the first use set a temporary password (control), the second use of the same token set the original one back.' });
        return;
      }
      const t4 = await getToken();
      const restored = t4 ? await consume(t4, 'restore the original password') : undefined;
      if (!restored || !is2xx(restored.status)) return ctx.report({ messageId: 'restoreFailed', status: 'error', data: { identity: who.name }, location: loc });
      ctx.report({ messageId: 'singleUse', status: 'pass', data: { path: cfg.consume.path }, location: loc });
      return;
    }
    let bad = false;
    if (is2xx(useOlder.status)) {
      bad = true;
      reportExchange(ctx, { messageId: 'olderStillValid', data: { path: cfg.consume.path }, severity: 'medium', route: loc, x: useOlder, note: 'Two reset links were requested; the first one still set the password after the second was issued.' });
    }
    const token = is2xx(useNewer.status) ? newer : older;
    const again = await consume(token, 'same token, second use');
    if (is2xx(again.status)) {
      bad = true;
      reportExchange(ctx, { messageId: 'reusable', data: { path: cfg.consume.path }, route: loc, x: again, control: [is2xx(useNewer.status) ? useNewer : useOlder], note: 'Confirmed: the first use set the password (control), the second use of the same token succeeded too.' });
    }
    if (!bad) ctx.report({ messageId: 'singleUse', status: 'pass', data: { path: cfg.consume.path }, location: loc });
    if (weak) await attemptLimit(shortest);

    /**
     * A short code is only safe behind an attempt limit (OWASP Forgot Password cheat sheet; NIST SP 800-63B 5.2.2
     * allows 6-digit secrets with rate limiting): a fresh code, GUESSES wrong codes of the same shape, then the real
     * one. If it still works, nothing stops trying all of them. Bounded: GUESSES + 4 requests.
     */
    async function attemptLimit(sample: string): Promise<void> {
      if (client.budget.remaining < GUESSES + 8) {
        reportWeak();
        return;
      }
      const real = await getToken();
      if (!real) return;
      let limitedAt: number | undefined;
      let last: ApiExchange | undefined;
      for (let i = 1; i <= GUESSES && limitedAt === undefined; i++) {
        last = await consume(wrongGuess(real, i), `wrong code ${i} of ${GUESSES}`);
        if (is2xx(last.status)) return reportWeak(); // a wrong code worked?! leave it to the reuse findings
        if (isThrottled(last.status, last.response.headers, last.response.body)) limitedAt = i;
      }
      const after = await consume(real, `the real code after ${limitedAt ?? GUESSES} wrong ones`);
      // Throttled guessing (429, Retry-After, "too many attempts") is a limit even if the real code still works.
      if (is2xx(after.status) && limitedAt === undefined) {
        reportExchange(ctx, { messageId: 'bruteForceable', data: { path: cfg!.consume.path, length: sample.length, guesses: GUESSES, space: /^\d+$/.test(sample) ? `10^${sample.length}` : `${sample.length} characters` }, severity: 'high', route: loc, x: after, ...(last ? { control: [last] } : {}), note: `${GUESSES} wrong codes were refused without any lockout, then the real code still set the password.` });
        return;
      }
      ctx.report({ messageId: 'attemptLimited', status: 'pass', data: { path: cfg!.consume.path, length: sample.length, after: limitedAt ?? GUESSES }, location: loc });
    }
  },
});

/** How many wrong codes the attempt-limit probe sends: above the usual limits (3-10). */
const GUESSES = 10;

/** A wrong code of the same shape as `real`: digits stay digits (real + i, same length), else the last characters change. */
export function wrongGuess(real: string, i: number): string {
  if (/^\d+$/.test(real)) {
    const mod = 10 ** real.length;
    return String((Number(real) + i) % mod).padStart(real.length, '0');
  }
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const last = real[real.length - 1]!;
  const next = alphabet[(Math.max(0, alphabet.indexOf(last)) + i) % alphabet.length]!;
  return real.slice(0, -1) + (next === last ? alphabet[(alphabet.indexOf(next) + 1) % alphabet.length]! : next);
}
