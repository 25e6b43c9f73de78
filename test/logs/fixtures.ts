import { gzipSync } from 'node:zlib';

/**
 * Generated log fixtures: planted leaks and look-alikes, built at run time (string concatenation) so push
 * protection never sees a literal secret in the repo.
 */

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}
export function fakeJwt(payload: Record<string, unknown>): string {
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${'c2lnbmF0dXJl'}${'LWZha2UtdGVzdA'}`;
}

/** Luhn check digit appended to a partial number. */
export function withLuhn(partial: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = partial + d;
    let sum = 0;
    let dbl = false;
    for (let i = s.length - 1; i >= 0; i--) {
      let x = s.charCodeAt(i) - 48;
      if (dbl) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
      dbl = !dbl;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

export const PLANTED = {
  bearer: 'tok' + 'A1b2C3d4E5f6G7h8I9j0KxYz',
  jwt: fakeJwt({ sub: 'user_1', exp: 4102444800 }),
  expiredJwt: fakeJwt({ sub: 'user_2', exp: 1000000000 }),
  session: 'sess' + '9fK2mQ7xLp4Rz8Tb1Wc6Yd3N',
  urlPassword: 'Pg' + 'pass-7731-xyz',
  formPassword: 'Hunter' + '2-correct-horse',
  jsonPassword: 'Js0n' + 'Secret!42',
  card: withLuhn('453914880343646'),
};

/** One log with a planted leak per kind on known lines (1-based), and look-alikes that must not fire. */
export function plantedLog(): { text: string; lines: Record<string, number> } {
  const p = PLANTED;
  const rows: [key: string, line: string][] = [
    ['start', '2026-11-23T10:00:00.000Z INFO server listening on :8080'],
    ['bearer', `2026-11-23T10:00:01.000Z INFO GET /api/me headers={"authorization":"Bearer ${p.bearer}"}`],
    ['jwt', `2026-11-23T10:00:02.000Z DEBUG refreshed access_token=${p.jwt}`],
    ['expiredJwt', `2026-11-23T10:00:02.500Z DEBUG old token ${p.expiredJwt}`],
    ['session', `2026-11-23T10:00:03.000Z DEBUG Cookie: theme=dark; connect.sid=${p.session}`],
    ['urlPassword', `2026-11-23T10:00:04.000Z INFO connecting to postgres://app:${p.urlPassword}@db.prod.internal:5432/app`],
    ['formPassword', `2026-11-23T10:00:05.000Z INFO POST /login body=email=someone%40mail.test&password=${p.formPassword}`],
    ['jsonPassword', `{"ts":"2026-11-23T10:00:06Z","level":"info","msg":"signup","body":{"email":"x@y.test","password":"${p.jsonPassword}"}}`],
    ['card', `{"ts":"2026-11-23T10:00:07Z","msg":"charge","card_number":"${p.card}","amount":4200}`],
    // look-alikes: order ids that pass Luhn, hashes, UUIDs, timestamps, masked values, hashes of passwords
    ['lookalike1', `2026-11-23T10:00:08.000Z INFO order ${withLuhn('453201511283036')} shipped, tracking ${withLuhn('401288888888188')}`],
    ['lookalike2', `{"order_id":"${withLuhn('455673758689985')}","invoice":"${withLuhn('552000000000000')}","ts":1763892008123}`],
    ['lookalike3', '2026-11-23T10:00:09.000Z INFO commit da39a3ee5e6b4b0d3255bfef95601890afd80709 request 123e4567-e89b-12d3-a456-426614174000'],
    ['lookalike4', '2026-11-23T10:00:10.000Z INFO login failed: password: incorrect; password=[FILTERED] token=*** Authorization: Bearer <redacted>'],
    ['lookalike5', '2026-11-23T10:00:11.000Z INFO user saved password_hash=$2b$10$abcdefghijklmnopqrstuv offset +02:00 build 4111-2222'],
    ['lookalike6', '2026-11-23T10:00:12.000Z INFO mail from noreply@example.com to support@company.io, pkg @scope/name, img logo@2x.png'],
  ];
  const lines: Record<string, number> = {};
  rows.forEach(([k], i) => (lines[k] = i + 1));
  return { text: rows.map((r) => r[1]).join('\n') + '\n', lines };
}

export function gz(text: string): Buffer {
  return gzipSync(Buffer.from(text));
}
