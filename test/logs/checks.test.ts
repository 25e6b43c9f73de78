import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner } from '../../src/checks/logs/scanner.js';
import { logsChecks } from '../../src/checks/logs/index.js';
import type { LogsProbes, LogsTarget } from '../../src/checks/logs/common.js';
import { runChecks } from '../../src/core/runner.js';
import type { Finding } from '../../src/core/types.js';
import type { LogScan } from '../../src/checks/logs/types.js';
import { DEFAULT_SCAN_OPTIONS, type LogKind } from '../../src/checks/logs/types.js';
import type { SecretEngine } from '../../src/checks/logs/secret-engine.js';
import { fakeJwt, withLuhn } from './fixtures.js';
import { bsn, codiceFiscale, dni, iban, nie, nino, nir, rng, ssn, steuerId } from '../leakgen/generate.js';

const R = rng(424242);

// The test table of every logs check: lines that must be reported (with the messageId) and look-alikes that
// must not. Values are built at run time.
const tok = (n: number) => 'Ab3' + 'x9Kq2Lm7'.repeat(8).slice(0, n);

const TABLE: Record<LogKind, { fail: [line: string, messageId: string][]; pass: string[] }> = {
  secret: {
    fail: [[`INFO key=${'sk_' + 'live_' + tok(24)}`, 'provider-key']],
    pass: ['INFO stripe key configured (sk_live_…redacted)', 'INFO key=${STRIPE_SECRET_KEY}'],
  },
  'auth-token': {
    fail: [
      [`GET /x Authorization: Bearer ${tok(28)}`, 'bearer'],
      [`GET /x Authorization: Basic ${Buffer.from('admin:' + 'S3cr3t-pass').toString('base64')}`, 'basic'],
      [`token=${fakeJwt({ sub: 'u', exp: 4102444800 })}`, 'jwt'],
      [`old ${fakeJwt({ sub: 'u', exp: 1000 })}`, 'jwt-expired'],
      [`GET /cb?access_token=${tok(30)}&x=1`, 'query-token'],
      [`headers x-api-key: ${tok(32)}`, 'api-key-header'],
      [`GET /auth/callback?code=${tok(30)}&state=${tok(12)}`, 'oauth-code'],
      [`POST /token?grant_type=refresh_token&refresh_token=${tok(40)}`, 'refresh-token'],
      [`302 https://app.x.io/cb#access_token=${tok(40)}&token_type=Bearer`, 'query-token'],
    ],
    pass: ['Bearer authentication failed for user 42', 'Authorization: Bearer <redacted>', 'Authorization: Bearer $TOKEN', 'Authorization: Basic dXNlcg==', 'GET /status?code=404', 'GET /checkout?code=SUMMER24', `GET /cb?error=access_denied&state=${tok(16)}`, 'eyJhbGciOiJIUzI1NiJ9.eyJ.notajwt'],
  },
  'session-id': {
    fail: [
      [`Cookie: theme=dark; connect.sid=s%3A${tok(30)}`, 'cookie'],
      [`{"msg":"login","session_id":"${tok(26)}"}`, 'session'],
      [`Set-Cookie: PHPSESSID=${tok(26)}; path=/`, 'set-cookie'],
      ['Cookie: sessionid=' + 'a1b2c3d4e5f6', 'cookie'],
      [`Set-Cookie: remember_user_token=${tok(30)}; Path=/`, 'set-cookie'],
      [`Cookie: theme=dark; __Host-session=${tok(30)}`, 'cookie'],
    ],
    pass: ['Set-Cookie: sid=; Max-Age=0', 'Cookie: _ga=GA1.2.123456789.1700000000; theme=dark', 'session_id=42 started', 'session=started', 'considering inside=abcdefghijklmnopqrstuvwxyz123', 'Cookie: session=[REDACTED]'],
  },
  password: {
    fail: [
      ['connect mysql://root:' + 'Hunter2-db-pw' + '@10.0.0.5:3306/app', 'url-userinfo'],
      ['GET /login?user=a&password=' + 'plain-Text-9' + ' 200', 'url-query'],
      ['POST /login body=email=a%40b.c&password=' + 'Form-pw-77', 'form-body'],
      ['{"body":{"email":"a@b.c","newPassword":"' + 'Json pw 66!' + '"}}', 'json-body'],
      ['+ mysql -h db -u root -p' + 'Qx7-secret' + ' app', 'cli-flag'],
      ['$ docker login -u ci -p ' + 'reg1stry-Pw' + ' registry.x.io', 'cli-flag'],
      ['+ ./manage.py createsuperuser --password ' + 'sunshine12' + ' --noinput', 'cli-flag'],
      ['+ curl -u admin:' + 'Nexus-pw-9' + ' https://nexus.x.io/', 'cli-flag'],
    ],
    pass: ['login failed: password: incorrect', 'password=[FILTERED]', 'password_hash=$2b$10$abcdefghijklmnopqrstuv', 'bypass=true compass=north', 'password reset requested for u_1', 'postgres://app:${DB_PASSWORD}@db:5432/app', '+ docker run -p 8080:80 web', '+ mysql -u root -p app', '+ mysqldump --password="$DB_PASSWORD" shop', '$ docker login -u ci -p *** r.io', 'docker login --password-stdin r.io', '  --password-file /run/secrets/db', '+ curl -u "$U:$P" https://x.io', '+ ssh -p 2222 deploy@h'],
  },
  'card-number': {
    fail: [
      [`{"card_number":"${withLuhn('453914880343646')}"}`, 'card'],
      [`charge card ${withLuhn('545762389012345').replace(/(\d{4})(?=\d)/g, '$1 ')}`, 'card'],
      [`pan=${'4242424242424242'}`, 'test-card'],
      [JSON.stringify({ msg: 'webhook', body: JSON.stringify({ data: { source: { object: 'card', number: withLuhn('453914880343646') } } }) }), 'card'],
      [JSON.stringify({ req: { payment: { card: { number: withLuhn('545762389012345'), cvc_check: 'pass' } } } }), 'card'],
      [JSON.stringify({ data: { object: { billing_details: { name: 'x'.repeat(600) }, payment_method_details: { type: 'card', card: { brand: 'visa', checks: { cvc: 'pass' }, number: withLuhn('400000760000000') } } } } }), 'card'],
      [JSON.stringify({ source: { exp_month: 4, exp_year: 2030, number: withLuhn('601100012345678') } }), 'card'],
    ],
    pass: [
      `order ${withLuhn('453201511283036')} shipped`,
      `{"order_id":"${withLuhn('455673758689985')}"}`,
      `tracking_number=${withLuhn('401288888888188')}`,
      'ts=1763892008123 uuid=12345678-1234-1234-1234-123456789012',
      `sha=a${withLuhn('453914880343646')}f`,
      JSON.stringify({ order: { number: withLuhn('453201511283036') } }),
      JSON.stringify({ payment: { card: { brand: 'visa' }, order: { number: withLuhn('453201511283036') } } }),
      JSON.stringify({ card: { masked: '424242******4242', last4: '4242' } }),
    ],
  },
  'bank-account': {
    fail: [
      [`payout to ${iban(R, true, true)} ok`, 'iban'],
      [`{"iban":"${iban(R, true, false)}"}`, 'iban'],
    ],
    pass: [`payout to ${iban(R, false, true)} failed`, `id=${iban(R, true, false)}X`, 'container DE12ABCD1234567890 started'],
  },
  'national-id': {
    fail: [
      [`kyc ssn=${ssn(R)} ok`, 'us-ssn'],
      [`{"ssn":"${ssn(R).replace(/-/g, '')}"}`, 'us-ssn'],
      [`NI number ${nino(R, true, true)}`, 'uk-nino'],
      [`dni=${dni(R)}`, 'es-dni'],
      [`NIE ${nie(R)}`, 'es-nie'],
      [`cf=${codiceFiscale(R)}`, 'it-codice-fiscale'],
      [`NIR ${nir(R, true, true)}`, 'fr-nir'],
      [`steuer_id=${steuerId(R)}`, 'de-steuer-id'],
      [`bsn: ${bsn(R)}`, 'nl-bsn'],
    ],
    pass: [`ssn=${ssn(R, false)}`, `order ${ssn(R)}`, `NI ${nino(R, false, false)}`, `dni=${dni(R, false)}`, `cf=${codiceFiscale(R, false)}`, `nir ${nir(R, false, false)}`, `steuer_id=${steuerId(R, false)}`, `bsn=${bsn(R, false)}`, `batch ${steuerId(R)} and ${bsn(R)}`, 'call 555-123-4567'],
  },
  'personal-data': {
    fail: [
      [['a', 'b', 'c', 'd', 'e'].map((x) => `user ${x}.person@mailbox.net`).join(' '), 'email-bulk'],
      ['call (415) 555-0132, 212-555-0198, +44 20 7946 0958, +49 30 901820, phone: 030 9018 2211', 'phone-bulk'],
    ],
    pass: ['mail from noreply@shop.net to support@shop.net, admin@shop.net, help@shop.net, info@shop.net', 'logo@2x.png @scope/pkg x@example.com', 'tz +02:00 +05:30 +01:00 +09:00 +10:00', 'version 1.234.5678 build 2026-11-20 id 123-456-7890-12 ip 10.0.0.1'],
  },
  'webhook-payload': {
    fail: [[JSON.stringify({ msg: 'webhook', payload: { object: 'event', livemode: true, type: 'charge.succeeded', data: { object: { billing_details: { email: 'p@mail.net', name: 'P Q', address: { line1: '1 St', postal_code: '1000' } } } } } }), 'payload']],
    pass: [JSON.stringify({ msg: 'webhook received', type: 'charge.succeeded', id: 'evt_123', livemode: true, created: 1700000000, api_version: '2024-06-20', request: { id: 'req_1' } })],
  },
  'stack-trace': {
    fail: [['Error: boom\n    at handler (/app/src/x.js:10:5)\n    at next (/app/node_modules/express/lib/router/route.js:149:13)', 'stack-trace']],
    pass: ['meet at 10:00 at the office', 'retrying at /api/orders: 3 attempts'],
  },
};

