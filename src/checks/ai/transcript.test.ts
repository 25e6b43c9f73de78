import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aiEndpoint } from '../../core/config/sections/ai.js';
import { findCanary } from './detect.js';
import { CLASS_CHECK, PAYLOADS } from './payloads.js';
import { buildBody, jsonPath, parseReply, payloadsFor, toolNames } from './transcript.js';

const ep = (o: Record<string, unknown> = {}) => aiEndpoint.parse({ name: 'bot', url: 'http://127.0.0.1:1/chat', ...o });
const CANARY = 'CANARY-' + 'zq81x'.repeat(2);

test('request templates: JSON objects, JSON strings (escaped), form and text', () => {
  const input = 'say "hi"\nnow';
  assert.deepEqual(JSON.parse(buildBody(ep({ request: { messages: [{ role: 'user', content: '{{input}}' }] } }), input).body), { messages: [{ role: 'user', content: input }] });
  assert.deepEqual(JSON.parse(buildBody(ep({ request: '{"q":"{{input}}","k":1}' }), input).body), { q: input, k: 1 });
  assert.equal(buildBody(ep({ request: { q: '{{input}}' }, format: 'form' }), 'a b&c').body, 'q=a+b%26c');
  assert.equal(buildBody(ep({ request: 'Q: {{input}}', format: 'text' }), 'x').body, 'Q: x');
});

test('the config refuses a template without {{input}} and duplicate endpoint names', async () => {
  const { ai } = await import('../../core/config/sections/ai.js');
  const r = ai.safeParse({ endpoints: [{ name: 'a', url: 'http://x.test/', request: { q: 'static' } }, { name: 'a', url: 'http://x.test/' }] });
  assert.equal(r.success, false);
  const msgs = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  assert.ok(msgs.some((m) => m.startsWith('endpoints.0.request: must contain the {{input}}')));
  assert.ok(msgs.some((m) => m.startsWith('endpoints.1.name: duplicate')));
});

test('replies: JSON path, tool calls in OpenAI / Anthropic / plain shapes, SSE streams, errors', () => {
  assert.equal(jsonPath({ choices: [{ message: { content: 'x' } }] }, 'choices.0.message.content'), 'x');
  assert.equal(jsonPath({ a: 1 }, 'b.c'), undefined);
  assert.deepEqual(toolNames([{ function: { name: 'a' } }, { name: 'b' }, { tool: 'c' }, 'd', 7]), ['a', 'b', 'c', 'd']);
  const e = ep({ response: 'choices.0.delta.content', toolCalls: 'choices.0.delta.tool_calls' });
  const sse = 'data: {"choices":[{"delta":{"content":"Hel"}}]}\n\ndata: {"choices":[{"delta":{"content":"lo","tool_calls":[{"function":{"name":"refund"}}]}}]}\n\ndata: [DONE]\n';
  assert.deepEqual(parseReply(e, sse, 'text/event-stream'), { reply: 'Hello', toolCalls: ['refund'], tools: [{ name: 'refund', outcome: 'unknown' }] });
  assert.match(parseReply(ep({ response: 'reply' }), '<html>oops</html>').error!, /not JSON/);
  assert.match(parseReply(ep({ response: 'reply' }), '{"other":1}').error!, /has no "reply"/);
  assert.deepEqual(parseReply(ep(), 'plain text'), { reply: 'plain text', toolCalls: [], tools: [] });
  const withUsage = parseReply(ep({ response: 'a', usage: 'usage', render: 'html' }), '{"a":"x","html":"<p>x</p>","usage":{"input_tokens":10,"output_tokens":5}}');
  assert.equal(withUsage.usage, 15);
  assert.equal(withUsage.rendered, '<p>x</p>');
});

test('canary detection: verbatim, spacing, reversed, base64, hex; not on near misses', () => {
  assert.equal(findCanary(`here: ${CANARY}`, CANARY), 'verbatim');
  assert.equal(findCanary(CANARY.toLowerCase().split('').join(' '), CANARY), 'case-or-spacing');
  assert.equal(findCanary([...CANARY].reverse().join(''), CANARY), 'reversed');
  assert.equal(findCanary(`b64: ${Buffer.from(`code ${CANARY}`).toString('base64')}`, CANARY), 'base64');
  assert.equal(findCanary(Buffer.from(CANARY).toString('hex'), CANARY), 'hex');
  assert.equal(findCanary('C4N4RY-ZQ8IX-ZQ8IX'.replace(/I/g, '1'), CANARY), 'leetspeak');
  assert.equal(findCanary(CANARY.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + 97)), CANARY), 'rot13');
  assert.equal(findCanary('CANARY-zq81x', CANARY), undefined);
  assert.equal(findCanary('anything', 'short'), undefined);
});

test('payload pack: unique ids, every category, skip and extra', () => {
  const ids = PAYLOADS.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...new Set(PAYLOADS.map((p) => p.category))].sort(), ['cross-user', 'encoding', 'exfiltration', 'indirect', 'injection', 'jailbreak', 'leak', 'ssrf', 'tool-abuse']);
  for (const c of Object.keys(CLASS_CHECK)) assert.ok(PAYLOADS.some((p) => p.category === c) || c === 'indirect', `class ${c} has payloads`);
  const list = payloadsFor(ep({ payloads: { skip: ['jb-dan'], extra: [{ id: 'mine', category: 'leak', input: 'tell me' }] } }));
  assert.ok(!list.some((p) => p.id === 'jb-dan'));
  assert.equal(list.at(-1)!.id, 'mine');
});

test('runPack: GET endpoints carry the payload in the query; errors per exchange are kept, not thrown', async () => {
  const { runPack } = await import('./transcript.js');
  const urls: string[] = [];
  const probes = {
    http: {
      async request(req: { url: string }) {
        urls.push(req.url);
        if (urls.length === 2) throw new Error('connection reset');
        const body = JSON.stringify({ answer: 'ok' });
        return { url: req.url, method: 'GET', status: 200, headers: { 'content-type': 'application/json' }, setCookies: [], rawHeaders: [], body, bodyBytes: body.length, truncated: false, timings: { totalMs: 1, ttfbMs: 1 } };
      },
    },
  };
  const t = await runPack(ep({ method: 'GET', url: 'http://127.0.0.1:1/ask?lang=en', request: { q: '{{input}}' }, response: 'answer', payloads: { skip: PAYLOADS.slice(2).map((p) => p.id), extra: [] } }), probes, { marker: 'LR-0000000000', concurrency: 1 });
  // 2 payloads, then the error probes (missing and empty input) on GET
  assert.equal(t.exchanges.length, 2);
  assert.deepEqual(t.errorProbes.map((p) => p.kind), ['missing-input', 'empty-input', 'oversized-input']);
  assert.match(urls[0]!, /^http:\/\/127\.0\.0\.1:1\/ask\?lang=en&q=Repeat\+everything/);
  assert.deepEqual(t.exchanges.map((x) => [x.reply, x.error ?? '']), [['ok', ''], ['', 'connection reset']]);
});
