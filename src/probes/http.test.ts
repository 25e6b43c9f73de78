import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { test } from 'node:test';
import { RequestBudget } from '../core/budget.js';
import { BudgetExceededError, TargetRefusedError } from '../core/errors.js';
import { HttpError, HttpProbe } from './http.js';
import { Allowlist, parseConnectTo } from './net.js';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

test('http probe: refuses hosts the allowlist does not name, before any socket opens', async () => {
  let hits = 0;
  const server = createServer((_q, s) => {
    hits++;
    s.end('ok');
  });
  const port = await listen(server);
  const probe = new HttpProbe({ allow: new Allowlist(['allowed.test']) });
  try {
    await assert.rejects(probe.request({ url: `http://127.0.0.1:${port}/` }), TargetRefusedError);
    await assert.rejects(probe.request({ url: 'file:///etc/passwd' }), TargetRefusedError);
    assert.equal(hits, 0);
  } finally {
    await probe.close();
    server.close();
  }
});

test('http probe: budget, capped body, curl-style connect-to keeping the Host header', async () => {
  const hosts: string[] = [];
  const server = createServer((q, s) => {
    hosts.push(q.headers.host ?? '');
    s.end('x'.repeat(5000));
  });
  const port = await listen(server);
  const budget = new RequestBudget(2);
  const probe = new HttpProbe({ allow: new Allowlist(['shop.test']), budget, connectTo: [parseConnectTo(`shop.test:80:127.0.0.1:${port}`)], maxBodyBytes: 1000 });
  try {
    const r = await probe.request({ url: 'http://shop.test/' });
    assert.equal(r.status, 200);
    assert.equal(r.body.length, 1000);
    assert.equal(r.bodyBytes > 1000, true);
    assert.equal(r.truncated, true);
    assert.deepEqual(hosts, ['shop.test']);
    await probe.request({ url: 'http://shop.test/2' });
    await assert.rejects(probe.request({ url: 'http://shop.test/3' }), BudgetExceededError);
    assert.equal(hosts.length, 2);
  } finally {
    await probe.close();
    server.close();
  }
});

test('http probe: a kept-alive socket reset before any response is retried once on a new connection', async () => {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((q, s) => {
    requests++;
    // the second request (the first on the reused socket) is dropped without an answer, like a server that
    // closed an idle keep-alive connection just as the client reused it
    if (requests === 2) {
      q.socket.destroy();
      return;
    }
    s.end(`answer ${requests}`);
  });
  server.on('connection', (c) => sockets.add(c));
  const port = await listen(server);
  const budget = new RequestBudget(10);
  const probe = new HttpProbe({ allow: new Allowlist(['127.0.0.1']), budget });
  try {
    assert.equal((await probe.request({ url: `http://127.0.0.1:${port}/a` })).body, 'answer 1');
    const second = await probe.request({ url: `http://127.0.0.1:${port}/b`, method: 'POST', body: '{}' });
    assert.equal(second.body, 'answer 3');
    assert.equal(budget.used, 3, 'the retry is charged to the budget');
    assert.equal(sockets.size, 2, 'the retry used a new connection');
  } finally {
    await probe.close();
    server.close();
  }
});

test('http probe: a server that always resets gives an HttpError naming the URL (one retry, no loop)', async () => {
  let requests = 0;
  const server = createServer((q) => {
    requests++;
    q.socket.destroy();
  });
  const port = await listen(server);
  const probe = new HttpProbe({ allow: new Allowlist(['127.0.0.1']) });
  try {
    await assert.rejects(probe.request({ url: `http://127.0.0.1:${port}/x` }), (err: unknown) => err instanceof HttpError && err.message.includes(`http://127.0.0.1:${port}/x`));
    assert.equal(requests, 2);
  } finally {
    await probe.close();
    server.close();
  }
});
