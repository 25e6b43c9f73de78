import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir, jsonServer } from './helpers.js';
import { imapServer, type TestMail } from './imap-server.js';

// api/reset-token with the mailboxes people actually have: MailHog's API, a generic JSON outbox, a real mailbox over
// IMAP (a small IMAP server on loopback), a mailbox URL that answers 404 (the error names the URL and the status),
// and reset by security question (flawed: no attempt limit; fixed: locked after 3 wrong answers). The reset API
// itself is the same small app: tokens are reusable in the flawed build, single-use in the fixed one.

const tmp = tmpDir('lr-reset-mailboxes-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function listen(s: Server): Promise<number> {
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as { port: number }).port;
}

const ANN = { email: 'ann@x.test', password: 'Ann-Pass-2026', answer: 'Fluffy' };

async function resetApp(flawed: boolean, mails: TestMail[]): Promise<string> {
  const tokens = new Map<string, boolean>();
  let wrongAnswers = 0;
  const port = await listen(
    jsonServer((req, res, raw, out) => {
      const b = raw ? (JSON.parse(raw) as Record<string, string>) : {};
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/api/password/forgot') {
        const t = randomBytes(24).toString('base64url');
        if (!flawed) for (const k of tokens.keys()) tokens.set(k, false); // a new link revokes older ones
        tokens.set(t, true);
        if (b.email === ANN.email) mails.push({ to: ANN.email, subject: 'Reset your password', text: `Hello,\nreset here: https://app.x.test/reset?token=${t}&lang=en\n` });
        return out(202, { message: 'If the account exists, we sent a link.' });
      }
      if (url.pathname === '/api/password/reset') {
        if (!tokens.get(b.token ?? '')) return out(400, { error: 'invalid or used token' });
        if (!flawed) tokens.set(b.token!, false); // FLAW (flawed build): reusable token
        return out(200, { message: 'password changed' });
      }
      if (url.pathname === '/api/password/answer') {
        if (!flawed && wrongAnswers >= 3) return out(429, { error: 'too many wrong answers, try again later' });
        if (b.email !== ANN.email || b.answer !== ANN.answer) {
          wrongAnswers++;
          return out(401, { error: 'wrong answer' });
        }
        return out(200, { message: 'password changed' });
      }
      // The JSON outbox a dev server exposes: {"emails": [{"to", "subject", "body"}]}.
      if (url.pathname === '/dev/outbox') return out(200, { emails: mails.map((m, i) => ({ id: `e${i}`, to: m.to, subject: m.subject, body: m.text })) });
      // MailHog API v2 (subset): items with Content.Headers.To and a quoted-printable Content.Body.
      if (url.pathname === '/mailhog/api/v2/messages') return out(200, { total: mails.length, count: mails.length, start: 0, items: [...mails].reverse().map((m, i) => ({ ID: `mh${mails.length - i}`, Content: { Headers: { To: [m.to], Subject: [m.subject] }, Body: m.text.replace(/=/g, '=3D').replace(/(.{60})/g, '$1=\r\n') }, MIME: null, Raw: { To: [m.to] } })) });
      return out(404, { error: 'not found' });
    }),
  );
  return `http://127.0.0.1:${port}`;
}

async function run(name: string, reset: Record<string, unknown>, opts: { flawed?: boolean; imap?: TestMail[] } = {}): Promise<string[]> {
  const mails = opts.imap ?? [];
  const url = await resetApp(opts.flawed ?? true, mails);
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${name}` },
      api: {
        baseUrl: url,
        allowWrites: true,
        identities: [{ name: 'ann', email: ANN.email, password: ANN.password }],
        reset,
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/reset-token') },
      },
    },
    tmp.dir,
  );
  return report.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => `${f.status}:${f.messageId}${f.status === 'error' ? `:${f.message}` : ''}`).sort();
}

const LINK = { request: { path: '/api/password/forgot' }, consume: { path: '/api/password/reset', body: { token: '{{token}}', password: '{{password}}' } } };

test('MailHog API: the reset link is read from the quoted-printable body', async () => {
  assert.deepEqual(await run('mailhog', { ...LINK, mailbox: { kind: 'mailhog', url: '/mailhog' } }), ['fail:olderStillValid', 'fail:reusable']);
});

test('generic JSON outbox: list and text found without messagesPath/textPath', async () => {
  assert.deepEqual(await run('json', { ...LINK, mailbox: { kind: 'json', url: '/dev/outbox' } }), ['fail:olderStillValid', 'fail:reusable']);
  assert.deepEqual(await run('json-fixed', { ...LINK, mailbox: { kind: 'json', url: '/dev/outbox', messagesPath: 'emails', textPath: 'body' } }, { flawed: false }), ['pass:singleUse']);
});

test('IMAP mailbox (imapflow against a loopback IMAP server)', async () => {
  const mails: TestMail[] = [{ to: 'someone@x.test', subject: 'unrelated', text: 'token=not-for-ann' }];
  const port = await listen(imapServer(mails, 'reset-inbox', 'Imap-Pass-2026') as unknown as Server);
  const got = await run('imap', { ...LINK, mailbox: { kind: 'imap', imap: { host: '127.0.0.1', port, secure: false, user: 'reset-inbox', password: 'Imap-Pass-2026' } } }, { imap: mails, flawed: false });
  assert.deepEqual(got, ['pass:singleUse']);
});

test('a mailbox URL that answers 404: the error names the URL and the status', async () => {
  const got = await run('404', { ...LINK, mailbox: { kind: 'mailpit', url: '/no-mailpit-here' } });
  assert.equal(got.length, 1);
  assert.match(got[0]!, /^error:mailboxError:.*\/no-mailpit-here\/api\/v1\/messages answered HTTP 404/);
});

test('reset by security question: no attempt limit (flawed) vs locked after 3 wrong answers (fixed)', async () => {
  const question = { path: '/api/password/answer', body: { email: '{{email}}', answer: '{{answer}}', new: '{{password}}' }, answer: ANN.answer };
  assert.deepEqual(await run('question', { question }), ['fail:answerBruteForceable']);
  assert.deepEqual(await run('question-fixed', { question }, { flawed: false }), ['pass:answerLimited']);
});