async function scan(text: string) {
  const secretEngine: SecretEngine | undefined = await (async () => {
    const { loadSecretEngine } = await import('../../src/checks/logs/secret-engine.js');
    return (await loadSecretEngine()).engine;
  })();
  const scanner = createScanner({ ...DEFAULT_SCAN_OPTIONS, bulkEmails: 5, now: new Date('2026-11-23T00:00:00Z') }, secretEngine);
  async function* chunks() {
    yield { text, firstLine: 1, continued: false };
  }
  return scanner(chunks(), { path: '-', display: 't.log' }, { bytes: 0, decompressedBytes: 0, lines: 1, gzip: false, longLines: 0 });
}

for (const [kind, { fail, pass }] of Object.entries(TABLE) as [LogKind, (typeof TABLE)[LogKind]][]) {
  test(`logs/${kind}: reports its fail cases`, async () => {
    for (const [line, messageId] of fail) {
      const s = await scan(line);
      const items = s.kinds[kind].items;
      assert.ok(items.some((i) => i.messageId === messageId), `${kind} missed (${messageId}): ${line.slice(0, 80)}`);
      for (const i of items) assert.ok(!i.masked.includes(i.raw ?? '\u0000') || kind === 'stack-trace', 'masked value holds the raw value');
    }
  });
  test(`logs/${kind}: ignores its look-alikes`, async () => {
    for (const line of pass) {
      const s = await scan(line);
      assert.equal(s.kinds[kind].count, 0, `${kind} fired on: ${line.slice(0, 100)} -> ${JSON.stringify(s.kinds[kind].items.map((i) => i.masked))}`);
    }
  });
}

