import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { apiChecks } from './index.js';
import { auditRaw, jsonServer, tmpDir, listenTracked, mailpitOutbox, type OutboxMail } from '../../../test/api/helpers.js';

// api/reset-token against a small reset API with a Mailpit-style outbox, one behaviour per case (issue 20): what the
// token looks like (weak, a JWT without exp or living 48 h), and every way the flow can fail to give a verdict (no
// mail, no token in it, a consume route that errors, a password that cannot be restored, a broken or careless
// security-question route). test/api/reset-*.test.ts hold the single-use, older-link and attempt-limit verdicts.

type Mode = 'weak-broken' | 'jwt-no-exp' | 'jwt-48h' | 'no-mail' | 'no-token' | 'no-restore' | 'question-any' | 'question-broken';
const tmp = tmpDir('lr-reset-token-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});
const PASSWORD = 'Ann-Passw0rd-2026';
const JWT_KEY = new TextEncoder().encode(randomBytes(32).toString('hex'));

async function start(mode: Mode): Promise<string> {
  const live = new Set<string>();
  let current = PASSWORD;
  let changes = 0;
  const mails: OutboxMail[] = [];
  const token = async (): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    if (mode === 'weak-broken') return randomBytes(6).toString('base64url'); // 8 characters
    if (mode === 'jwt-no-exp') return new SignJWT({ sub: 'u1', purpose: 'reset', n: randomBytes(4).toString('hex') }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now).sign(JWT_KEY);
    if (mode === 'jwt-48h') return new SignJWT({ sub: 'u1', purpose: 'reset', n: randomBytes(4).toString('hex') }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now).setExpirationTime(now + 48 * 3600).sign(JWT_KEY);
    return randomBytes(24).toString('base64url');
  };
  const server = jsonServer(async (req, _res, raw, out) => {
    const b = raw ? (JSON.parse(raw) as Record<string, string>) : {};
    if (req.url === '/reset' && req.method === 'POST') {
      if (mode === 'no-mail') return out(202, { ok: true });
      const t = await token();
      live.clear(); // a new link invalidates the older ones
      live.add(t);
      mails.push({ ID: `m${mails.length}`, To: [{ Address: 'ann@x.test' }], Text: mode === 'no-token' ? 'Click the button in the HTML part to reset.' : `Reset: https://app.test/reset?token=${t}` });
      return out(202, { ok: true });
    }
    if (req.url === '/reset/confirm' && req.method === 'POST') {
      if (mode === 'weak-broken') return out(500, { detail: 'Internal Server Error' });
      if (!live.has(b.token ?? '')) return out(400, { detail: 'Invalid or expired link' });
      // no-restore: the new password must differ from the current one, and only one change is allowed a day
      if (mode === 'no-restore') {
        if (b.password === current) return out(400, { detail: 'The new password must differ from the current one' });
        if (changes >= 1) return out(429, { detail: 'Password changed recently; try again tomorrow' });
        changes++;
      }
      live.delete(b.token!);
      current = b.password ?? current;
      return out(200, { detail: 'Password changed' });
    }
    if (req.url === '/reset/question' && req.method === 'POST') {
      if (mode === 'question-broken') return out(404, { detail: 'Not found' });
      return out(200, { detail: 'Password changed' }); // question-any: any answer sets the password
    }
    return mailpitOutbox(req.url, mails, out);
  });
  return listenTracked(server, servers);
}

async function run(mode: Mode): Promise<string[]> {
  const url = await start(mode);
  const question = mode.startsWith('question');
  const reset = question
    ? { question: { path: '/reset/question', answer: 'Springfield' } }
    : { request: { path: '/reset' }, mailbox: { url: `${url}/mail` }, consume: { path: '/reset/confirm' } };
  const r = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${mode}` },
      api: { baseUrl: url, allowWrites: true, identities: [{ name: 'ann', email: 'ann@x.test', password: PASSWORD }], reset, checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/reset-token') } },
    },
    tmp.dir,
  );
  return r.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => `${f.messageId}:${f.status}:${f.severity}`).sort();
}

const CASES: [Mode, string, string[]][] = [
  ['weak-broken', 'an 8-character token, and a consume route that errors: weakToken, and flowBroken (error, not a verdict)', ['flowBroken:error:high', 'weakToken:fail:medium']],
  ['jwt-no-exp', 'a JWT reset token without exp: noExpiry', ['noExpiry:fail:medium', 'singleUse:pass:high']],
  ['jwt-48h', 'a JWT reset token valid for 48 hours: longLived', ['longLived:warn:low', 'singleUse:pass:high']],
  ['no-mail', 'the reset request sends no mail: noMail (error)', ['noMail:error:high']],
  ['no-token', 'the mail holds no token the regex finds: noToken (error)', ['noToken:error:high']],
  ['no-restore', 'the temporary password cannot be changed back: restoreFailed (error, naming the identity)', ['restoreFailed:error:high']],
  ['question-any', 'a security-question route that takes any answer: wrongAnswerAccepted (critical)', ['wrongAnswerAccepted:fail:critical']],
  ['question-broken', 'a security-question route that refuses even the real answer: questionBroken (error)', ['questionBroken:error:info']],
];

for (const [mode, name, expect] of CASES) {
  test(`api/reset-token: ${name}`, async () => {
    assert.deepEqual(await run(mode), expect);
  });
}
