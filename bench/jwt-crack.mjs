// Offline JWT secret cracking speed (CPU only, no requests): how fast api/jwt-weak-secret walks the shipped list
// (data/jwt-secrets.txt, ~104k known secrets). Run after `npx tsc -p tsconfig.json`: node bench/jwt-crack.mjs
import { createHmac } from 'node:crypto';
import { crack } from '../dist/src/checks/api/lib/jwt.js';
import { loadJwtWordlist } from '../dist/src/probes/jwt-wordlist.js';

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const list = loadJwtWordlist();
for (const alg of ['HS256', 'HS384', 'HS512']) {
  const head = b64({ alg, typ: 'JWT' });
  const body = b64({ sub: 'bench', iat: 1 });
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  const token = `${head}.${body}.${createHmac(hash, 'not-in-any-list-' + 'x'.repeat(40)).update(`${head}.${body}`).digest('base64url')}`;
  crack(token); // warm-up
  const runs = 3;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) if (crack(token) !== undefined) throw new Error('unexpected hit');
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  console.log(`${alg}: full miss over ${list.length} shipped + built-in candidates in ${ms.toFixed(0)} ms = ${Math.round((list.length / ms) * 1000).toLocaleString('en')} candidates/s`);
}
