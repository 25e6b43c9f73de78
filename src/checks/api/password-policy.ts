import { defineCheck } from '../../core/check.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, isThrottled, resolveFlow } from './lib/flows.js';
import { is2xx, isErrorBody, reportExchange } from './lib/util.js';

/**
 * Sign-up must refuse short and common passwords: NIST SP 800-63B §5.1.1.2 (at least 8 characters, checked against
 * lists of breached/common values) and OWASP ASVS 2.1.1/2.1.7. Registers fresh throwaway accounts
 * (launchready-pw-<nonce>@example.invalid) with "1", "abc" and "password", then, when all were refused, one with a
 * strong password as the control that shows the route accepts sign-ups at all. Needs api.allowWrites.
 */
// "password" first: when accepted it is also the control, so throttled sign-ups (a few per minute) still get a verdict.
const TRIES: { password: string; kind: 'short' | 'common' }[] = [
  { password: 'password', kind: 'common' },
  { password: '1', kind: 'short' },
  { password: 'abc', kind: 'short' },
];

export default defineCheck<unknown, ApiProbes>({
  id: 'api/password-policy',
  title: 'Weak passwords accepted at sign-up',
  area: 'api',
  mode: 'active',
  description: 'Signs up throwaway accounts with the passwords "1", "abc" and "password" (and a strong control) and reports which the API accepts.',
  severity: 'medium',
  cwe: 'CWE-521',
  owasp: 'API2:2023',
  remediation: 'Require at least 8 characters (NIST SP 800-63B; 12+ is better), allow long passphrases, and refuse passwords found in breach lists (e.g. the Have I Been Pwned range API or a local top-100k list). Delete the throwaway accounts this check created (launchready-pw-*@example.invalid).',
  messages: {
    shortAccepted: 'Sign-up at {{path}} accepted a {{length}}-character password ("{{password}}").',
    commonAccepted: 'Sign-up at {{path}} accepted the common password "password".',
    shortRefused: 'Sign-up at {{path}} refuses 1- and 3-character passwords (a valid sign-up is accepted).',
    commonRefused: 'Sign-up at {{path}} refuses the common password "password".',
    pendingAccepted: 'Sign-up at {{path}} answered HTTP {{status}} (pending confirmation) to a {{length}}-character password; whether the password is refused later (at confirmation) could not be seen.',
    controlRefused: 'Not judged: sign-up at {{path}} refused even a strong password (HTTP {{status}}); check api.signup (path, body template).',
    throttled: 'Not judged: sign-up at {{path}} was throttled (HTTP {{status}}) before a verdict.',
    writesSkipped: 'Not tested: api.allowWrites is false (the check creates throwaway accounts).',
    noSignup: 'Not tested: no sign-up route (set api.signup or mark the route x-launchready-flow: signup).',
  },
  async run(ctx) {
    const { client, model, coverage } = ctx.probes;
    const found = findFlow(ctx, 'signup');
    const f = found && (await resolveFlow(ctx, found));
    if (!f) return ctx.report({ messageId: 'noSignup', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const loc = { method: f.method, path: f.template };
    if (!model.config.allowWrites) {
      coverage.mark(ctx.checkId, loc, 'n/a', 'api.allowWrites is false');
      return ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', location: loc });
    }
    const emails = new Map<ApiExchange, string>();
    const signup = async (password: string, label: string): Promise<ApiExchange | Error> => {
      const nonce = client.nonce();
      const email = `launchready-pw-${nonce}@example.invalid`;
      ctx.secret(password.length >= 12 ? password : undefined);
      return client
        .send({ ...(f.as ? { as: f.as } : {}), method: f.method, path: f.path, template: f.template, ...flowBody(f, { email, password, nonce, name: `launchready-${nonce}` }), headers: await flowHeaders(ctx, f), label, retryOn401: false }, ctx.checkId, ctx.signal)
        .then((x) => (emails.set(x, email), x))
        .catch((err: Error) => err);
    };
    const ok = (x: ApiExchange) => (is2xx(x.status) && !isErrorBody(x)) || (x.status >= 300 && x.status < 400 && x.response.setCookies.length > 0);
    const results: { password: string; kind: 'short' | 'common'; x: ApiExchange }[] = [];
    let waited = false;
    for (const t of TRIES) {
      let x = await signup(t.password, `guest (sign-up, password "${t.password}")`);
      // A short throttle (Retry-After of at most 10 s, once per run) is waited out: sign-up limits of a few per
      // minute are common and earlier checks may have used them up.
      const retryAfter = x instanceof Error ? NaN : Number(x.response.headers['retry-after']);
      if (!(x instanceof Error) && !waited && isThrottled(x.status, x.response.headers, x.response.body) && retryAfter > 0 && retryAfter <= 10) {
        waited = true;
        await new Promise((r) => setTimeout(r, retryAfter * 1000 + 250));
        x = await signup(t.password, `guest (sign-up, password "${t.password}", after Retry-After)`);
      }
      if (x instanceof Error) {
        coverage.mark(ctx.checkId, loc, /budget/i.test(x.message) ? 'refused' : 'error', x.message);
        return ctx.report({ messageId: 'throttled', status: 'error', severity: 'info', data: { path: f.template, status: 0 }, location: loc, evidence: x.message });
      }
      if (isThrottled(x.status, x.response.headers, x.response.body)) {
        coverage.mark(ctx.checkId, loc, 'refused', `HTTP ${x.status} (throttled)`);
        if (results.length === 0) return ctx.report({ messageId: 'throttled', status: 'error', severity: 'info', data: { path: f.template, status: x.status }, location: loc, evidence: x.evidence });
        break;
      }
      coverage.mark(ctx.checkId, loc, 'tested');
      results.push({ ...t, x });
    }
    const accepted = results.filter((r) => ok(r.x));
    const refused = results.filter((r) => !ok(r.x));
    let control: ApiExchange | undefined = accepted[0]?.x;
    if (!control && refused.length) {
      const strong = `Lr-${client.nonce()}-${client.nonce()}-Strong!`;
      ctx.secret(strong);
      const x = await signup(strong, 'guest (sign-up, strong control password)');
      if (x instanceof Error || !ok(x)) {
        // The control was throttled, yet every weak password was refused with words about the password itself
        // ("too common", "at least 8 characters"): the refusals are the policy speaking, a verdict without a control.
        const said = (r: { x: ApiExchange }) => r.x.status >= 400 && r.x.status < 500 && /pass(word|phrase)?/i.test(r.x.response.body.slice(0, 2000)) && /(common|short|at least|characters|length|weak|strength|complex|breach|pwned|guessable)/i.test(r.x.response.body.slice(0, 2000));
        const throttled = !(x instanceof Error) && isThrottled(x.status, x.response.headers, x.response.body);
        if (throttled && refused.length === results.length && refused.every(said)) {
          coverage.mark(ctx.checkId, loc, 'tested');
          return ctx.report({ messageId: 'commonRefused', status: 'pass', data: { path: f.template }, location: loc, evidence: `weak passwords refused with a policy message (${refused.map((r) => `"${r.password}" → HTTP ${r.x.status}`).join(', ')}); the strong control was throttled (HTTP ${x.status})` });
        }
        return ctx.report({ messageId: 'controlRefused', status: 'error', severity: 'info', data: { path: f.template, status: x instanceof Error ? 0 : x.status }, location: loc, ...(x instanceof Error ? { evidence: x.message } : { evidence: x.evidence }) });
      }
      control = x;
    }
    const short = accepted.find((r) => r.kind === 'short');
    // A "check your inbox" answer (202, pending, confirm) may set the password only at confirmation: the account is
    // proven only by signing in with it. Signed in: a verdict; not: a low warning that says what could not be seen.
    const pending = (x: ApiExchange) => x.status === 202 || /confirm|verif|inbox|pending|activat/i.test(x.response.body.slice(0, 1000));
    const signIn = async (r: { password: string; x: ApiExchange }): Promise<ApiExchange | undefined> => {
      const login = findFlow(ctx, 'login');
      const email = emails.get(r.x);
      if (!login || !email || login.path.includes('{')) return undefined;
      // eslint-disable-next-line launchready/no-swallowed-error -- a failed sign-in leaves the finding at pendingAccepted (warn: "could not be signed in to"), never a pass
      const x = await client.send({ method: login.method, path: login.path, ...flowBody(login, { email, password: r.password, nonce: client.nonce() }), headers: await flowHeaders(ctx, login), label: `guest (sign in as the new account, password "${r.password}")`, retryOn401: false }, ctx.checkId, ctx.signal).catch(() => undefined);
      return x && is2xx(x.status) && !isErrorBody(x) ? x : undefined;
    };
    if (short && pending(short.x)) {
      const proof = await signIn(short);
      if (proof) reportExchange(ctx, { messageId: 'shortAccepted', data: { path: f.template, length: short.password.length, password: short.password }, route: loc, x: short.x, control: [proof], note: 'The sign-up answered "pending"; signing in with the new account and this password worked.' });
      else reportExchange(ctx, { messageId: 'pendingAccepted', status: 'warn', severity: 'low', data: { path: f.template, length: short.password.length, status: short.x.status }, route: loc, x: short.x, note: 'The account could not be signed in to (unconfirmed, or the password is checked later): not judged further.' });
    } else if (short) reportExchange(ctx, { messageId: 'shortAccepted', data: { path: f.template, length: short.password.length, password: short.password }, route: loc, x: short.x, note: 'A throwaway account was created with this password; delete launchready-pw-*@example.invalid accounts.' });
    else if (refused.some((r) => r.kind === 'short')) ctx.report({ messageId: 'shortRefused', status: 'pass', data: { path: f.template }, location: loc });
    const common = accepted.find((r) => r.kind === 'common');
    if (common) reportExchange(ctx, { messageId: 'commonAccepted', status: 'warn', severity: 'low', data: { path: f.template }, route: loc, x: common.x });
    else if (refused.some((r) => r.kind === 'common') && control) ctx.report({ messageId: 'commonRefused', status: 'pass', data: { path: f.template }, location: loc });
  },
});
