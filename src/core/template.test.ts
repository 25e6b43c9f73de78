import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillCalls, fillFixture, fillString, fillTemplate, getPath, statusMatches } from './template.js';

test('getPath: keys, numeric segments and [n]; undefined when a step is missing', () => {
  const v = { choices: [{ message: { content: 'x' } }], data: { items: [{ id: 7 }] } };
  assert.equal(getPath(v, 'choices.0.message.content'), 'x');
  assert.equal(getPath(v, 'data.items[0].id'), 7);
  assert.equal(getPath(v, 'data.nope.id'), undefined);
  assert.equal(getPath(v, ''), v);
  assert.equal(getPath('text', 'a'), undefined);
});

test('fillTemplate / fillString: one {{name}} grammar, deep, numbers kept, unknown names left visible', () => {
  assert.equal(fillString('Bearer {{token}}', { token: 'abc' }), 'Bearer abc');
  assert.equal(fillString('{{ missing }} x', {}), '{{ missing }} x');
  assert.equal(fillString('{{a.b}}', new Map([['a.b', 'ok']])), 'ok');
  assert.deepEqual(fillTemplate({ user: { email: '{{email}}' }, qty: '{{n}}', list: ['{{email}}'] }, { email: 'e@x.test', n: 3 }), { user: { email: 'e@x.test' }, qty: 3, list: ['e@x.test'] });
});

test('statusMatches: 200, "2xx", "200-299"; anything else never matches', () => {
  assert.equal(statusMatches(204, ['2xx']), true);
  assert.equal(statusMatches(302, [200, '3xx']), true);
  assert.equal(statusMatches(404, ['400-403']), false);
  assert.equal(statusMatches(401, ['400-403']), true);
  assert.equal(statusMatches(200, ['ok']), false);
});

test('fillCalls / fillFixture: {{fn:arg}} with the same braces; unknown functions and bad arguments stay visible', () => {
  assert.equal(fillCalls('x {{b64:hi}} {{nope:1}}', { b64: (a) => Buffer.from(a).toString('base64') }), 'x aGk= {{nope:1}}');
  assert.equal(fillCalls('{{b64:{{marker}}}}', { b64: (a) => `<${a}>` }), '<{{marker>}}', 'the argument ends at the first }}: fill variables first');
  assert.equal(fillCalls(fillString('{{b64:{{marker}}}}', { marker: 'M' }), { b64: (a) => `<${a}>` }), '<M>');
  let made = 0;
  const cache = new Map<string, string>();
  const fake = (id: string) => `${id}-${++made}`;
  assert.equal(fillFixture('{{fake:stripe}} {{fake:stripe}} {{fake:stripe#2}} {{fake:Bad Id}}', fake, cache), 'stripe-1 stripe-1 stripe-2 {{fake:Bad Id}}');
  assert.equal(fillFixture('{{fake:stripe}}', fake, cache), 'stripe-1', 'one value per rule and suffix across calls sharing a cache');
});