test('every log kind can be selected in config (logs.kinds)', async () => {
  const { validateConfig } = await import('../../src/core/config/validate.js');
  const { LOG_KINDS } = await import('../../src/checks/logs/types.js');
  const cfg = validateConfig({ logs: { paths: ['x.log'], kinds: [...LOG_KINDS] } }, '<test>') as unknown as { logs: { kinds: string[] } };
  assert.deepEqual(cfg.logs.kinds, [...LOG_KINDS]);
});

// The same table through each registered check (issue 20): the check turns the scan into findings with the right
// message id and status, and answers `none` (pass) when a file holds only look-alikes. The probe stands in for the
// logs reader: it hands the check the scan of the given text.
async function runKind(kind: LogKind, files: string[], patch: (s: LogScan) => LogScan = (s) => s): Promise<Finding[]> {
  const check = logsChecks.find((c) => c.id === `logs/${kind}`)!;
  const inputs = files.map((_, i) => ({ path: `/logs/t${i}.log`, display: `t${i}.log` }));
  const probes: LogsProbes = { logs: { scan: async (input) => patch({ ...(await scan(files[inputs.findIndex((x) => x.path === input.path)]!)), file: input.display }) } };
  const target: LogsTarget = { inputs, options: { ...DEFAULT_SCAN_OPTIONS, bulkEmails: 5 } };
  return (await runChecks([{ check, target, probes }])).findings;
}

