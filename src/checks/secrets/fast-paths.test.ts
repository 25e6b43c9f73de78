import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shannon } from './validators.js';

/**
 * The scanner's fast paths (issue 14) must answer exactly what the plain code answered: these tests hold each
 * one to a straightforward reference over varied input.
 */

let seed = 11;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);

/** The entropy as first written: a Map of counts, summed in insertion order. */
function shannonReference(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

test('shannon: the ASCII table gives the same entropy, to the last bit, as counting in a Map', () => {
  const alphabets = ['0123456789abcdef', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\t', 'aab', 'ñçé€😀ü', 'x'];
  for (let i = 0; i < 3000; i++) {
    const a = alphabets[i % alphabets.length]! + (i % 7 === 0 ? 'é' : '');
    const chars = [...a];
    const s = Array.from({ length: Math.floor(rnd() * 120) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    assert.equal(Object.is(shannon(s), shannonReference(s)), true, JSON.stringify(s));
  }
  // a non-ASCII string after an ASCII one leaves no count behind
  assert.equal(shannon('abcabc'), shannonReference('abcabc'));
  assert.equal(shannon('abcé'), shannonReference('abcé'));
  assert.equal(shannon('abc'), shannonReference('abc'));
});
