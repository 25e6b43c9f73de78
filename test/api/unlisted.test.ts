import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { apiChecks } from '../../src/checks/api/index.js';
import { auditRaw, tmpDir } from './helpers.js';

// api/bola's sequential-id probe: an unlisted object that names another tenant's account is a leak
// (unlistedObject); an unlisted object of a shared catalogue (paginated lists, no account in the body) is not, and
// neither is a catalogue object the intruder's own list shows read through its own parent path.

const tmp = tmpDir('lr-unlisted-');
const servers: Server[] = [];
after(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

const TOKENS: Record<string, number> = { 'tok-acme-0000000001': 7, 'tok-globex-00000002': 8 };
const NOTES = [
  { id: 11, account: 7, text: 'acme a' },
  { id: 12, account: 7, text: 'acme b' },
  { id: 13, account: 8, text: 'globex draft', draft: true },
];
const PLANS = [1, 2, 3].map((id) => ({ id, name: `plan ${id}`, price: id * 10 }));

async function start(): Promise<string> {
  const server = createServer((req, res) => {
    const out = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const account = TOKENS[String(req.headers.authorization ?? '').replace(/^Token /, '')];
    const url = req.url ?? '/';
    if (url === '/openapi.json') {
      const p = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'integer' } });
      const ok = { '200': { description: 'ok' } };
      return out(200, {
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        security: [{ tokenAuth: [] }],
        components: { securitySchemes: { tokenAuth: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
        paths: {
          '/accounts/{account_pk}/notes/': { get: { parameters: [p('account_pk')], responses: ok } },
          '/accounts/{account_pk}/notes/{id}/': { get: { parameters: [p('account_pk'), p('id')], responses: ok } },
          '/accounts/{account_pk}/plans/': { get: { parameters: [p('account_pk')], responses: ok } },
          '/accounts/{account_pk}/plans/{id}/': { get: { parameters: [p('account_pk'), p('id')], responses: ok } },
          '/me/': { get: { responses: ok } },
        },
      });
    }
    if (!account) return out(401, { detail: 'Authentication credentials were not provided.' });
    if (url === '/me/') return out(200, { id: account * 10, account_id: account });
    const m = /^\/accounts\/(\d+)\/(notes|plans)\/(?:(\d+)\/)?$/.exec(url);
    if (!m || Number(m[1]) !== account) return out(403, { detail: 'You do not have permission to perform this action.' });
    const id = m[3] === undefined ? undefined : Number(m[3]);
    if (m[2] === 'notes') {
      if (id === undefined) return out(200, { count: 2, next: null, previous: null, results: NOTES.filter((n) => n.account === account && !n.draft) });
      const n = NOTES.find((x) => x.id === id); // planted: looked up by pk alone
      return n ? out(200, n) : out(404, { detail: 'Not found.' });
    }
    // A shared catalogue, paginated two per page: plan 3 is on page 2 for everyone.
    if (id === undefined) return out(200, { count: 3, next: `/accounts/${account}/plans/?page=2`, previous: null, results: PLANS.slice(0, 2) });
    const plan = PLANS.find((x) => x.id === id);
    return plan ? out(200, plan) : out(404, { detail: 'Not found.' });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

test('sequential ids: another tenant\'s unlisted note is unlistedObject; an unlisted plan of a shared catalogue is not', async () => {
  const url = await start();
  const r = await auditRaw(
    {
      version: 1,
      report: { dir: `${tmp.dir}/r` },
      api: {
        baseUrl: url,
        identities: [
          { name: 'ann', tenant: 'acme', headers: { Authorization: 'Token tok-acme-0000000001' } },
          { name: 'ben', tenant: 'globex', headers: { Authorization: 'Token tok-globex-00000002' } },
        ],
        checks: { disable: apiChecks.map((c) => c.id).filter((id) => id !== 'api/bola') },
      },
    },
    tmp.dir,
  );
  const bola = r.findings.filter((f) => f.checkId === 'api/bola' && f.status === 'fail');
  assert.deepEqual(bola.map((f) => `${f.messageId} ${f.location?.path} ${f.data?.objectId} ${f.data?.intruder}`).sort(), [
    // the note looked up by pk alone: through ben's own parent path, and the draft no list shows
    'crossTenant /accounts/{account_pk}/notes/{id}/ 11 ben',
    'unlistedObject /accounts/{account_pk}/notes/{id}/ 13 ann',
  ]);
});
