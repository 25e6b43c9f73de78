import { defineCheck } from '../../core/check.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, flowIdentity, isThrottled } from './lib/flows.js';
import { decodeJwt } from './lib/jwt.js';
import { fillTemplate } from '../../core/template.js';
import { is2xx, isErrorBody, reportExchange, type ApiCtx } from './lib/util.js';
import { MailboxError, MailboxReader } from './lib/mailbox.js';

/**
 * Password reset links must be single-use, short-lived and unguessable, and a new link must revoke older ones
 * (OWASP Forgot Password cheat sheet). Drives the real flow for one identity: request two links, read both from
 * the mailbox (Mailpit, MailHog, a JSON outbox or IMAP: lib/mailbox.ts), use the older, use the newer, use the newer
 * again. Passwords are always "reset" to the identity's current password, so the account keeps working. Reset by
 * security question (api.reset.question): a wrong answer must fail and wrong answers must be limited. Needs api.reset
 * and api.allowWrites.
 */

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
    noMail: 'No reset email for {{email}} arrived in the mailbox {{url}} within 3 s (check api.reset.mailbox and that {{path}} sends one).',
    mailboxError: 'The reset flow could not read the mailbox: {{reason}} (check api.reset.mailbox).',
    wrongAnswerAccepted: 'A wrong security answer set the password at {{path}}: anyone who knows the email takes the account.',
    answerBruteForceable: 'Security answers at {{path}} have no attempt limit: {{guesses}} wrong answers were refused, then the real one still worked, so answers can be guessed.',
    answerLimited: 'Security answers at {{path}} stop working (or are throttled) within {{after}} wrong attempts.',
    questionBroken: 'The real security answer was refused at {{path}} (HTTP {{status}}): check api.reset.question (path, body, answer).',
    noToken: 'The reset email did not match api.reset.mailbox.tokenRegex.',
    flowBroken: 'Neither reset token worked at {{path}} (HTTP {{status}}): check api.reset.consume (the password is reset to the identity\'s current one; an API that forbids reusing it cannot be tested this way).',
    restoreFailed: 'The password of {{identity}} was changed to a temporary one during the test and could not be set back: reset it by hand.',
    notConfigured: 'Not tested: configure api.reset (request, mailbox, consume; or question) to follow the reset flow.',
    writesSkipped: 'Not tested: api.allowWrites is false (the flow sets the password, to its current value).',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const cfg = model.config.reset;
    if (!cfg) return ctx.report({ messageId: 'notConfigured', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    if (!model.config.allowWrites) return ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const who = flowIdentity(ctx, cfg.identity);
    if (!who?.email || !who.password) return ctx.report({ messageId: 'notConfigured', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    if (cfg.question) await securityQuestion(ctx, cfg.question, who.email, who.password, who.name);
    if (!cfg.request || !cfg.mailbox || !cfg.consume) return;
    const mailbox = new MailboxReader(ctx, cfg.mailbox);
    const req = findFlow(ctx, 'reset-request')!;
    const re = new RegExp(cfg.mailbox.tokenRegex);
    const consumeCfg = cfg.consume;
    const loc = { method: consumeCfg.method, path: consumeCfg.path };
    let mailboxFailed = false;
    const getToken = async (): Promise<string | undefined> => {
      if (mailboxFailed) return undefined;
      let mail;
      try {
        const known = await mailbox.snapshot(who.email!);
        await client.send({ method: req.method, path: req.path, ...flowBody(req, { email: who.email, nonce: client.nonce() }), headers: await flowHeaders(ctx, req) }, ctx.checkId, ctx.signal);
        mail = await mailbox.waitFor(who.email!, known);
      } catch (err) {
        if (!(err instanceof MailboxError)) throw err;
        mailboxFailed = true;
        ctx.probes.coverage.mark(ctx.checkId, { method: req.method, path: req.path }, 'error', err.message);
        ctx.report({ messageId: 'mailboxError', status: 'error', data: { reason: err.message }, location: { method: req.method, path: req.path } });
        return undefined;
      }
      ctx.probes.coverage.mark(ctx.checkId, { method: req.method, path: req.path }, 'tested');
      if (!mail) {
        ctx.report({ messageId: 'noMail', status: 'error', data: { email: who.email!, url: mailbox.where, path: req.path }, location: { method: req.method, path: req.path } });
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
      ctx.probes.coverage.mark(ctx.checkId, loc, 'tested');
      const headers = await flowHeaders(ctx, req);
      const body = fillTemplate(consumeCfg.body ?? { token: '{{token}}', password: '{{password}}' }, { token, password, email: who.email }) as Record<string, unknown>;
      return client.send(
        { method: consumeCfg.method, path: consumeCfg.path, ...(consumeCfg.format === 'form' ? { form: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) } : { json: body }), headers, label: `${who.name} (${label})` },
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
      if (typeof exp !== 'number') ctx.report({ messageId: 'noExpiry', severity: 'medium', cwe: 'CWE-613', location: { method: req.method, path: req.path } });
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
        return ctx.report({ messageId: 'flowBroken', status: 'error', data: { path: consumeCfg.path, status: useNewer.status }, location: loc, evidence: useNewer.evidence });
      }
      const temp = `${who.password}-Lr${client.nonce().slice(0, 4)}!`;
      ctx.secret(temp);
      const t3 = await getToken();
      if (!t3) return;
      const first = await consume(t3, 'fresh token, temporary password', temp);
      if (!is2xx(first.status)) return ctx.report({ messageId: 'flowBroken', status: 'error', data: { path: consumeCfg.path, status: first.status }, location: loc, evidence: first.evidence });
      const second = await consume(t3, 'same token again, original password');
      if (is2xx(second.status)) {
        reportExchange(ctx, { messageId: 'reusable', data: { path: consumeCfg.path }, route: loc, x: second, control: [first], note: 'Confirmed: the first use set a temporary password (control), the second use of the same token set the original one back.' });
        return;
      }
      const t4 = await getToken();
      const restored = t4 ? await consume(t4, 'restore the original password') : undefined;
      if (!restored || !is2xx(restored.status)) return ctx.report({ messageId: 'restoreFailed', status: 'error', data: { identity: who.name }, location: loc });
      ctx.report({ messageId: 'singleUse', status: 'pass', data: { path: consumeCfg.path }, location: loc });
      return;
    }
    let bad = false;
    if (is2xx(useOlder.status)) {
      bad = true;
      reportExchange(ctx, { messageId: 'olderStillValid', data: { path: consumeCfg.path }, severity: 'medium', route: loc, x: useOlder, note: 'Two reset links were requested; the first one still set the password after the second was issued.' });
    }
    const token = is2xx(useNewer.status) ? newer : older;
    const again = await consume(token, 'same token, second use');
    if (is2xx(again.status)) {
      bad = true;
      reportExchange(ctx, { messageId: 'reusable', data: { path: consumeCfg.path }, route: loc, x: again, control: [is2xx(useNewer.status) ? useNewer : useOlder], note: 'Confirmed: the first use set the password (control), the second use of the same token succeeded too.' });
    }
    if (!bad) ctx.report({ messageId: 'singleUse', status: 'pass', data: { path: consumeCfg.path }, location: loc });
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
        reportExchange(ctx, { messageId: 'bruteForceable', data: { path: consumeCfg.path, length: sample.length, guesses: GUESSES, space: /^\d+$/.test(sample) ? `10^${sample.length}` : `${sample.length} characters` }, severity: 'high', route: loc, x: after, ...(last ? { control: [last] } : {}), note: `${GUESSES} wrong codes were refused without any lockout, then the real code still set the password.` });
        return;
      }
      ctx.report({ messageId: 'attemptLimited', status: 'pass', data: { path: consumeCfg.path, length: sample.length, after: limitedAt ?? GUESSES }, location: loc });
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

type QuestionCfg = NonNullable<NonNullable<ApiCtx['probes']['model']['config']['reset']>['question']>;

/**
 * Reset by security question (OWASP Forgot Password cheat sheet: answers are guessable, so a wrong one must fail and
 * wrong ones must be limited). A wrong answer, the real one (the control; the new password is the current one),
 * GUESSES wrong ones, then the real one again. Bounded: GUESSES + 3 requests.
 */
async function securityQuestion(ctx: ApiCtx, q: QuestionCfg, email: string, password: string, name: string): Promise<void> {
  const { client, coverage } = ctx.probes;
  const loc = { method: q.method, path: q.path };
  ctx.secret(q.answer);
  const send = async (answer: string, label: string): Promise<ApiExchange> => {
    const body = fillTemplate(q.body ?? { email: '{{email}}', answer: '{{answer}}', password: '{{password}}' }, { email, answer, password, nonce: client.nonce() }) as Record<string, unknown>;
    const x = await client.send({ method: q.method, path: q.path, ...(q.format === 'form' ? { form: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) } : { json: body }), label: `${name} (${label})`, retryOn401: false }, ctx.checkId, ctx.signal);
    coverage.mark(ctx.checkId, loc, x.status === 429 ? 'refused' : 'tested');
    return x;
  };
  const wrongAnswer = (i: number) => `launchready-wrong-${i}-${client.nonce()}`;
  const wrong = await send(wrongAnswer(0), 'wrong answer');
  if (is2xx(wrong.status) && !isErrorBody(wrong) && !/wrong|incorrect|invalid|not match|error/i.test(wrong.response.body.slice(0, 500))) {
    reportExchange(ctx, { messageId: 'wrongAnswerAccepted', severity: 'critical', data: { path: q.path }, route: loc, x: wrong });
    return;
  }
  const real = await send(q.answer, 'real answer (new password = current one)');
  if (!is2xx(real.status)) {
    ctx.report({ messageId: 'questionBroken', status: 'error', severity: 'info', data: { path: q.path, status: real.status }, location: loc, evidence: real.evidence });
    return;
  }
  let limitedAt: number | undefined;
  let last: ApiExchange | undefined;
  for (let i = 1; i <= GUESSES && limitedAt === undefined; i++) {
    last = await send(wrongAnswer(i), `wrong answer ${i} of ${GUESSES}`);
    if (isThrottled(last.status, last.response.headers, last.response.body)) limitedAt = i;
  }
  const after = await send(q.answer, `the real answer after ${limitedAt ?? GUESSES} wrong ones`);
  if (is2xx(after.status) && limitedAt === undefined) {
    reportExchange(ctx, { messageId: 'answerBruteForceable', severity: 'high', data: { path: q.path, guesses: GUESSES }, route: loc, x: after, ...(last ? { control: [last] } : {}), note: `${GUESSES} wrong answers were refused without any lockout, then the real answer still set the password.` });
    return;
  }
  ctx.report({ messageId: 'answerLimited', status: 'pass', data: { path: q.path, after: limitedAt ?? GUESSES }, location: loc });
}
