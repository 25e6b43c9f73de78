import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Server } from 'node:http';
import { randomInt } from 'node:crypto';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir, jsonServer, listenTracked, mailpitOutbox, type OutboxMail } from './helpers.js';

// api/reset-token's attempt-limit probe on 6-digit codes, against three small reset APIs: no limit (bruteForceable),
// a code burnt after 5 wrong guesses (attemptLimited), and guessing throttled with 429 while the real code keeps
// working (attemptLimited: an attacker is held to the throttle's pace).

type Mode = 'none' | 'burn' | 'throttle';
const tmp = tmpDir('lr-reset-attempts-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function start(mode: Mode): Promise<string> {
  let code: string | undefined;
  let wrong = 0;
  const mails: OutboxMail[] = [];
  const server = jsonServer((req, res, raw, out) => {
    const b = raw ? (JSON.parse(raw) as Record<string, string>) : {};
    if (req.url === '/reset' && req.method === 'POST') {
      code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      wrong = 0;
      mails.push({ ID: `m${mails.length}`, To: [{ Address: 'ann@x.test' }], Text: `Your code is ${code}.` });
      return out(202, { ok: true });
    }
    if (req.url === '/reset/confirm' && req.method === 'POST') {
      if (mode === 'throttle' && wrong >= 3 && b.code !== code) return out(429, { detail: 'Too many attempts' });
      if (!code || b.code !== code) {
        wrong++;
        if (mode === 'burn' && wrong >= 5) code = undefined;
        return out(400, { detail: 'Invalid code' });
      }
      code = undefined;
      return out(200, { detail: 'Password changed' });
    }
    return mailpitOutbox(req.url, mails, out);
  });
  return listenTracked(server, servers);
}

async function run(mode: Mode): Promise<string[]> {
  const url = await start(mode);
  const r = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${mode}` },
      api: {
        baseUrl: url,
        allowWrites: true,
        identities: [{ name: 'ann', email: 'ann@x.test', password: 'Ann-Passw0rd-2026' }],
        reset: { request: { path: '/reset' }, mailbox: { url: `${url}/mail`, tokenRegex: 'code is (\\d{6})' }, consume: { path: '/reset/confirm', body: { email: '{{email}}', code: '{{token}}', password: '{{password}}' } } },
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/reset-token') },
      },
    },
    tmp.dir,
  );
  return r.findings.filter((f) => f.checkId === 'api/reset-token').map((f) => `${f.status}:${f.messageId}`).sort();
}

test('6-digit reset codes: no attempt limit is bruteForceable; a burnt or throttled code is attemptLimited', async () => {
  assert.deepEqual(await run('none'), ['fail:bruteForceable', 'pass:singleUse']);
  assert.deepEqual(await run('burn'), ['pass:attemptLimited', 'pass:singleUse']);
  assert.deepEqual(await run('throttle'), ['pass:attemptLimited', 'pass:singleUse']);
});
