import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJwsHeader, readJwt } from './jwt.js';

const b64u = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

test('readJwt: header, claims and parts of a compact JWS; undefined for everything that is not one', () => {
  // `??>` encodes to base64url `Pz8-`: the `-`/`_` alphabet is exercised
  const t = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: 'u1', note: '??>', exp: 1 })}.sig`;
  const r = readJwt(t);
  assert.deepEqual(r?.header, { alg: 'HS256', typ: 'JWT' });
  assert.deepEqual(r?.payload, { sub: 'u1', note: '??>', exp: 1 });
  assert.deepEqual(r?.parts, t.split('.'));
  // unsigned (alg none): empty signature is still a JWT
  assert.equal(readJwt(`${b64u({ alg: 'none' })}.${b64u({ sub: 'x' })}.`)?.header.alg, 'none');
  // standard base64 copies (+ / and = padding) decode as the replaced hand-written decoders did
  const std = `${b64({ alg: 'HS256' })}.${b64({ sub: 'a?>>' })}.sig`;
  assert.match(std, /[+/=]/);
  assert.deepEqual(readJwt(std)?.payload, { sub: 'a?>>' });
  for (const bad of ['', 'abc', 'a.b', 'eyJhbGciOiJIUzI1NiJ9.eyJ.xyz', `${b64u({ alg: 'HS256' })}.${b64u([1])}.s`, `${b64u('not json')}.${b64u({})}.s`, `${b64u({ alg: 'A' })}.${b64u({})}.s.x.y`, `${b64u({ alg: 'A' })}.${b64u({})}.s.x`]) {
    assert.equal(readJwt(bad), undefined, bad);
  }
});

test('readJwsHeader: the header of a JWS whose payload is not a JSON object (signed cookies)', () => {
  assert.deepEqual(readJwsHeader(`${b64u({ alg: 'HS256' })}.${b64u('opaque bytes')}.sig`), { alg: 'HS256' });
  assert.equal(readJwsHeader('eyJub3QganNvbg.x.y'), undefined);
  assert.equal(readJwsHeader('only.two'), undefined);
});
