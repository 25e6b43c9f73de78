import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Redactor } from '../core/redact.js';
import { ExchangePool, ExchangeRecorder, requestKey, type SavedExchange } from './evidence-http.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJlLW9mLWEtdGVzdC10b2tlbg';

function saved(redactor: Redactor, req: SavedExchange['request'], status: number, checkId = 'api/bola'): SavedExchange {
  const rec = new ExchangeRecorder();
  rec.add({ checkId, at: 'x', request: req, response: { url: req.url, method: req.method, status, headers: {}, setCookies: [], rawHeaders: [], body: '', bodyBytes: 0, truncated: false, timings: { totalMs: 1, ttfbMs: 1 } } });
  return rec.saved(redactor)[0]!;
}

test('a request carrying a token matches its saved (masked) twin: on replay the token is the mask read from the saved login response', () => {
  const live = new Redactor();
  live.register(TOKEN);
  const x = saved(live, { method: 'GET', url: 'http://127.0.0.1:1/api/orders/1', headers: { authorization: `Bearer ${TOKEN}` } }, 200);
  assert.ok(!JSON.stringify(x).includes(TOKEN), 'the token is stored masked');
  // replay: the client only knows the masked token (from the masked login response), and registers it as a secret
  const masked = live.redact(TOKEN);
  const replay = new Redactor();
  replay.register(masked);
  assert.equal(requestKey({ method: 'GET', url: 'http://127.0.0.1:1/api/orders/1', headers: { authorization: `Bearer ${masked}` } }, replay), x.key);
  // another object is another request
  assert.notEqual(requestKey({ method: 'GET', url: 'http://127.0.0.1:1/api/orders/2', headers: { authorization: `Bearer ${masked}` } }, replay), x.key);
});

test('a configured password in a login body matches: the replay redactor masks it as the saved run did', () => {
  const live = new Redactor();
  live.register('Hunter2-password-long');
  const body = JSON.stringify({ email: 'a@b.test', password: 'Hunter2-password-long' });
  const x = saved(live, { method: 'POST', url: 'http://127.0.0.1:1/login', headers: { 'content-type': 'application/json' }, body }, 200);
  const replay = new Redactor();
  replay.register('Hunter2-password-long');
  assert.equal(requestKey({ method: 'POST', url: 'http://127.0.0.1:1/login', headers: { 'content-type': 'application/json' }, body }, replay), x.key);
});

test('pool: answers in the order seen, the asking check first, a random body falls back to method+URL, then the last answer repeats', () => {
  const r = new Redactor();
  const a1 = saved(r, { method: 'POST', url: 'http://h/login', headers: {}, body: 'u=1' }, 401, 'api/rate-limit');
  const a2 = saved(r, { method: 'POST', url: 'http://h/login', headers: {}, body: 'u=1' }, 429, 'api/rate-limit');
  const b = saved(r, { method: 'POST', url: 'http://h/login', headers: {}, body: 'u=1' }, 200, 'api/discovery');
  const pool = new ExchangePool([b, a1, a2]);
  assert.equal(pool.take(a1.key, 'api/rate-limit', 'POST', 'http://h/login')!.response!.status, 401);
  assert.equal(pool.take(a1.key, 'api/rate-limit', 'POST', 'http://h/login')!.response!.status, 429);
  assert.equal(pool.take(a1.key, 'api/discovery', 'POST', 'http://h/login')!.response!.status, 200);
  assert.equal(pool.take(a1.key, 'api/rate-limit', 'POST', 'http://h/login')!.response!.status, 429);
  // a body with another random value: same check, same method and URL
  const pool2 = new ExchangePool([a1]);
  assert.equal(pool2.take(requestKey({ method: 'POST', url: 'http://h/login', headers: {}, body: 'u=2' }), 'api/rate-limit', 'POST', 'http://h/login')!.response!.status, 401);
  assert.equal(pool2.take('nope', 'api/bola', 'GET', 'http://h/other'), undefined);
});