for (const [kind, { fail, pass }] of Object.entries(TABLE) as [LogKind, (typeof TABLE)[LogKind]][]) {
  test(`logs/${kind} (check): each fail case's message id as a fail/warn finding; 'none' (pass) over the look-alikes`, async () => {
    for (const [line, messageId] of fail) {
      const found = await runKind(kind, [line]);
      const f = found.find((x) => x.messageId === messageId);
      assert.ok(f, `logs/${kind} reported ${found.map((x) => x.messageId).join(',') || 'nothing'} for ${line.slice(0, 60)}, not ${messageId}`);
      assert.ok(f.status === 'fail' || f.status === 'warn', `${messageId}: ${f.status}`);
    }
    const ok = await runKind(kind, pass);
    assert.deepEqual(ok.map((x) => [x.messageId, x.status]), [['none', 'pass']]);
    assert.equal(ok[0]!.data?.files, pass.length);
  });
}

test('logs/secret (check): test-mode and publishable keys have their own message ids', async () => {
  const testKey = await runKind('secret', [`INFO key=${'sk_' + 'test_' + tok(24)}`]);
  assert.deepEqual(testKey.map((x) => x.messageId), ['test-key']);
  const pub = await runKind('secret', [`INFO key=${'pk_' + 'live_' + tok(24)}`]);
  assert.deepEqual(pub.map((x) => x.messageId), ['public-key']);
});

test('logs/secret (check): without the provider-key engine the check is an error naming why, never a pass', async () => {
  const r = await runKind('secret', ['INFO nothing here'], (s) => ({ ...s, secretsEngine: { available: false, name: 'launchready', reason: 'worker failed to start' } }));
  assert.deepEqual(r.map((x) => [x.messageId, x.status, x.data?.reason]), [['engine-unavailable', 'error', 'worker failed to start']]);
});

test('per-value kinds (check): beyond logs.maxFindingsPerKind distinct values, one `more` finding counts the rest exactly', async () => {
  const cases: [LogKind, (i: number) => string][] = [
    ['secret', (i) => `key=${'sk_' + 'live_' + tok(20)}${String(i).padStart(4, '0')}`],
    ['auth-token', (i) => `Authorization: Bearer ${tok(24)}${String(i).padStart(4, '0')}`],
    ['session-id', (i) => `Set-Cookie: PHPSESSID=${tok(22)}${String(i).padStart(4, '0')}; path=/`],
    ['password', (i) => `GET /login?user=a&password=Pw-${tok(8)}-${i} 200`],
    ['card-number', (i) => `{"card_number":"${withLuhn(`4539148803${String(i).padStart(5, '0')}`)}"}`],
  ];
  const n = DEFAULT_SCAN_OPTIONS.maxFindingsPerKind + 7;
  for (const [kind, line] of cases) {
    const r = await runKind(kind, [Array.from({ length: n }, (_, i) => line(i)).join('\n')]);
    const more = r.filter((x) => x.messageId === 'more');
    assert.equal(more.length, 1, `${kind}: ${r.map((x) => x.messageId).join(',')}`);
    assert.deepEqual([more[0]!.status, more[0]!.data?.more, more[0]!.data?.occurrences, more[0]!.data?.shown], ['fail', 7, 7, DEFAULT_SCAN_OPTIONS.maxFindingsPerKind], kind);
  }
});
