import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir } from './helpers.js';

// api/password-policy against three sign-up APIs: anything goes (flawed), 8+ characters only (the common "password"
// still passes), and 10+ characters not on a common list (fixed). Form-encoded bodies with a username field, as
// server-rendered apps send them.

type Mode = 'any' | 'length8' | 'fixed' | 'pending' | 'pending-login' | 'closed' | 'throttle';
const tmp = tmpDir('lr-pwpolicy-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function run(mode: Mode, allowWrites = true): Promise<{ got: string[]; accounts: number }> {
  let accounts = 0;
  const created = new Map<string, string>();
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const b: Record<string, string> = raw.startsWith('{') ? (JSON.parse(raw) as Record<string, string>) : Object.fromEntries(new URLSearchParams(raw));
      const out = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/accounts/login' && req.method === 'POST') {
        // pending-login: accounts work before confirmation; pending: nothing signs in until the mail is confirmed
        return mode === 'pending-login' && created.get(b.email ?? '') === b.password ? out(200, { token: 'tok-0123456789abcdef' }) : out(401, { detail: 'Invalid credentials' });
      }
      if (req.url !== '/accounts/register' || req.method !== 'POST') return out(404, { detail: 'Not found' });
      // closed: sign-up refuses everyone (even the strong control); throttle: every sign-up gets 429
      if (mode === 'closed') return out(403, { detail: 'Registration is closed' });
      if (mode === 'throttle') return out(429, { detail: 'Too many requests' });
      if (!b.username || !b.email) return out(422, { detail: [{ loc: ['body', 'username'], msg: 'field required' }] });
      const pw = b.password ?? '';
      if (mode === 'length8' && pw.length < 8) return out(422, { detail: [{ loc: ['body', 'password'], msg: 'ensure this value has at least 8 characters' }] });
      if (mode === 'fixed' && (pw.length < 10 || ['password', '1234567890', 'qwertyuiop'].includes(pw))) return out(422, { detail: [{ loc: ['body', 'password'], msg: 'password too weak' }] });
      accounts++;
      created.set(b.email, pw);
      if (mode.startsWith('pending')) return out(202, { message: 'Check your inbox to confirm the address.' });
      return out(201, { id: accounts, username: b.username });
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const report = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/${mode}-${allowWrites}` },
      api: { baseUrl: url, allowWrites, routes: [{ method: 'POST', path: '/accounts/login', public: true }], signup: { path: '/accounts/register', format: 'form', body: { username: 'lr{{nonce}}', email: '{{email}}', password: '{{password}}' } }, checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/password-policy') } },
    },
    tmp.dir,
  );
  return { got: report.findings.filter((f) => f.checkId === 'api/password-policy').map((f) => `${f.status}:${f.messageId}`).sort(), accounts };
}

test('anything goes: a 1-character password is accepted (fail), and "password" (warn)', async () => {
  assert.deepEqual((await run('any')).got, ['fail:shortAccepted', 'warn:commonAccepted']);
});

test('8+ characters: short ones refused, the common "password" still accepted', async () => {
  assert.deepEqual((await run('length8')).got, ['pass:shortRefused', 'warn:commonAccepted']);
});

test('fixed: short and common refused, proven by a strong control sign-up', async () => {
  const r = await run('fixed');
  assert.deepEqual(r.got, ['pass:commonRefused', 'pass:shortRefused']);
  assert.equal(r.accounts, 1); // the control
});

test('without api.allowWrites nothing is sent', async () => {
  const r = await run('any', false);
  assert.deepEqual(r.got, ['skipped:writesSkipped']);
  assert.equal(r.accounts, 0);
});

test('a "check your inbox" answer: judged by signing in as the new account; unconfirmable accounts get a low warning only', async () => {
  assert.deepEqual((await run('pending-login')).got, ['fail:shortAccepted', 'warn:commonAccepted']);
  assert.deepEqual((await run('pending')).got, ['warn:commonAccepted', 'warn:pendingAccepted']);
});

test('not judged, never a pass: a sign-up that refuses even the strong control (controlRefused), or throttles everything (throttled)', async () => {
  assert.deepEqual((await run('closed')).got, ['error:controlRefused']);
  assert.deepEqual((await run('throttle')).got, ['error:throttled']);
});
