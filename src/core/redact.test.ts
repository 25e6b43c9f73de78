import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskSecret, Redactor } from './redact.js';

// Synthetic secrets, assembled at run time so no scanner mistakes the source for a leak.
const stripe = ['sk', 'live', '51H' + 'x'.repeat(4) + 'AbCdEfGhIjKlMnOpQrStUvWx0123456789'].join('_');
const github = 'ghp' + '_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJ1c2VyLTEiLCJyb2xlIjoiYWRtaW4ifQ', 'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc'].join('.');

test('maskSecret keeps a short prefix and a fingerprint, never the secret', () => {
  const m = maskSecret(stripe);
  assert.ok(m.startsWith('sk_live_'));
  assert.ok(!m.includes(stripe.slice(12)));
  assert.match(m, /…\(fp:[0-9a-f]{8}\)$/);
  assert.equal(m, maskSecret(stripe), 'same secret, same mask');
  assert.ok(maskSecret('abcd').length > 0);
});

const cases: { name: string; text: string; secret: string }[] = [
  { name: 'stripe key by prefix', text: `const key = "${stripe}";`, secret: stripe },
  { name: 'github token by prefix', text: `token ${github}`, secret: github },
  { name: 'JWT', text: `Authorization: Bearer ${jwt}`, secret: jwt },
  { name: 'password in URL', text: 'DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app', secret: 'S3cr3tPassw0rd' },
  { name: 'password pair', text: '{"email":"a@b.c","password":"hunter2hunter2"}', secret: 'hunter2hunter2' },
  { name: 'AWS access key id', text: 'aws_access_key_id = AKIA' + 'QWERTYUIOPASDFGH', secret: 'AKIA' + 'QWERTYUIOPASDFGH' },
  { name: 'PEM private key', text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7' + 'x'.repeat(60) + '\n-----END RSA PRIVATE KEY-----', secret: 'MIIEowIBAAKCAQEA7' },
];

for (const c of cases) {
  test(`pattern redaction: ${c.name}`, () => {
    const out = new Redactor().redact(c.text);
    assert.ok(!out.includes(c.secret), out);
    assert.match(out, /fp:[0-9a-f]{8}/);
  });
}

test('registered values are masked exactly, wherever they appear, even without a known shape', () => {
  const r = new Redactor();
  const opaque = 'q9Zx-7710-opaque-session';
  r.register(opaque);
  const out = r.redact(`cookie sid=${opaque}; seen twice: ${opaque}`);
  assert.ok(!out.includes(opaque));
  assert.equal(out.split('fp:').length, 3);
});

test('harmless text is left alone', () => {
  const r = new Redactor();
  for (const s of ['password: ${DB_PASSWORD}', 'token: <token>', 'HSTS max-age=31536000 on example.com', 'commit 3f2a9c1d', 'password=********']) {
    assert.equal(r.redact(s), s);
  }
});

test('redactFinding covers message, evidence, remediation, data, meta and URL', () => {
  const r = new Redactor();
  r.register('opaque-value-123');
  const f = r.redactFinding({
    id: '0123456789abcdef', checkId: 'api/x', status: 'fail', severity: 'high', title: 'x opaque-value-123',
    message: `m ${stripe}`, evidence: `e ${jwt}`, remediation: 'r opaque-value-123', data: { k: stripe }, meta: { curl: `curl -H 'Authorization: Bearer ${jwt}'` },
    location: { url: 'https://x.test/cb?token=opaque-value-123' },
  });
  const all = JSON.stringify(f);
  for (const s of [stripe, jwt, 'opaque-value-123']) assert.ok(!all.includes(s), s);
});

test('matcher: every registered value is masked, any length, leftmost-longest, short values only as whole tokens', () => {
  const r = new Redactor();
  for (const v of ['pw', 'abc', 'abcdefghij-long-value', 'abcdefghij', 'Zz9']) r.register(v);
  const out = r.redact('pw=abc; upwards abcde xabcdefghij-long-valuex "Zz9" Zz9a');
  assert.ok(!/(?:^|[^A-Za-z])pw(?:[^A-Za-z]|$)/.test(out.replace(/…\(fp:[0-9a-f]+\)/g, '')), out);
  assert.ok(out.includes('upwards') && out.includes('abcde'), 'short values leave longer words alone: ' + out);
  assert.ok(!out.includes('abcdefghij'), 'long values are masked even inside a word: ' + out);
  assert.ok(out.includes('Zz9a'), 'a short value glued to a letter is another word');
  assert.ok(!out.includes('"Zz9"'), out);
  // the longest value wins at one place: one mask, not two
  assert.equal(out.match(/fp:/g)?.length, 4, out);
});

test('matcher: Unicode values and Unicode word boundaries', () => {
  const r = new Redactor();
  r.register('Контра');
  r.register('密码12');
  const out = r.redact('Контраст; x=Контра, 密码12!');
  assert.ok(out.startsWith('Контраст'), out);
  assert.ok(!out.includes('x=Контра,') && !out.includes('密码12'), out);
});

test('matcher: registering between redactions keeps every earlier value masked (log-structured batches)', () => {
  const r = new Redactor();
  const vals: string[] = [];
  for (let i = 0; i < 300; i++) {
    const v = `val-${i.toString(36)}-${'q'.repeat(i % 5)}zz`;
    vals.push(v);
    r.register(v);
    if (i % 7 === 0) assert.ok(!r.redact(`x ${v} y`).includes(v));
  }
  const out = r.redact(vals.join(' | '));
  for (const v of vals) assert.ok(!out.includes(` ${v} `) && !out.startsWith(`${v} `), v);
  assert.equal(out.match(/fp:/g)?.length, vals.length);
});

test('matcher: overlapping values of the same text are masked as one span', () => {
  const r = new Redactor();
  r.register('secretAAAA1234xxxx');
  r.register('AAAA1234xxxxBBBB5678');
  const out = r.redact('k=secretAAAA1234xxxxBBBB5678;');
  assert.ok(!out.includes('AAAA1234') && !out.includes('BBBB5678'), out);
});

test('redaction: describing keys and auth scheme words are not secrets; the value next to them still is (issue 17)', () => {
  const r = new Redactor();
  assert.equal(r.redact('{"token":"x","tokenType":"Bearer"}'), '{"token":"x","tokenType":"Bearer"}');
  const oauth = r.redact('{"access_token":"abcdefghijkl123","token_type":"bearer","expires_in":3600}');
  assert.match(oauth, /"token_type":"bearer"/);
  assert.doesNotMatch(oauth, /abcdefghijkl123/);
  assert.equal(r.redact('secret_name: prod-db-password, password_length=12'), 'secret_name: prod-db-password, password_length=12');
  assert.doesNotMatch(r.redact('password=hunter2hunter2'), /hunter2hunter2/);
});

test('remembered answers: registering a new value changes the answer for a string redacted before', () => {
  const r = new Redactor();
  const value = 'opaque-' + 'q7Zr'.repeat(5);
  const text = `the token is ${value} here`;
  assert.equal(r.redact(text), text, 'nothing registered yet, nothing shaped like a secret');
  assert.equal(r.redact(text), text);
  r.register(value);
  const masked = r.redact(text);
  assert.ok(!masked.includes(value), 'masked once registered, despite the earlier answer');
  assert.equal(r.redact(text), masked, 'the same answer again');
  // many distinct strings (beyond the memo's bound) keep their own answers
  for (let i = 0; i < 25_000; i++) assert.equal(r.redact(`line ${i}`), `line ${i}`);
  assert.equal(r.redact(text), masked);
});

test('redactFinding returns a finding with nothing to mask as itself and never changes its input', () => {
  const r = new Redactor();
  r.register(github);
  const clean = { id: 'x', checkId: 'secrets/github-pat', status: 'fail', severity: 'high', title: 't', message: 'in a.ts:3', messageId: 'found', docsUrl: 'd', evidence: maskSecret(github), data: { file: 'a.ts', line: 3, list: ['a', 1] }, meta: { rule: 'github-pat', nested: { ok: true } } } as const;
  const input = structuredClone(clean) as unknown as Parameters<Redactor['redactFinding']>[0];
  assert.equal(r.redactFinding(input), input, 'no copy when nothing changes');
  const dirty = structuredClone(clean) as unknown as Parameters<Redactor['redactFinding']>[0];
  (dirty.meta as Record<string, unknown>).nested = { leaked: `x ${github}` };
  (dirty.data as Record<string, unknown>).list = ['a', github];
  const before = structuredClone(dirty);
  const out = r.redactFinding(dirty);
  assert.notEqual(out, dirty);
  assert.deepEqual(dirty, before, 'the input is not changed');
  assert.ok(!JSON.stringify(out).includes(github));
  assert.deepEqual((out.data as Record<string, unknown>).list, ['a', maskSecret(github)]);
  assert.equal((out.data as Record<string, unknown>).file, 'a.ts');
  assert.deepEqual((out.meta as Record<string, unknown>).rule, 'github-pat');
});

test('matcher: long values (hash-anchored) and short ones (automaton) give the leftmost-longest spans a naive search gives', () => {
  // an alphabet that no redaction pattern can match, so only registered values are masked
  const AB = 'qwzvx0123456789QWZVX';
  let seed = 11;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);
  const word = (n: number) => Array.from({ length: n }, () => AB[Math.floor(rnd() * AB.length)]).join('');
  for (let round = 0; round < 20; round++) {
    const values = new Set<string>();
    for (let i = 0; i < 30; i++) values.add(word(16 + Math.floor(rnd() * 30)));
    const base = [...values];
    // values that share their first 16 units, or extend / contain one another, and short whole-token values
    for (const v of base.slice(0, 5)) {
      values.add(v + word(5));
      values.add(v.slice(0, 16) + word(10));
      values.add(v.slice(3, 3 + 17));
    }
    for (let i = 0; i < 5; i++) values.add(word(4 + Math.floor(rnd() * 10)));
    values.add('𝄞' + word(20)); // a surrogate pair at the start
    const all = [...values];
    const r = new Redactor();
    for (const v of all) r.register(v);
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) parts.push(rnd() < 0.5 ? all[Math.floor(rnd() * all.length)]! : word(Math.floor(rnd() * 12)), rnd() < 0.5 ? ' ' : '');
    const text = parts.join('');
    // naive reference: longest acceptable value at each start, overlapping spans merged
    const isWord = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}_]/u.test(text[i]!);
    const best = new Map<number, number>();
    for (const v of all) {
      for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
        if (v.length < 16 && ((isWord(at) && isWord(at - 1)) || (isWord(at + v.length - 1) && isWord(at + v.length)))) continue;
        best.set(at, Math.max(best.get(at) ?? 0, at + v.length));
      }
    }
    const spans: [number, number][] = [];
    for (const st of [...best.keys()].sort((a, b) => a - b)) {
      const en = best.get(st)!;
      const last = spans[spans.length - 1];
      if (last && st < last[1]) {
        if (en > last[1]) last[1] = en;
        continue;
      }
      spans.push([st, en]);
    }
    let want = '';
    let at = 0;
    for (const [st, en] of spans) {
      want += text.slice(at, st) + maskSecret(text.slice(st, en));
      at = en;
    }
    want += text.slice(at);
    assert.equal(r.redact(text), want, `round ${round}`);
  }
});
