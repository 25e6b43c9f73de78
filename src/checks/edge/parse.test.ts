import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apexOf } from './parse.js';

test('apexOf: the Public Suffix List (private section too), so a platform subdomain is its own domain', () => {
  const cases: [string, string][] = [
    ['my-app.vercel.app', 'my-app.vercel.app'],
    ['x.herokuapp.com', 'x.herokuapp.com'],
    ['foo.github.io', 'foo.github.io'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['www.example.com.', 'example.com'],
    ['API.Example.COM', 'example.com'],
    ['api.demo-market.test', 'demo-market.test'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ];
  for (const [host, want] of cases) assert.equal(apexOf(host), want, host);
});
