import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { MARKET_USERS, MARKET_WEBHOOK_SECRET } from './eval-market-app.js';
import { QUILL_USERS, QUILL_WEAK_SECRET } from './eval-quill-app.js';

/**
 * Direct proofs that each planted flaw of the issue-12 evaluation apps is really there in the flawed build and really
 * gone in the fixed twin: one small request sequence per flaw id, written by hand (no launchready code involved), so
 * the ground truth the engine is scored against cannot drift from the apps. Each probe answers "is the flaw present?"
 * on a freshly started app.
 */
export type TruthProbe = (app: { url: string; jwtSecret?: string }) => Promise<boolean>;

interface Got { status: number; headers: Headers; text: string; json: any }
async function req(url: string, o: { method?: string; token?: string; cookie?: string; form?: Record<string, string>; json?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Got> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.cookie) headers.cookie = o.cookie;
  let body: string | undefined;
  if (o.form) { headers['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(o.form).toString(); }
  else if (o.json !== undefined) { headers['content-type'] = 'application/json'; body = JSON.stringify(o.json); }
  else if (o.raw !== undefined) { headers['content-type'] = 'application/json'; body = o.raw; }
  const r = await fetch(url, { method: o.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
  const text = await r.text();
  let json: any;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: r.status, headers: r.headers, text, json };
}

// ---- Stallhub ------------------------------------------------------------------------------------------------------
async function mLogin(url: string, who: keyof typeof MARKET_USERS, password?: string): Promise<{ token: string; id: string; setCookie: string }> {
  const r = await req(`${url}/api/auth/login`, { form: { username: MARKET_USERS[who].email, password: password ?? MARKET_USERS[who].password } });
  if (r.status !== 200) throw new Error(`login ${who}: ${r.status} ${r.text}`);
  return { token: r.json.data.token, id: r.json.data.user._id, setCookie: r.headers.get('set-cookie') ?? '' };
}
const productOf = async (url: string, sellerId: string) => ((await req(`${url}/api/products`)).json.data.products as { _id: string; seller: string }[]).find((p) => p.seller === sellerId)!._id;

export const MARKET_TRUTH: Record<string, TruthProbe> = {
  'bola-product-write': async ({ url }) => { const a = await mLogin(url, 'alice'); const b = await mLogin(url, 'bob'); return (await req(`${url}/api/products/${await productOf(url, a.id)}`, { method: 'PUT', token: b.token, form: { title: 'edited by bob' } })).status === 200; },
  'bola-orders-list': async ({ url }) => { const a = await mLogin(url, 'alice'); const list = (await req(`${url}/api/orders`, { token: a.token })).json.data.orders as { buyer: string; seller: string }[]; return list.some((o) => o.buyer !== a.id && o.seller !== a.id); },
  'bola-order-read': async ({ url }) => {
    const a = await mLogin(url, 'alice');
    const root = await mLogin(url, 'root');
    const foreign = ((await req(`${url}/api/orders`, { token: root.token })).json.data.orders as { _id: string; buyer: string; seller: string }[]).find((o) => o.buyer !== a.id && o.seller !== a.id)!;
    return (await req(`${url}/api/orders/${foreign._id}`, { token: a.token })).status === 200;
  },
  'bola-password-write': async ({ url }) => { const b = await mLogin(url, 'bob'); return (await req(`${url}/api/users/carol/password`, { method: 'PUT', token: b.token, json: { password: 'Carol-New-Passw0rd-2026' } })).status === 204; },
  'state-changing-get': async ({ url }) => { const a = await mLogin(url, 'alice'); const r = await req(`${url}/api/user/change-password?new=${encodeURIComponent('Changed-By-Get-2026')}`, { token: a.token }); return r.status === 200 && (await req(`${url}/api/auth/login`, { form: { username: 'alice', password: 'Changed-By-Get-2026' } })).status === 200; },
  'bfla-stats': async ({ url }) => (await req(`${url}/api/admin/stats`, { token: (await mLogin(url, 'alice')).token })).status === 200,
  'bfla-feature': async ({ url }) => { const a = await mLogin(url, 'alice'); return (await req(`${url}/api/admin/products/${await productOf(url, a.id)}/feature`, { token: a.token, json: { featured: true } })).status === 200; },
  'ma-isadmin': async ({ url }) => { const a = await mLogin(url, 'alice'); await req(`${url}/api/users/me`, { method: 'PATCH', token: a.token, form: { isAdmin: 'true' } }); return (await req(`${url}/api/users/me`, { token: a.token })).json.data.user.isAdmin === true; },
  'ma-featured': async ({ url }) => { const a = await mLogin(url, 'alice'); const r = await req(`${url}/api/products`, { token: a.token, form: { title: 'Mug', price: '10', featured: 'true' } }); return r.json?.data?.product?.featured === true; },
  'authn-payouts': async ({ url }) => (await req(`${url}/api/payouts`)).status === 200,
  'sf-seller-hash': async ({ url }) => /\$2b\$10\$/.test((await req(`${url}/api/sellers/alice`)).text),
  'enum-login': async ({ url }) => { const x = await req(`${url}/api/auth/login`, { form: { username: 'alice', password: 'wrong-Password-1' } }); const y = await req(`${url}/api/auth/login`, { form: { username: 'nobody-here', password: 'wrong-Password-1' } }); return x.status !== y.status || x.text !== y.text; },
  'enum-register': async ({ url }) => { const x = await req(`${url}/api/auth/register`, { form: { email: MARKET_USERS.alice.email, password: 'Long-Enough-Pass-2026' } }); const y = await req(`${url}/api/auth/register`, { form: { email: 'new-person@stallhub.test', password: 'Long-Enough-Pass-2026' } }); return x.status !== y.status; },
  'rl-login': async ({ url }) => { let limited = false; for (let i = 0; i < 12; i++) if ((await req(`${url}/api/auth/login`, { form: { username: 'alice', password: `wrong-${i}` } })).status === 429) limited = true; return !limited; },
  'pw-policy': async ({ url }) => (await req(`${url}/api/auth/register`, { form: { email: 'weak@stallhub.test', password: '123456' } })).status === 201,
  'cookie-httponly': async ({ url }) => !/httponly/i.test((await mLogin(url, 'alice')).setCookie),
  'cors-reflect': async ({ url }) => { const r = await req(`${url}/api/users/me`, { headers: { origin: 'https://evil.example' } }); return r.headers.get('access-control-allow-origin') === 'https://evil.example' && r.headers.get('access-control-allow-credentials') === 'true'; },
  'banner-version': async ({ url }) => /\d+\.\d+/.test((await req(`${url}/api/products`)).headers.get('server') ?? ''),
  'err-stack': async ({ url }) => /at JSON\.parse/.test((await req(`${url}/api/products`, { token: (await mLogin(url, 'alice')).token, raw: '{"title": ' })).text),
  'debug-env': async ({ url }) => { const r = await req(`${url}/.env`); return r.status === 200 && /MONGO_URL=/.test(r.text); },
  'cache-me': async ({ url }) => /public/.test((await req(`${url}/api/users/me`, { token: (await mLogin(url, 'alice')).token })).headers.get('cache-control') ?? ''),
  'ssrf-image': async ({ url }) => {
    let hit = false;
    const canary = createServer((_q, s) => { hit = true; s.end('png'); });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
    try {
      const a = await mLogin(url, 'alice');
      await req(`${url}/api/products/${await productOf(url, a.id)}/image`, { token: a.token, json: { imageUrl: `http://127.0.0.1:${(canary.address() as { port: number }).port}/x.png` } });
      return hit;
    } finally { await new Promise((r) => canary.close(r)); }
  },
  'webhook-unsigned': async ({ url }) => (await req(`${url}/api/webhooks/stripe`, { json: { id: 'evt_1', type: 'charge.succeeded' } })).status === 200,
};
/** the fixed twin's webhook accepts a correctly signed event (so "unsigned refused" is not "everything refused") */
export async function marketSignedWebhookAccepted(url: string): Promise<boolean> {
  const body = JSON.stringify({ id: 'evt_2', type: 'charge.succeeded' });
  const t = Math.floor(Date.now() / 1000);
  const sig = createHmac('sha256', MARKET_WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex');
  return (await req(`${url}/api/webhooks/stripe`, { raw: body, headers: { 'stripe-signature': `t=${t},v1=${sig}` } })).status === 200;
}

// ---- Quillmark -----------------------------------------------------------------------------------------------------
async function qLogin(url: string, who: keyof typeof QUILL_USERS): Promise<string> {
  const r = await req(`${url}/api/v1/auth/token`, { form: { username: QUILL_USERS[who].username, password: QUILL_USERS[who].password } });
  if (r.status !== 200) throw new Error(`login ${who}: ${r.status} ${r.text}`);
  return r.json.access_token;
}
const b64u = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const hs256 = (payload: Record<string, unknown>, secret: string) => { const h = b64u({ alg: 'HS256', typ: 'JWT' }); const p = b64u(payload); return `${h}.${p}.${createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url')}`; };
const BOBS_NOTE = 103; // seeded: notes 101-102 are alice's, 103-104 bob's

export const QUILL_TRUTH: Record<string, TruthProbe> = {
  'jwt-weak-secret': async ({ url }) => { const t = await qLogin(url, 'alice'); const forged = hs256(payloadOf(t), QUILL_WEAK_SECRET); return (await req(`${url}/api/v1/users/me`, { token: forged })).status === 200; },
  'jwt-no-exp': async ({ url }) => payloadOf(await qLogin(url, 'alice')).exp === undefined,
  'jwt-none-legacy': async ({ url }) => { const t = await qLogin(url, 'alice'); const none = `${b64u({ alg: 'none', typ: 'JWT' })}.${b64u(payloadOf(t))}.`; return (await req(`${url}/api/v1/notes`, { token: none })).status === 200; },
  'jwt-signature-legacy': async ({ url }) => { const t = await qLogin(url, 'alice'); const bad = hs256(payloadOf(t), 'not-the-secret-at-all'); return (await req(`${url}/api/v1/notes`, { token: bad })).status === 200; },
  'jwt-expired-pdf': async ({ url, jwtSecret }) => {
    const t = await qLogin(url, 'alice');
    const expired = hs256({ ...payloadOf(t), exp: Math.floor(Date.now() / 1000) - 3600 }, jwtSecret!);
    return (await req(`${url}/api/v1/invoices/501/pdf?token=${expired}`)).status === 200;
  },
  'bola-note-read': async ({ url }) => (await req(`${url}/api/v1/notes/${BOBS_NOTE}`, { token: await qLogin(url, 'alice') })).status === 200,
  'bola-note-write': async ({ url }) => (await req(`${url}/api/v1/notes/${BOBS_NOTE}`, { method: 'PUT', token: await qLogin(url, 'alice'), json: { title: 'edited by alice' } })).status === 200,
  'enum-user-lookup': async ({ url }) => { const t = await qLogin(url, 'alice'); const x = await req(`${url}/api/v1/users/bob`, { token: t }); const y = await req(`${url}/api/v1/users/nobody`, { token: t }); return x.status !== y.status; },
  'enum-signup': async ({ url }) => { const x = await req(`${url}/api/v1/users`, { json: { email: QUILL_USERS.alice.email, password: 'A-Long-Passphrase-2026' } }); const y = await req(`${url}/api/v1/users`, { json: { email: 'fresh@quillmark.test', password: 'A-Long-Passphrase-2026' } }); return x.status !== y.status; },
  'pw-policy': async ({ url }) => (await req(`${url}/api/v1/users`, { json: { email: 'weak@quillmark.test', password: 'password' } })).status === 201,
  'redos-display-name': async ({ url }) => {
    // Interleaved pairs of the same length, median of three each: the hostile value (25 letters and "!") against a
    // benign one (26 letters). Load slows both alike; only a backtracking validator makes the hostile one ≥ 4× slower
    // (flawed: ~0.12 s warm against ~1 ms). A refused request (401, 429) proves nothing either way: not counted.
    const t = await qLogin(url, 'alice');
    const hostile: number[] = [];
    const benign: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (const [value, into] of [[`${'a'.repeat(25)}!`, hostile], ['a'.repeat(26), benign]] as const) {
        const t0 = performance.now();
        const r = await req(`${url}/api/v1/users/me`, { method: 'PATCH', token: t, json: { display_name: value } });
        if (r.status === 401 || r.status === 429) throw new Error(`redos truth probe refused (HTTP ${r.status})`);
        into.push(performance.now() - t0);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    return median(hostile) > 4 * median(benign) + 20;
  },
  'ma-superuser': async ({ url }) => { const t = await qLogin(url, 'alice'); await req(`${url}/api/v1/users/me`, { method: 'PATCH', token: t, json: { is_superuser: true } }); return (await req(`${url}/api/v1/users/me`, { token: t })).json.is_superuser === true; },
  'sf-hashed-password': async ({ url }) => 'hashed_password' in (await req(`${url}/api/v1/users/me`, { token: await qLogin(url, 'alice') })).json,
  'authn-projects': async ({ url }) => (await req(`${url}/api/v1/projects`)).status === 200,
  'bfla-admin-users': async ({ url }) => (await req(`${url}/api/v1/admin/users`, { token: await qLogin(url, 'alice') })).status === 200,
  'bfla-role': async ({ url }) => (await req(`${url}/api/v1/users/2/role`, { method: 'PATCH', token: await qLogin(url, 'alice'), json: { role: 'viewer' } })).status === 200,
  'sqli-search': async ({ url }) => {
    const t = await qLogin(url, 'alice');
    const quote = await req(`${url}/api/v1/notes/search?q=${encodeURIComponent("x'")}`, { token: t });
    const all = await req(`${url}/api/v1/notes/search?q=${encodeURIComponent("' OR 1=1 --")}`, { token: t });
    return quote.status === 500 && /OperationalError/.test(quote.text) && Array.isArray(all.json) && all.json.length === 5;
  },
  'err-traceback': async ({ url }) => /Traceback/.test((await req(`${url}/api/v1/notes`, { token: await qLogin(url, 'alice'), raw: '{"title": ' })).text),
  'rl-login': async ({ url }) => { let limited = false; for (let i = 0; i < 8; i++) if ((await req(`${url}/api/v1/auth/token`, { form: { username: 'alice', password: `wrong-${i}` } })).status === 429) limited = true; return !limited; },
  'banner-version': async ({ url }) => /\d+\.\d+/.test((await req(`${url}/api/v1/health`)).headers.get('server') ?? ''),
  'debug-console': async ({ url }) => /Werkzeug/.test((await req(`${url}/console`)).text),
  'crash-export': async ({ url }) => {
    const t = await qLogin(url, 'alice');
    try { await req(`${url}/api/v1/reports/abc/export`, { token: t }); } catch { /* the connection dies with the worker */ }
    try { await req(`${url}/api/v1/health`); return false; } catch { return true; }
  },
};
